import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import type { LocalizedText } from '../i18n/localized-text.ts';
import { buildImportLookups, type ImportReferenceData } from './import-lookups.ts';
import { IMPORT_REFERENCE_FIXTURE } from './import-reference.fixture.ts';

const lookups = buildImportLookups(IMPORT_REFERENCE_FIXTURE);

describe('resolveProvince', () => {
  it('resolves ISO 3166-2 codes in any case, with Persian or Arabic-Indic digits', () => {
    expect(lookups.resolveProvince('IR-08')).toEqual({ code: 'IR-08', country: 'IR' });
    expect(lookups.resolveProvince('ir-08')).toEqual({ code: 'IR-08', country: 'IR' });
    expect(lookups.resolveProvince('IR-۰۸')?.code).toBe('IR-08');
    expect(lookups.resolveProvince('IR-٠٨')?.code).toBe('IR-08');
    expect(lookups.resolveProvince('cn-gd')).toEqual({ code: 'CN-GD', country: 'CN' });
  });

  it('resolves the name in each of the four languages', () => {
    expect(lookups.resolveProvince('کرمان')?.code).toBe('IR-08');
    expect(lookups.resolveProvince('محافظة كرمان')?.code).toBe('IR-08');
    expect(lookups.resolveProvince('克尔曼省')?.code).toBe('IR-08');
    expect(lookups.resolveProvince('Kerman')?.code).toBe('IR-08');
    expect(lookups.resolveProvince('گوانگدونگ')?.code).toBe('CN-GD');
    expect(lookups.resolveProvince('广东省')?.code).toBe('CN-GD');
  });

  it('does not confuse Kerman with Kermanshah', () => {
    expect(lookups.resolveProvince('کرمانشاه')?.code).toBe('IR-05');
    expect(lookups.resolveProvince('Kermanshah')?.code).toBe('IR-05');
  });

  it('accepts the name with or without استان / محافظة / 省 / Province', () => {
    expect(lookups.resolveProvince('استان کرمان')?.code).toBe('IR-08');
    expect(lookups.resolveProvince('کرمان استان')?.code).toBe('IR-08');
    expect(lookups.resolveProvince('كرمان')?.code).toBe('IR-08'); // Arabic name without محافظة
    expect(lookups.resolveProvince('محافظة أصفهان')?.code).toBe('IR-10');
    expect(lookups.resolveProvince('محافظة لرستان')?.code).toBe('IR-15'); // data has "لرستان (محافظة)"
    expect(lookups.resolveProvince('克尔曼')?.code).toBe('IR-08');
    expect(lookups.resolveProvince('伊斯法罕省')?.code).toBe('IR-10');
    expect(lookups.resolveProvince('中央省')?.code).toBe('IR-00'); // data has "中央省 (伊朗)"
    expect(lookups.resolveProvince('Kerman Province')?.code).toBe('IR-08');
    expect(lookups.resolveProvince('Province of Yazd')?.code).toBe('IR-21');
    expect(lookups.resolveProvince('广西')?.code).toBe('CN-GX'); // 广西壮族自治区
    expect(lookups.resolveProvince('北京')?.code).toBe('CN-BJ'); // 北京市
  });

  it('folds Arabic letter forms and spacing', () => {
    expect(lookups.resolveProvince('اصفهان')?.code).toBe('IR-10');
    expect(lookups.resolveProvince('  یزد ')?.code).toBe('IR-21');
    expect(lookups.resolveProvince('يزد')?.code).toBe('IR-21'); // Arabic yeh
  });

  it('returns null for unknown names', () => {
    expect(lookups.resolveProvince('Tabriz')).toBeNull(); // a city, not a province
    expect(lookups.resolveProvince('IR-99')).toBeNull();
    expect(lookups.resolveProvince('استان')).toBeNull();
    expect(lookups.resolveProvince('')).toBeNull();
  });
});

describe('ISIC', () => {
  it('resolves codes at every level, with folded digits, and gives the path from the section', () => {
    expect(lookups.resolveIsic('0729')).toBe('0729');
    expect(lookups.resolveIsic('۰۷۲۹')).toBe('0729');
    expect(lookups.resolveIsic('٠٧٢٩')).toBe('0729');
    expect(lookups.resolveIsic('b')).toBe('B');
    expect(lookups.resolveIsic('07')).toBe('07');
    expect(lookups.isicPath('0729')).toEqual(['B', '07', '072', '0729']);
    expect(lookups.isicPath('242')).toEqual(['C', '24', '242']);
    expect(lookups.isicPath('B')).toEqual(['B']);
  });

  it('does not guess a lost leading zero', () => {
    expect(lookups.resolveIsic('729')).toBeNull();
    expect(lookups.resolveIsic('9999')).toBeNull();
    expect(lookups.isicPath('9999')).toEqual([]);
  });

  it('survives a parent cycle in corrupt data', () => {
    const broken = buildImportLookups({
      ...IMPORT_REFERENCE_FIXTURE,
      isic: [
        { code: 'X1', parentCode: 'X2' },
        { code: 'X2', parentCode: 'X1' },
      ],
    });
    expect(broken.isicPath('X1')).toEqual(['X2', 'X1']);
  });
});

describe('resolveCommodity', () => {
  it('resolves by code, symbol or name in any language', () => {
    expect(lookups.resolveCommodity('copper')).toBe('copper');
    expect(lookups.resolveCommodity('Cu')).toBe('copper');
    expect(lookups.resolveCommodity('CU')).toBe('copper');
    expect(lookups.resolveCommodity('مس')).toBe('copper');
    expect(lookups.resolveCommodity('نحاس')).toBe('copper');
    expect(lookups.resolveCommodity('铜')).toBe('copper');
    expect(lookups.resolveCommodity('iron_ore')).toBe('iron_ore');
    expect(lookups.resolveCommodity('Iron ore')).toBe('iron_ore');
    expect(lookups.resolveCommodity('سنگ‌آهن')).toBe('iron_ore');
    expect(lookups.resolveCommodity('زغال سنگ')).toBe('coal'); // without ZWNJ
    expect(lookups.resolveCommodity('زنك')).toBe('zinc');
  });

  it('returns null for unknown commodities', () => {
    expect(lookups.resolveCommodity('Unobtainium')).toBeNull();
    expect(lookups.resolveCommodity('Xx')).toBeNull();
  });
});

describe('resolveHs', () => {
  it('accepts 2-, 4- and 6-digit codes with or without dots, Persian digits folded', () => {
    expect(lookups.resolveHs('26')).toBe('26');
    expect(lookups.resolveHs('2603')).toBe('2603');
    expect(lookups.resolveHs('26.03')).toBe('2603');
    expect(lookups.resolveHs('2603.00')).toBe('260300');
    expect(lookups.resolveHs('۲۶۰۳')).toBe('2603');
    expect(lookups.resolveHs('٧٤٠٣.١١')).toBe('740311');
  });

  it('refuses unknown codes and other lengths', () => {
    expect(lookups.resolveHs('2699')).toBeNull();
    expect(lookups.resolveHs('260399')).toBeNull(); // chapter 26 has subheadings in the data: checked exactly
    expect(lookups.resolveHs('26030000')).toBeNull(); // a national tariff line
    expect(lookups.resolveHs('260')).toBeNull();
    expect(lookups.resolveHs('copper')).toBeNull();
  });

  it('accepts a subheading under a known heading of a chapter shipped without subheadings', () => {
    expect(lookups.resolveHs('8474.20')).toBe('847420'); // chapter 84: headings only in data/
    expect(lookups.resolveHs('8499.20')).toBeNull(); // heading 8499 does not exist
  });
});

describe('resolveCurrency', () => {
  it('upper-cases and checks the code', () => {
    expect(lookups.resolveCurrency('usd')).toBe('USD');
    expect(lookups.resolveCurrency(' IRR ')).toBe('IRR');
    expect(lookups.resolveCurrency('EUR')).toBeNull();
    expect(lookups.resolveCurrency('ریال')).toBeNull();
  });
});

/** Minimal RFC 4180 reader for the test: quoted fields, doubled quotes, commas and newlines in quotes. */
function readCsv(path: string): Array<Record<string, string>> {
  const text = readFileSync(new URL(`../../../../data/${path}`, import.meta.url), 'utf8').replace(
    /^\uFEFF/,
    '',
  );
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (isQuoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') isQuoted = false;
      else field += character;
    } else if (character === '"') isQuoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

function localized(values: Partial<Record<string, string | undefined>>): LocalizedText {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
  );
}

describe('with the reference data shipped in data/', () => {
  const iranOverlay = new Map(readCsv('translations/iran_provinces.csv').map((r) => [r['iso_3166_2'], r]));
  const provinces: ImportReferenceData['provinces'] = [
    ...readCsv('iran_provinces.csv').map((row) => {
      const overlay = iranOverlay.get(row['iso_3166_2']);
      return {
        code: row['iso_3166_2'] ?? '',
        country: 'IR',
        name: localized({
          en: overlay?.['name_en'] || row['name_en_osm'],
          fa: overlay?.['name_fa'] || row['name_fa_osm'],
          ar: overlay?.['name_ar'] || row['name_ar_osm'],
          zh: overlay?.['name_zh'] || row['name_zh_iso_codes'] || row['name_zh_osm'],
        }),
      };
    }),
    ...readCsv('translations/china_provinces.csv').map((row) => ({
      code: row['iso_3166_2'] ?? '',
      country: 'CN',
      name: localized({ en: row['name_en'], zh: row['name_zh'], fa: row['name_fa'], ar: row['name_ar'] }),
    })),
  ];
  const mineralNames = new Map(readCsv('translations/minerals.csv').map((r) => [r['code'], r]));
  const commodities: ImportReferenceData['commodities'] = readCsv('minerals.csv').map((row) => ({
    code: row['key'] ?? '',
    symbol: row['element_symbol'] || null,
    name: localized({ en: row['name_en'], ...mineralNames.get(row['key']) }),
  }));
  const isic = readCsv('isic_rev4.csv').map((row) => ({
    code: row['code'] ?? '',
    parentCode: row['parent'] || null,
  }));
  const real = buildImportLookups({ provinces, isic, commodities, hs: [], currencies: ['IRR'] });

  it('resolves every province (31 Iranian, 34 Chinese) by code and by every name, unambiguously', () => {
    expect(provinces.length).toBeGreaterThanOrEqual(65);
    for (const province of provinces) {
      expect(real.resolveProvince(province.code)?.code, province.code).toBe(province.code);
      for (const locale of LOCALES) {
        const name = province.name[locale];
        if (name !== undefined)
          expect(real.resolveProvince(name)?.code, `${province.code} ${name}`).toBe(province.code);
      }
    }
  });

  it('resolves every commodity by code, symbol and name', () => {
    for (const commodity of commodities) {
      expect(real.resolveCommodity(commodity.code)).toBe(commodity.code);
      if (commodity.symbol !== null) expect(real.resolveCommodity(commodity.symbol)).toBe(commodity.code);
      for (const locale of LOCALES) {
        const name = commodity.name[locale];
        if (name !== undefined)
          expect(real.resolveCommodity(name), `${commodity.code} ${name}`).toBe(commodity.code);
      }
    }
  });

  it('gives every ISIC class a four-step path from its section letter', () => {
    const classes = readCsv('isic_rev4.csv').filter((row) => row['level'] === 'class');
    expect(classes.length).toBe(419);
    for (const row of classes) {
      const path = real.isicPath(row['code'] ?? '');
      expect(path, row['code']).toHaveLength(4);
      expect(path[0], row['code']).toMatch(/^[A-U]$/);
    }
  });
});
