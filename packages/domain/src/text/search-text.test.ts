import { describe, expect, it } from 'vitest';
import { toSearchIndexText, toSearchText } from './search-text.ts';
import { segmentWords } from './segment-words.ts';

/**
 * Mirrors what PostgreSQL does with the `simple` configuration: `plainto_tsquery` ANDs the
 * query's tokens, so a record matches when every query token is among the record's tokens.
 */
function matches(query: string, record: string, index: (s: string) => string = toSearchIndexText): boolean {
  const recordTokens = new Set(index(record).split(' '));
  const queryTokens = toSearchText(query).split(' ').filter(Boolean);
  return queryTokens.length > 0 && queryTokens.every((token) => recordTokens.has(token));
}

describe('segmentWords', () => {
  it('splits Chinese into words with or without spaces (Node 20 ICU dictionary)', () => {
    expect(segmentWords('铜矿开采')).toEqual(['铜', '矿', '开采']);
    expect(segmentWords('铜矿 开采')).toEqual(['铜', '矿', '开采']);
    expect(segmentWords('伊朗的铜矿开采项目')).toEqual(['伊朗', '的', '铜', '矿', '开采', '项目']);
  });

  it('drops punctuation and spaces, keeps numbers', () => {
    expect(segmentWords('Copper, zinc & lead (2024).')).toEqual(['Copper', 'zinc', 'lead', '2024']);
    expect(segmentWords('«سنگ آهن» گل‌گهر، ۱۴۰۳')).toEqual(['سنگ', 'آهن', 'گل‌گهر', '۱۴۰۳']);
  });

  it('gives the same words for any of our locales (default is a fixed locale, not the process default)', () => {
    const text = '铜矿开采 سنگ آهن copper ore';
    for (const locale of ['fa', 'ar', 'zh', 'en'])
      expect(segmentWords(text, locale)).toEqual(segmentWords(text));
  });

  it('returns [] for text without words', () => {
    expect(segmentWords('')).toEqual([]);
    expect(segmentWords(' ،. — ')).toEqual([]);
  });
});

describe('toSearchText', () => {
  it('Chinese with and without spaces gives one string: "铜矿开采" = "铜矿 开采"', () => {
    expect(toSearchText('铜矿开采')).toBe('铜 矿 开采');
    expect(toSearchText('铜矿 开采')).toBe('铜 矿 开采');
  });

  it('folds fa/ar spellings: "كرمان" = "کرمان", "مِس" = "مس", "ـــمس" = "مس"', () => {
    expect(toSearchText('استان كرمان')).toBe(toSearchText('استان کرمان'));
    expect(toSearchText('معدن مِس')).toBe('معدن مس');
    expect(toSearchText('ـــمس')).toBe('مس');
  });

  it('folds years in three digit sets: "۱۴۰۳" = "١٤٠٣" = "1403"', () => {
    expect(new Set(['سال ۱۴۰۳', 'سال ١٤٠٣', 'سال 1403'].map(toSearchText))).toEqual(new Set(['سال 1403']));
  });

  it('"می‌روم", "میروم" and "می روم" give one token', () => {
    expect(new Set(['می‌روم', 'میروم', 'می روم'].map(toSearchText))).toEqual(new Set(['میروم']));
  });

  it('"سنگ‌آهن" = "سنگ آهن" (two tokens); "سنگآهن" stays one token', () => {
    expect(toSearchText('سنگ‌آهن')).toBe('سنگ اهن');
    expect(toSearchText('سنگ آهن')).toBe('سنگ اهن');
    expect(toSearchText('سنگآهن')).toBe('سنگاهن');
  });

  it('drops punctuation of all scripts and keeps one space between tokens', () => {
    expect(toSearchText('«شرکت معدنی»، (سهامی خاص)؛ تهران؟')).toBe('شرکت معدنی سهامی خاص تهران');
    expect(toSearchText('Gol-e-Gohar Iron Ore Co.')).toBe('gol e gohar iron ore co');
    expect(toSearchText('中国五矿集团公司。')).toBe(segmentWords('中国五矿集团公司').join(' '));
  });

  it('returns "" for empty input', () => {
    expect(toSearchText('')).toBe('');
  });
});

describe('search matching (plainto_tsquery AND semantics over toSearchIndexText)', () => {
  it('Chinese: "铜矿开采" and "铜矿 开采" find each other', () => {
    expect(matches('铜矿开采', '铜矿 开采')).toBe(true);
    expect(matches('铜矿 开采', '伊朗铜矿开采项目')).toBe(true);
    expect(matches('开采', '伊朗铜矿开采项目')).toBe(true);
  });

  it('Chinese: a query segmented finer than the record still matches thanks to indexed characters', () => {
    // ICU segments the record as "中国 铜 矿石" and the query as "铜 矿".
    expect(toSearchText('中国铜矿石')).toBe('中国 铜 矿石');
    expect(matches('铜矿', '中国铜矿石', toSearchText)).toBe(false);
    expect(matches('铜矿', '中国铜矿石')).toBe(true);
  });

  it('Persian: Arabic keyboard spellings find Persian records and back', () => {
    expect(matches('كرمان', 'استان کرمان')).toBe(true);
    expect(matches('کرمان', 'محافظة كرمان')).toBe(true);
    expect(matches('مس', 'مجتمع مِس سرچشمه')).toBe(true);
    expect(matches('مس', 'ـــمس')).toBe(true);
    expect(matches('۱۴۰۳', 'برنامه سال 1403')).toBe(true);
    expect(matches('1403', 'برنامه سال ١٤٠٣')).toBe(true);
  });

  it('Persian ZWNJ/space/joined: every spelling of "می‌روم" finds every other', () => {
    const forms = ['می‌روم', 'میروم', 'می روم'];
    for (const query of forms)
      for (const record of forms) expect(matches(query, record), `${query} → ${record}`).toBe(true);
  });

  it('Persian compound "سنگ‌آهن": 8 of 9 query/record pairs match; joined record vs split query does not', () => {
    const zwnj = 'سنگ‌آهن';
    const spaced = 'سنگ آهن';
    const joined = 'سنگآهن';
    for (const query of [zwnj, spaced, joined]) {
      expect(matches(query, zwnj), `${query} → zwnj`).toBe(true);
      expect(matches(query, spaced), `${query} → spaced`).toBe(true);
    }
    expect(matches(joined, joined)).toBe(true);
    // A record typed fully joined cannot be split without a dictionary: documented limit
    // (trigram similarity on names covers it).
    expect(matches(zwnj, joined)).toBe(false);
    expect(matches(spaced, joined)).toBe(false);
  });

  it('the joined-compound expansion is what makes "سنگآهن" find "سنگ آهن"', () => {
    expect(matches('سنگآهن', 'کنسانتره سنگ آهن', toSearchText)).toBe(false);
    expect(matches('سنگآهن', 'کنسانتره سنگ آهن')).toBe(true);
    expect(matches('همزمان', 'اجرای هم‌زمان دو فاز')).toBe(true);
  });

  it('does not join words across punctuation', () => {
    expect(toSearchIndexText('سنگ، آهن')).toBe('سنگ اهن');
    expect(matches('سنگآهن', 'سنگ، آهن')).toBe(false);
  });

  it('Latin: case and accents do not matter; unrelated words do not match', () => {
    expect(matches('cafe', 'Café Tehran')).toBe(true);
    expect(matches('COPPER ore', 'copper concentrate and iron ore')).toBe(true);
    expect(matches('zinc', 'copper concentrate')).toBe(false);
  });

  it('an empty query matches nothing', () => {
    expect(matches('', 'anything')).toBe(false);
    expect(matches(' ، ', 'anything')).toBe(false);
  });
});

describe('toSearchIndexText', () => {
  it('starts with exactly the canonical tokens, so ranking positions are those of toSearchText', () => {
    for (const text of ['کنسانتره سنگ آهن گل‌گهر', '中国铜矿石开采', 'Copper ore، مس ۱۴۰۳']) {
      const canonical = toSearchText(text);
      expect(toSearchIndexText(text).startsWith(canonical)).toBe(true);
    }
  });

  it('adds joined pairs only for Arabic-script words and characters only for Han words', () => {
    expect(toSearchIndexText('copper ore')).toBe('copper ore');
    expect(toSearchIndexText('سنگ آهن')).toBe('سنگ اهن سنگاهن');
    expect(toSearchIndexText('铜矿开采')).toBe('铜 矿 开采 开 采');
    expect(toSearchIndexText('سال 1403 مس')).toBe('سال 1403 مس');
  });

  it('does not repeat a token that is already present', () => {
    const tokens = toSearchIndexText('铜 矿 开采 开 采').split(' ');
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
