import { describe, expect, it } from 'vitest';
import type { ImportColumn } from './import-columns.ts';
import { buildImportLookups } from './import-lookups.ts';
import type { ImportProblem } from './import-problems.ts';
import { IMPORT_REFERENCE_FIXTURE } from './import-reference.fixture.ts';
import { checkDuplicateExternalId, normalizeExternalId, validateImportRow } from './import-row.ts';

const lookups = buildImportLookups(IMPORT_REFERENCE_FIXTURE);

type Cells = Partial<Record<ImportColumn, string>>;

/** A complete Persian row as an Iranian owner would fill the Persian template. */
const PERSIAN_ROW: Cells = {
  external_id: 'KRM-۰۱۲',
  kind: 'معدن',
  title_fa: 'توسعه معدن مس   سرچشمه',
  title_en: 'Sarcheshmeh copper mine expansion',
  summary_fa: 'افزایش ظرفیت تغلیظ.\r\nنیازمند شریک فنی.',
  province: 'استان کرمان',
  isic: '۰۷۲۹، ۲۴۲۰',
  commodities: 'مس، Au',
  hs: '۲۶۰۳، 7403.11',
  investment_types: 'سرمایه‌گذاری مشترک، BOT',
  required_investment: '۲٬۵۰۰٬۰۰۰٬۰۰۰',
  currency: 'usd',
  capacity: '۱۲۰۰۰۰',
  capacity_unit: 'تن در سال',
  stage: 'امکان‌سنجی انجام شده',
  latitude: '۲۹٫۹۴',
  longitude: '55/87',
  contact_email: 'invest@nicico.example',
};

function problemsOf(cells: Cells): ImportProblem[] {
  const result = validateImportRow(cells, lookups);
  if (result.ok) throw new Error('expected problems, got a valid row');
  return result.problems;
}

const codesOf = (cells: Cells) => problemsOf(cells).map((p) => `${p.column ?? '-'}:${p.code}`);

describe('validateImportRow: valid rows', () => {
  it('resolves a Persian row with Persian digits, Persian commas and labels', () => {
    const result = validateImportRow(PERSIAN_ROW, lookups);
    expect(result).toEqual({
      ok: true,
      value: {
        externalId: 'KRM-012',
        kind: 'mining',
        title: { fa: 'توسعه معدن مس سرچشمه', en: 'Sarcheshmeh copper mine expansion' },
        summary: { fa: 'افزایش ظرفیت تغلیظ.\nنیازمند شریک فنی.' },
        sourceLanguage: 'fa',
        country: 'IR',
        province: 'IR-08',
        isic: ['0729', '2420'],
        isicPaths: ['B', '07', '072', '0729', 'C', '24', '242', '2420'],
        commodities: ['copper', 'gold'],
        hs: ['2603', '740311'],
        investmentTypes: ['joint-venture', 'bot-ppp'],
        requiredInvestment: { amount: '2500000000', currency: 'USD' },
        capacity: { quantity: '120000', unit: 'تن در سال' },
        stage: 'feasibility',
        latitude: 29.94,
        longitude: 55.87,
        contactEmail: 'invest@nicico.example',
      },
    });
  });

  it('resolves an Arabic row with Arabic-Indic digits and the Arabic province name', () => {
    const result = validateImportRow(
      {
        external_id: 'ISF-٠٠٧',
        kind: 'معالجة',
        title_ar: 'مصنع تركيز خام الحديد',
        province: 'محافظة أصفهان',
        commodities: 'خام الحديد',
        required_investment: '٣٥٠٠٠٠٠٠',
        currency: 'AED',
        stage: 'ما قبل الجدوى',
        latitude: '٣٢٫٦٥',
        longitude: '٥١٫٦٧',
      },
      lookups,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      externalId: 'ISF-007',
      kind: 'processing',
      sourceLanguage: 'ar',
      province: 'IR-10',
      commodities: ['iron_ore'],
      requiredInvestment: { amount: '35000000', currency: 'AED' },
      stage: 'pre-feasibility',
      latitude: 32.65,
      longitude: 51.67,
    });
  });

  it('resolves a Chinese row with Chinese commas; source language is the first title in fa, ar, zh, en order', () => {
    const result = validateImportRow(
      {
        external_id: 'GD-2025-01',
        kind: '制造业',
        title_zh: '铜加工厂合资项目',
        title_en: 'Copper processing plant JV',
        province: '广东',
        commodities: '铜，锌、Cu',
        investment_types: '合资、技术转让',
        stage: '运营中',
      },
      lookups,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      kind: 'manufacturing',
      sourceLanguage: 'zh',
      country: 'CN',
      province: 'CN-GD',
      commodities: ['copper', 'zinc'], // "Cu" is copper again: de-duplicated, order kept
      investmentTypes: ['joint-venture', 'technology-transfer'],
      stage: 'operating',
      requiredInvestment: null,
      capacity: null,
      latitude: null,
      longitude: null,
      contactEmail: null,
    });
  });

  it('accepts a minimal English row and a negative longitude', () => {
    const result = validateImportRow(
      {
        external_id: 'X1',
        kind: 'energy',
        title_en: 'Solar park',
        province: 'IR-21',
        latitude: '-12.5',
        longitude: '-77.03',
      },
      lookups,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      sourceLanguage: 'en',
      latitude: -12.5,
      longitude: -77.03,
      isicPaths: [],
    });
  });

  it('ignores a currency or capacity unit given without its amount', () => {
    const result = validateImportRow(
      {
        external_id: 'X2',
        kind: 'mining',
        title_en: 'Gypsum quarry',
        province: 'Yazd',
        currency: 'IRR',
        capacity_unit: 't',
      },
      lookups,
    );
    expect(result.ok && result.value.requiredInvestment === null && result.value.capacity === null).toBe(
      true,
    );
  });
});

describe('validateImportRow: every problem of a row', () => {
  it('reports all problems at once, in column order', () => {
    const problems = problemsOf({
      external_id: '',
      kind: 'agriculture',
      title_fa: '',
      province: 'Tabriz',
      isic: '0729, 9999',
      commodities: 'unobtainium',
      hs: '2699',
      investment_types: 'equity, grant',
      required_investment: 'یک میلیارد',
      capacity: '0',
      stage: 'later',
      latitude: '95',
      contact_email: 'not-an-email',
    });
    expect(problems).toEqual([
      { column: null, code: 'title_required' },
      { column: 'external_id', code: 'required' },
      { column: 'kind', code: 'unknown_code', params: { value: 'agriculture' } },
      { column: 'province', code: 'unknown_province', params: { value: 'Tabriz' } },
      { column: 'isic', code: 'unknown_isic', params: { value: '9999' } },
      { column: 'commodities', code: 'unknown_commodity', params: { value: 'unobtainium' } },
      { column: 'hs', code: 'unknown_hs', params: { value: '2699' } },
      { column: 'investment_types', code: 'unknown_code', params: { value: 'grant' } },
      { column: 'required_investment', code: 'not_a_number', params: { value: 'یک میلیارد' } },
      { column: 'currency', code: 'currency_required' },
      { column: 'capacity', code: 'must_be_positive' },
      { column: 'capacity_unit', code: 'required' },
      { column: 'stage', code: 'unknown_code', params: { value: 'later' } },
      { column: 'latitude', code: 'out_of_range', params: { min: -90, max: 90 } },
      { column: 'longitude', code: 'coordinates_incomplete' },
      { column: 'contact_email', code: 'invalid_email', params: { value: 'not-an-email' } },
    ]);
  });

  it('requires external_id, kind, province and at least one title', () => {
    expect(codesOf({})).toEqual([
      '-:title_required',
      'external_id:required',
      'kind:required',
      'province:required',
    ]);
    expect(codesOf({ ...PERSIAN_ROW, title_fa: '  ', title_en: '' })).toEqual(['-:title_required']);
  });

  it('checks lengths in characters: external_id 100, titles 300, summaries 4000', () => {
    expect(codesOf({ ...PERSIAN_ROW, external_id: 'x'.repeat(101) })).toEqual(['external_id:too_long']);
    expect(validateImportRow({ ...PERSIAN_ROW, external_id: 'x'.repeat(100) }, lookups).ok).toBe(true);
    expect(problemsOf({ ...PERSIAN_ROW, title_fa: 'م'.repeat(301) })).toEqual([
      { column: 'title_fa', code: 'too_long', params: { max: 300 } },
    ]);
    expect(validateImportRow({ ...PERSIAN_ROW, title_zh: '铜'.repeat(300) }, lookups).ok).toBe(true);
    expect(codesOf({ ...PERSIAN_ROW, summary_ar: 'ن'.repeat(4001) })).toEqual(['summary_ar:too_long']);
    // 300 emoji are 600 UTF-16 units but 300 characters.
    expect(validateImportRow({ ...PERSIAN_ROW, title_en: '⛏️'.repeat(150) }, lookups).ok).toBe(true);
  });

  it('reads Persian and Arabic numbers but rejects units, text and negative amounts', () => {
    const ok = (amount: string) =>
      validateImportRow({ ...PERSIAN_ROW, required_investment: amount }, lookups);
    const amountOf = (amount: string) => {
      const result = ok(amount);
      return result.ok ? result.value.requiredInvestment?.amount : result.problems.map((p) => p.code).join();
    };
    expect(amountOf('۱۲۵۰۰۰۰')).toBe('1250000');
    expect(amountOf('١٬٢٥٠٬٠٠٠')).toBe('1250000');
    expect(amountOf('1,250,000.50')).toBe('1250000.5');
    expect(amountOf('۲/۵')).toBe('2.5');
    expect(amountOf('۲٫۵')).toBe('2.5');
    expect(amountOf('$1,000,000')).toBe('not_a_number');
    expect(amountOf('10 میلیون دلار')).toBe('not_a_number');
    expect(amountOf('1.5E+09')).toBe('not_a_number');
    expect(amountOf('-5000')).toBe('must_be_positive');
    expect(amountOf('0')).toBe('must_be_positive');
    expect(amountOf('1'.repeat(27))).toBe('too_many_digits');
    expect(amountOf('1.23456')).toBe('too_many_digits');
    expect(amountOf('1'.repeat(26))).toBe('1'.repeat(26));
  });

  it('asks for a currency for an amount, and refuses unknown currencies', () => {
    expect(codesOf({ ...PERSIAN_ROW, currency: '' })).toEqual(['currency:currency_required']);
    expect(problemsOf({ ...PERSIAN_ROW, currency: 'EUR' })).toEqual([
      { column: 'currency', code: 'unknown_currency', params: { value: 'EUR' } },
    ]);
    expect(codesOf({ ...PERSIAN_ROW, currency: 'ریال' })).toEqual(['currency:unknown_currency']);
  });

  it('asks for a unit when capacity is given', () => {
    expect(codesOf({ ...PERSIAN_ROW, capacity_unit: '' })).toEqual(['capacity_unit:required']);
    expect(codesOf({ ...PERSIAN_ROW, capacity: 'زیاد' })).toEqual(['capacity:not_a_number']);
  });

  it('checks coordinate ranges and that both are given', () => {
    expect(codesOf({ ...PERSIAN_ROW, longitude: '181' })).toEqual(['longitude:out_of_range']);
    expect(codesOf({ ...PERSIAN_ROW, latitude: '-90.5' })).toEqual(['latitude:out_of_range']);
    expect(validateImportRow({ ...PERSIAN_ROW, latitude: '-90', longitude: '180' }, lookups).ok).toBe(true);
    expect(codesOf({ ...PERSIAN_ROW, latitude: '' })).toEqual(['latitude:coordinates_incomplete']);
    expect(codesOf({ ...PERSIAN_ROW, longitude: '  ' })).toEqual(['longitude:coordinates_incomplete']);
    expect(codesOf({ ...PERSIAN_ROW, latitude: '29°56′N' })).toEqual(['latitude:not_a_number']);
  });

  it('checks e-mail syntax, accepting internationalised domains', () => {
    expect(validateImportRow({ ...PERSIAN_ROW, contact_email: 'info@شرکت.ایران' }, lookups).ok).toBe(true);
    expect(validateImportRow({ ...PERSIAN_ROW, contact_email: 'zhang.wei@矿业.中国' }, lookups).ok).toBe(
      true,
    );
    for (const email of [
      'info@',
      'info.example.com',
      'a b@example.com',
      'info@example',
      'info@@example.com',
    ]) {
      expect(codesOf({ ...PERSIAN_ROW, contact_email: email }), email).toEqual([
        'contact_email:invalid_email',
      ]);
    }
  });

  it('reports each unknown list item and folds digits in codes', () => {
    expect(problemsOf({ ...PERSIAN_ROW, isic: '۰۷۲۹, 729, 0000' })).toEqual([
      { column: 'isic', code: 'unknown_isic', params: { value: '729' } },
      { column: 'isic', code: 'unknown_isic', params: { value: '0000' } },
    ]);
    expect(problemsOf({ ...PERSIAN_ROW, hs: '2603, 26030000' })).toEqual([
      { column: 'hs', code: 'unknown_hs', params: { value: '26030000' } },
    ]);
  });

  it('de-duplicates lists, keeping the first occurrence', () => {
    const result = validateImportRow(
      {
        ...PERSIAN_ROW,
        isic: '0729, ۰۷۲۹, 0710',
        hs: '2603, 26.03',
        investment_types: 'JV, joint venture, loan',
      },
      lookups,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.isic).toEqual(['0729', '0710']);
    expect(result.value.isicPaths).toEqual(['B', '07', '072', '0729', '071', '0710']);
    expect(result.value.hs).toEqual(['2603']);
    expect(result.value.investmentTypes).toEqual(['joint-venture', 'loan']);
  });

  it('echoes long unknown values shortened', () => {
    const [problem] = problemsOf({ ...PERSIAN_ROW, stage: 'x'.repeat(200) });
    expect(String(problem?.params?.['value'])).toHaveLength(60);
    expect(String(problem?.params?.['value']).endsWith('…')).toBe(true);
  });
});

describe('validateImportRow: hostile cells', () => {
  it('refuses formulas in any text cell and does not interpret them further', () => {
    expect(problemsOf({ ...PERSIAN_ROW, title_en: '=HYPERLINK("http://evil.example","click")' })).toEqual([
      { column: 'title_en', code: 'formula_not_allowed' },
    ]);
    expect(codesOf({ ...PERSIAN_ROW, external_id: '@SUM(A1)' })).toEqual(['external_id:formula_not_allowed']);
    expect(codesOf({ ...PERSIAN_ROW, required_investment: '=1000*1000' })).toEqual([
      'required_investment:formula_not_allowed',
    ]);
    expect(codesOf({ ...PERSIAN_ROW, summary_fa: "-2+3+cmd|' /C calc'!A0" })).toEqual([
      'summary_fa:formula_not_allowed',
    ]);
    expect(codesOf({ ...PERSIAN_ROW, summary_fa: '\t=1+1' })).toEqual(['summary_fa:formula_not_allowed']);
    expect(codesOf({ ...PERSIAN_ROW, contact_email: '@example.com' })).toEqual([
      'contact_email:formula_not_allowed',
    ]);
  });

  it('treats a signed number as a number, not a formula', () => {
    expect(validateImportRow({ ...PERSIAN_ROW, latitude: '+29.94', longitude: '-12.5' }, lookups).ok).toBe(
      true,
    );
  });

  it('refuses HTML', () => {
    expect(codesOf({ ...PERSIAN_ROW, title_fa: 'معدن مس <script>alert(1)</script>' })).toEqual([
      'title_fa:html_not_allowed',
    ]);
    expect(codesOf({ ...PERSIAN_ROW, summary_en: 'See <a href="http://x.example">here</a>' })).toEqual([
      'summary_en:html_not_allowed',
    ]);
    expect(codesOf({ ...PERSIAN_ROW, capacity_unit: '<img src=x onerror=alert(1)>' })).toEqual([
      'capacity_unit:html_not_allowed',
    ]);
    expect(
      validateImportRow({ ...PERSIAN_ROW, summary_en: 'Grade < 5% Cu, recovery > 85%' }, lookups).ok,
    ).toBe(true);
  });

  it('refuses bidi overrides and control characters, naming them', () => {
    expect(problemsOf({ ...PERSIAN_ROW, title_en: 'Copper\u202Eenim' })).toEqual([
      { column: 'title_en', code: 'unsafe_characters', params: { characters: 'U+202E' } },
    ]);
    expect(problemsOf({ ...PERSIAN_ROW, external_id: 'A\u0000B\u0007\u0000' })).toEqual([
      { column: 'external_id', code: 'unsafe_characters', params: { characters: 'U+0000, U+0007' } },
    ]);
  });

  it('reports every hazard of a cell', () => {
    expect(codesOf({ ...PERSIAN_ROW, title_en: '=<b>x</b>\u202E' })).toEqual([
      'title_en:unsafe_characters',
      'title_en:formula_not_allowed',
      'title_en:html_not_allowed',
    ]);
  });

  it('accepts ZWNJ, line breaks and a lone dash placeholder is judged as a value', () => {
    expect(validateImportRow({ ...PERSIAN_ROW, title_fa: 'می‌خواهیم سنگ‌آهن' }, lookups).ok).toBe(true);
    expect(problemsOf({ ...PERSIAN_ROW, stage: '-' })).toEqual([
      { column: 'stage', code: 'unknown_code', params: { value: '-' } },
    ]);
  });
});

describe('external ids', () => {
  it('normalizes digits and whitespace only', () => {
    expect(normalizeExternalId('  KRM-۰۱۲ ')).toBe('KRM-012');
    expect(normalizeExternalId('krm-012')).toBe('krm-012');
  });

  it('reports a duplicate with the first row that had it', () => {
    const seen = new Map<string, number>();
    expect(checkDuplicateExternalId(seen, 'KRM-012', 2)).toBeNull();
    expect(checkDuplicateExternalId(seen, 'KRM-013', 3)).toBeNull();
    expect(checkDuplicateExternalId(seen, normalizeExternalId('KRM-۰۱۲'), 7)).toEqual({
      column: 'external_id',
      code: 'duplicate_external_id',
      params: { firstRow: 2 },
    });
  });
});
