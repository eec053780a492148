import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from './normalize-for-search.ts';

type CharacterRow = {
  group: string;
  from_cp: string;
  from_char: string;
  from_name: string;
  to_cp: string;
  to_char: string;
  basis: string;
};

/** Minimal RFC 4180 reader: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function readCharacterRows(): CharacterRow[] {
  const url = new URL('../../../../data/text/text_normalization_chars.csv', import.meta.url);
  const [header, ...body] = parseCsv(readFileSync(url, 'utf8'));
  if (header === undefined) throw new Error('empty csv');
  return body.map(
    (cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) as CharacterRow,
  );
}

const rows = readCharacterRows();
const codePointOf = (cp: string): string => String.fromCodePoint(Number.parseInt(cp.slice(2), 16));

describe('normalizeForSearch against data/text/text_normalization_chars.csv', () => {
  it('reads all 49 rows, and from_char matches from_cp in every row', () => {
    expect(rows).toHaveLength(49);
    for (const row of rows) expect(row.from_char, row.from_name).toBe(codePointOf(row.from_cp));
  });

  const letters = rows.filter((row) => row.group === 'letter');
  it.each(letters.map((row) => [row.from_name, row]))(
    'letter row %s folds to its to_char, alone and inside a word',
    (_, row) => {
      expect(normalizeForSearch(row.from_char)).toBe(row.to_char);
      expect(normalizeForSearch(`ب${row.from_char}ن`)).toBe(`ب${row.to_char}ن`);
    },
  );

  const removed = rows.filter((row) => row.group === 'remove' || row.group === 'diacritic');
  it.each(removed.map((row) => [row.from_name, row]))('%s is removed from inside a word', (_, row) => {
    expect(normalizeForSearch(`م${row.from_char}س`)).toBe('مس');
  });

  it('ZWJ (join row, "remove for search") is removed', () => {
    const zwj = rows.find((row) => row.from_cp === 'U+200D');
    expect(zwj?.group).toBe('join');
    expect(normalizeForSearch('م\u200Dس')).toBe('مس');
  });

  it('ZWNJ (join row, "remove or treat as space") becomes a word break: our documented choice', () => {
    const zwnj = rows.find((row) => row.from_cp === 'U+200C');
    expect(zwnj?.group).toBe('join');
    expect(normalizeForSearch('سنگ\u200Cآهن')).toBe('سنگ اهن');
  });

  const digits = rows.filter((row) => row.group === 'digit');
  it('folds all 20 Arabic-Indic and Persian digits to ASCII', () => {
    expect(digits).toHaveLength(20);
    for (const row of digits) expect(normalizeForSearch(row.from_char), row.from_name).toBe(row.to_char);
  });

  const punctuation = rows.filter((row) => row.group === 'punct');
  it.each(punctuation.map((row) => [row.from_name, row]))(
    'punctuation row %s folds to its ASCII to_char',
    (_, row) => {
      expect(normalizeForSearch(`a${row.from_char}b`)).toBe(`a${row.to_char}b`);
    },
  );

  it('covers every group of the csv (no row silently ignored)', () => {
    expect(new Set(rows.map((row) => row.group))).toEqual(
      new Set(['letter', 'remove', 'join', 'diacritic', 'digit', 'punct']),
    );
  });
});

describe('normalizeForSearch on real fa/ar/zh/en spellings', () => {
  it('Arabic kaf and Persian kaf: "كرمان" (Kerman written with ك) = "کرمان"', () => {
    expect(normalizeForSearch('كرمان')).toBe('کرمان');
    expect(normalizeForSearch('كرمان')).toBe(normalizeForSearch('کرمان'));
  });

  it('Arabic yeh: "علي" = "علی" (persian-tools toPersianChars case) and "سيرجان" = "سیرجان"', () => {
    expect(normalizeForSearch('علي')).toBe('علی');
    expect(normalizeForSearch('سيرجان')).toBe('سیرجان');
  });

  it('Arabic spelling of a mining company name folds to the Persian spelling', () => {
    // ك → ک, ي → ی, ة → ه
    expect(normalizeForSearch('شركة معدنية')).toBe(normalizeForSearch('شرکه معدنیه'));
  });

  it('removes harakat: "مِس" = "مس", "حَذفِ اِعراب" = "حذف اعراب", "مُحَمَّد" = "محمد"', () => {
    expect(normalizeForSearch('مِس')).toBe('مس');
    expect(normalizeForSearch('حَذفِ اِعراب')).toBe('حذف اعراب');
    expect(normalizeForSearch('مُحَمَّد')).toBe('محمد');
  });

  it('removes tatweel: "ـــمس" = "مس" and "ســلام" = "سلام"', () => {
    expect(normalizeForSearch('ـــمس')).toBe('مس');
    expect(normalizeForSearch('ســلام')).toBe('سلام');
  });

  it('folds hamza forms: "أصفهان" = "اصفهان", "إيران" = "ایران", "آهن" = "اهن", "مؤسسه" = "موسسه"', () => {
    expect(normalizeForSearch('أصفهان')).toBe('اصفهان');
    expect(normalizeForSearch('إيران')).toBe('ایران');
    expect(normalizeForSearch('آهن')).toBe('اهن');
    expect(normalizeForSearch('مؤسسه')).toBe('موسسه');
    expect(normalizeForSearch('ٱلله')).toBe('الله');
    expect(normalizeForSearch('مسائل')).toBe('مسایل');
  });

  it('folds ezafe heh: "خانۀ" (U+06C0) and "خانهٔ" (heh + hamza above) = "خانه"', () => {
    expect(normalizeForSearch('خانۀ')).toBe('خانه');
    expect(normalizeForSearch('خانه\u0654')).toBe('خانه');
  });

  it('folds Arabic presentation forms through NFKC: "ﻛﺮﻣﺎﻥ" = "کرمان", lam-alef ligature "ﻻ" = "لا"', () => {
    expect(normalizeForSearch('\uFEDB\uFEAE\uFEE3\uFE8E\uFEE5')).toBe('کرمان');
    expect(normalizeForSearch('\uFEFB')).toBe('لا');
  });

  it('folds digits: "۱۴۰۳" = "١٤٠٣" = "1403"', () => {
    expect(normalizeForSearch('۱۴۰۳')).toBe('1403');
    expect(normalizeForSearch('١٤٠٣')).toBe('1403');
    expect(normalizeForSearch('1403')).toBe('1403');
  });

  it('drops thousands separators between digit groups: "۱٬۲۳۴٬۵۶۷" = "1,234,567" = "1234567"', () => {
    expect(normalizeForSearch('۱٬۲۳۴٬۵۶۷')).toBe('1234567');
    expect(normalizeForSearch('1,234,567')).toBe('1234567');
    expect(normalizeForSearch('151,825,000,000 Rials')).toBe('151825000000 rials');
    // not a grouping (two digits after the comma): kept
    expect(normalizeForSearch('10,20')).toBe('10,20');
  });

  it('maps the Arabic decimal separator: "۲٫۵" = "2.5"', () => {
    expect(normalizeForSearch('۲٫۵')).toBe('2.5');
  });

  it('separates a number glued to a Persian word: "۹کیلومتر" = "9 کیلومتر" (hazm correct_spacing)', () => {
    expect(normalizeForSearch('مسافت ۹کیلومتر')).toBe('مسافت 9 کیلومتر');
    expect(normalizeForSearch('مسافت۹ کیلومتر')).toBe('مسافت 9 کیلومتر');
    // but Latin letter/digit tokens stay whole
    expect(normalizeForSearch('H2O 5G')).toBe('h2o 5g');
  });

  it('ZWNJ spellings: "سنگ‌آهن" = "سنگ آهن", and affixes join: "می‌روم" = "میروم" = "می روم"', () => {
    expect(normalizeForSearch('سنگ‌آهن')).toBe(normalizeForSearch('سنگ آهن'));
    const forms = ['می‌روم', 'میروم', 'می روم'].map(normalizeForSearch);
    expect(new Set(forms)).toEqual(new Set(['میروم']));
    expect(new Set(['نمی‌دانم', 'نمیدانم', 'نمی دانم'].map(normalizeForSearch))).toEqual(new Set(['نمیدانم']));
    expect(new Set(['بزرگ‌تر', 'بزرگتر', 'بزرگ تر'].map(normalizeForSearch))).toEqual(new Set(['بزرگتر']));
    expect(new Set(['معدن‌ها', 'معدنها', 'معدن ها'].map(normalizeForSearch))).toEqual(new Set(['معدنها']));
    expect(normalizeForSearch('خانه ها، آپارتمان ها.')).toBe('خانهها, اپارتمانها.');
    expect(new Set(['بزرگ‌ترین', 'بزرگترین', 'بزرگ ترین'].map(normalizeForSearch))).toEqual(
      new Set(['بزرگترین']),
    );
  });

  it('keeps a fully joined compound apart from the spaced one (documented limit; toSearchIndexText covers it)', () => {
    expect(normalizeForSearch('سنگآهن')).toBe('سنگاهن');
    expect(normalizeForSearch('سنگآهن')).not.toBe(normalizeForSearch('سنگ آهن'));
  });

  it('does not glue "می"/"ها" to Latin words or numbers, nor words that merely start with می', () => {
    expect(normalizeForSearch('می 2024')).toBe('می 2024');
    expect(normalizeForSearch('ABC ها')).toBe('abc ها');
    expect(normalizeForSearch('میز میدان میلگرد')).toBe('میز میدان میلگرد');
  });

  it('removes every invisible: ZWJ, LRM, RLM, ALM, bidi overrides/isolates, BOM, soft hyphen', () => {
    expect(normalizeForSearch('\u200Eمس\u200F')).toBe('مس');
    expect(normalizeForSearch('\u061Cمس')).toBe('مس');
    expect(normalizeForSearch('\u202Eabc\u202C')).toBe('abc');
    expect(normalizeForSearch('\u2067مس\u2069')).toBe('مس');
    expect(normalizeForSearch('\uFEFFcopper')).toBe('copper');
    expect(normalizeForSearch('cop\u00ADper')).toBe('copper');
  });

  it('turns ZERO WIDTH SPACE into a word break, like ZWNJ', () => {
    expect(normalizeForSearch('سنگ\u200Bآهن')).toBe('سنگ اهن');
  });

  it('Latin: lowercases and strips diacritics ("Café Crème" = "cafe creme", "İstanbul" = "istanbul")', () => {
    expect(normalizeForSearch('Café Crème')).toBe('cafe creme');
    expect(normalizeForSearch('İstanbul')).toBe('istanbul');
    expect(normalizeForSearch('ÅNGSTRÖM')).toBe('angstrom');
  });

  it('collapses all whitespace kinds (NBSP, thin space, ideographic space, tabs, newlines)', () => {
    expect(normalizeForSearch('  copper\u00A0\u2009ore \t\n mine\u3000 ')).toBe('copper ore mine');
  });

  it('leaves Chinese characters as they are (NFKC only turns fullwidth forms into ASCII)', () => {
    expect(normalizeForSearch('铜矿开采')).toBe('铜矿开采');
    expect(normalizeForSearch('ＣＯＰＰＥＲ　２０２４')).toBe('copper 2024');
  });

  it('does not strip marks outside Latin/Arabic blocks (Japanese dakuten stays)', () => {
    expect(normalizeForSearch('が')).toBe('が');
  });

  it('is idempotent on a mixed sample', () => {
    const sample = 'شركة «سنگ‌آهن» گل‌گهر، ۱٬۲۳۴ تن — 铜矿开采 Café ـمِس می روم';
    const once = normalizeForSearch(sample);
    expect(normalizeForSearch(once)).toBe(once);
  });

  it('returns "" for empty and whitespace-only input', () => {
    expect(normalizeForSearch('')).toBe('');
    expect(normalizeForSearch(' \u200C \u200E ')).toBe('');
  });
});
