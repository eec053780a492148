import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import {
  formatImportProblem,
  IMPORT_FILE_PROBLEM_CODES,
  IMPORT_PROBLEM_CODES,
  IMPORT_PROBLEM_MESSAGES,
  IMPORT_ROW_PROBLEM_CODES,
  type ImportProblemCode,
  importMessagePlaceholders,
} from './import-problems.ts';

/** Row codes whose problems carry no column. */
const ROW_CODES_WITHOUT_COLUMN: ReadonlySet<ImportProblemCode> = new Set(['title_required']);

/** The parameters each code needs, besides {column}: the contract with the server. */
const PARAMS: Readonly<Record<ImportProblemCode, readonly string[]>> = {
  required: [],
  title_required: [],
  too_long: ['max'],
  not_a_number: ['value'],
  must_be_positive: [],
  too_many_digits: ['fraction', 'integer'],
  out_of_range: ['max', 'min'],
  currency_required: [],
  unknown_currency: ['value'],
  coordinates_incomplete: [],
  invalid_email: ['value'],
  unsafe_characters: ['characters'],
  formula_not_allowed: [],
  html_not_allowed: [],
  unknown_code: ['value'],
  unknown_province: ['value'],
  unknown_isic: ['value'],
  unknown_commodity: ['value'],
  unknown_hs: ['value'],
  duplicate_external_id: ['firstRow'],
  empty_file: [],
  encoding_unreadable: [],
  missing_columns: ['columns'],
  no_title_column: [],
  duplicate_columns: ['columns'],
  too_many_rows: ['max'],
  file_too_large: ['maxMb'],
  not_xlsx: [],
  zip_bomb: [],
  unsupported_format: [],
  formula_cell: ['cell'],
  no_rows: [],
};

describe('IMPORT_PROBLEM_MESSAGES', () => {
  it('covers every code, and only those, with all four languages', () => {
    expect(Object.keys(IMPORT_PROBLEM_MESSAGES).sort()).toEqual([...IMPORT_PROBLEM_CODES].sort());
    for (const code of IMPORT_PROBLEM_CODES) {
      for (const locale of LOCALES) {
        expect(IMPORT_PROBLEM_MESSAGES[code][locale]?.trim(), `${code}.${locale}`).toBeTruthy();
      }
    }
  });

  it('uses the same placeholders in every language of a code', () => {
    for (const code of IMPORT_PROBLEM_CODES) {
      const english = importMessagePlaceholders(IMPORT_PROBLEM_MESSAGES[code].en);
      for (const locale of LOCALES) {
        expect(importMessagePlaceholders(IMPORT_PROBLEM_MESSAGES[code][locale]), `${code}.${locale}`).toEqual(
          english,
        );
      }
    }
  });

  it('names the column in every row message that has one, and uses exactly the documented params', () => {
    for (const code of IMPORT_PROBLEM_CODES) {
      const hasColumn =
        (IMPORT_ROW_PROBLEM_CODES as readonly string[]).includes(code) && !ROW_CODES_WITHOUT_COLUMN.has(code);
      const expected = [...PARAMS[code], ...(hasColumn ? ['column'] : [])].sort();
      expect(importMessagePlaceholders(IMPORT_PROBLEM_MESSAGES[code].en), code).toEqual(expected);
    }
  });

  it('keeps row and file codes apart', () => {
    const rows = new Set<string>(IMPORT_ROW_PROBLEM_CODES);
    expect(IMPORT_FILE_PROBLEM_CODES.filter((code) => rows.has(code))).toEqual([]);
    expect(new Set(IMPORT_PROBLEM_CODES).size).toBe(IMPORT_PROBLEM_CODES.length);
  });
});

describe('formatImportProblem', () => {
  it('names the column by its label in the reader’s language', () => {
    const problem = { column: 'province', code: 'required' } as const;
    expect(formatImportProblem(problem, 'en')).toBe('"Province" must not be empty.');
    expect(formatImportProblem(problem, 'fa')).toBe('ستون «استان» نباید خالی باشد.');
    expect(formatImportProblem(problem, 'ar')).toBe('يجب ألا يكون العمود «المحافظة» فارغًا.');
    expect(formatImportProblem(problem, 'zh')).toBe('“省份”不能为空。');
  });

  it('uses the given column label instead, e.g. the header exactly as the file spelled it', () => {
    expect(formatImportProblem({ column: 'kind', code: 'required' }, 'en', 'Type')).toBe(
      '"Type" must not be empty.',
    );
  });

  it('fills values, isolating them in right-to-left messages', () => {
    const problem = { column: 'province', code: 'unknown_province', params: { value: 'IR-99' } } as const;
    expect(formatImportProblem(problem, 'en')).toBe(
      '"IR-99" in "Province" is not a known province; write the province name or its ISO code (e.g. IR-08).',
    );
    expect(formatImportProblem(problem, 'fa')).toContain('«\u2068IR-99\u2069» در «استان»');
  });

  it('formats numbers for the locale: Persian digits in fa', () => {
    const problem = {
      column: 'external_id',
      code: 'duplicate_external_id',
      params: { firstRow: 1204 },
    } as const;
    expect(formatImportProblem(problem, 'en')).toContain('row 1,204');
    expect(formatImportProblem(problem, 'fa')).toContain('ردیف ۱٬۲۰۴');
    expect(formatImportProblem({ column: null, code: 'file_too_large', params: { maxMb: 10 } }, 'zh')).toBe(
      '文件大小超过 10 MB。',
    );
  });

  it('turns a {columns} list of canonical names into labels', () => {
    const problem = {
      column: null,
      code: 'missing_columns',
      params: { columns: 'external_id,province' },
    } as const;
    expect(formatImportProblem(problem, 'en')).toBe(
      'The file lacks these required columns: External ID, Province.',
    );
    expect(formatImportProblem(problem, 'fa')).toBe('این ستون‌های الزامی در فایل نیستند: شناسه طرح، استان.');
    expect(formatImportProblem(problem, 'zh')).toBe('文件缺少以下必填列：项目编号、省份。');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(formatImportProblem({ column: 'title_en', code: 'too_long' }, 'en')).toBe(
      '"Title (English)" is longer than {max} characters; shorten it.',
    );
  });

  it('fills every placeholder of every code in every language given the documented params', () => {
    for (const code of IMPORT_PROBLEM_CODES) {
      const params = Object.fromEntries(PARAMS[code].map((name) => [name, name === 'columns' ? 'kind' : 7]));
      for (const locale of LOCALES) {
        const message = formatImportProblem({ column: 'kind', code, params }, locale);
        expect(message, `${code}.${locale}`).not.toMatch(/\{[a-zA-Z]+\}/);
      }
    }
  });
});
