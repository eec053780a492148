import type { Locale } from '../i18n/locales.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { LocalizedText } from '../i18n/localized-text.ts';
import { FoldedKeyIndex, foldImportKey } from './fold-import-key.ts';

/**
 * The columns of an opportunity import file (issue 3's import contract). The canonical names
 * are English and are the header row of the English template; files may use the header
 * names of any of the four languages instead (`IMPORT_COLUMN_LABELS`), in any order.
 */
export const IMPORT_COLUMNS = [
  'external_id',
  'kind',
  'title_fa',
  'title_ar',
  'title_zh',
  'title_en',
  'summary_fa',
  'summary_ar',
  'summary_zh',
  'summary_en',
  'province',
  'isic',
  'commodities',
  'hs',
  'investment_types',
  'required_investment',
  'currency',
  'capacity',
  'capacity_unit',
  'stage',
  'latitude',
  'longitude',
  'contact_email',
] as const;

/** One canonical import column name. */
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns a file must have (besides at least one of `TITLE_COLUMNS`) and every row must fill. */
export const REQUIRED_IMPORT_COLUMNS = [
  'external_id',
  'kind',
  'province',
] as const satisfies readonly ImportColumn[];

/** The title columns, in the order that decides a row's source language: fa, ar, zh, en. */
export const TITLE_COLUMNS = [
  'title_fa',
  'title_ar',
  'title_zh',
  'title_en',
] as const satisfies readonly ImportColumn[];

/** The summary columns, in the same language order as `TITLE_COLUMNS`. */
export const SUMMARY_COLUMNS = [
  'summary_fa',
  'summary_ar',
  'summary_zh',
  'summary_en',
] as const satisfies readonly ImportColumn[];

/**
 * The header name of each column in each language: the Persian, Arabic and Chinese templates
 * use these, messages name columns with them, and files may use any of them. In the English
 * template the header is the canonical name; the English label is for messages and the UI.
 */
export const IMPORT_COLUMN_LABELS: Readonly<Record<ImportColumn, Required<LocalizedText>>> = {
  external_id: { fa: 'شناسه طرح', ar: 'معرّف المشروع', zh: '项目编号', en: 'External ID' },
  kind: { fa: 'نوع فرصت', ar: 'نوع الفرصة', zh: '机会类型', en: 'Kind' },
  title_fa: { fa: 'عنوان (فارسی)', ar: 'العنوان (بالفارسية)', zh: '标题（波斯语）', en: 'Title (Persian)' },
  title_ar: { fa: 'عنوان (عربی)', ar: 'العنوان (بالعربية)', zh: '标题（阿拉伯语）', en: 'Title (Arabic)' },
  title_zh: { fa: 'عنوان (چینی)', ar: 'العنوان (بالصينية)', zh: '标题（中文）', en: 'Title (Chinese)' },
  title_en: { fa: 'عنوان (انگلیسی)', ar: 'العنوان (بالإنجليزية)', zh: '标题（英文）', en: 'Title (English)' },
  summary_fa: {
    fa: 'خلاصه (فارسی)',
    ar: 'الملخص (بالفارسية)',
    zh: '摘要（波斯语）',
    en: 'Summary (Persian)',
  },
  summary_ar: { fa: 'خلاصه (عربی)', ar: 'الملخص (بالعربية)', zh: '摘要（阿拉伯语）', en: 'Summary (Arabic)' },
  summary_zh: { fa: 'خلاصه (چینی)', ar: 'الملخص (بالصينية)', zh: '摘要（中文）', en: 'Summary (Chinese)' },
  summary_en: {
    fa: 'خلاصه (انگلیسی)',
    ar: 'الملخص (بالإنجليزية)',
    zh: '摘要（英文）',
    en: 'Summary (English)',
  },
  province: { fa: 'استان', ar: 'المحافظة', zh: '省份', en: 'Province' },
  isic: { fa: 'کد ISIC', ar: 'رمز ISIC', zh: 'ISIC 代码', en: 'ISIC codes' },
  commodities: { fa: 'مواد و کالاها', ar: 'السلع', zh: '商品', en: 'Commodities' },
  hs: { fa: 'کد تعرفه HS', ar: 'رمز النظام المنسق HS', zh: 'HS 编码', en: 'HS codes' },
  investment_types: { fa: 'نوع سرمایه‌گذاری', ar: 'أنواع الاستثمار', zh: '投资方式', en: 'Investment types' },
  required_investment: {
    fa: 'سرمایه مورد نیاز',
    ar: 'الاستثمار المطلوب',
    zh: '所需投资额',
    en: 'Required investment',
  },
  currency: { fa: 'ارز', ar: 'العملة', zh: '币种', en: 'Currency' },
  capacity: { fa: 'ظرفیت', ar: 'الطاقة الإنتاجية', zh: '产能', en: 'Capacity' },
  capacity_unit: { fa: 'واحد ظرفیت', ar: 'وحدة الطاقة الإنتاجية', zh: '产能单位', en: 'Capacity unit' },
  stage: { fa: 'مرحله', ar: 'المرحلة', zh: '阶段', en: 'Stage' },
  latitude: { fa: 'عرض جغرافیایی', ar: 'خط العرض', zh: '纬度', en: 'Latitude' },
  longitude: { fa: 'طول جغرافیایی', ar: 'خط الطول', zh: '经度', en: 'Longitude' },
  contact_email: { fa: 'ایمیل تماس', ar: 'البريد الإلكتروني للتواصل', zh: '联系邮箱', en: 'Contact e-mail' },
};

/**
 * A few header spellings that are neither the canonical name nor a label but that people
 * obviously mean (an older template, "Farsi" for Persian, "E-mail").
 */
const HEADER_ALIASES: Readonly<Partial<Record<ImportColumn, readonly string[]>>> = {
  external_id: ['External reference', 'Reference', 'شناسه', 'کد طرح', 'المعرف'],
  title_fa: ['Title (Farsi)', 'title_farsi'],
  summary_fa: ['Summary (Farsi)', 'summary_farsi'],
  isic: ['ISIC', 'ISIC code', 'ISIC Rev.4'],
  hs: ['HS', 'HS code'],
  investment_types: ['Investment type'],
  latitude: ['lat'],
  longitude: ['lon', 'lng', 'long'],
  contact_email: ['email', 'e-mail', 'ایمیل', 'البريد الإلكتروني', '邮箱'],
};

const HEADER_INDEX: FoldedKeyIndex<ImportColumn> = (() => {
  const index = new FoldedKeyIndex<ImportColumn>();
  for (const column of IMPORT_COLUMNS) {
    index.add(column, column);
    for (const locale of LOCALES) index.add(IMPORT_COLUMN_LABELS[column][locale], column);
    for (const alias of HEADER_ALIASES[column] ?? []) index.add(alias, column);
  }
  // Two columns sharing a spelling is a programming error: fail at load, not per file.
  const ambiguous = index.ambiguousKeys();
  if (ambiguous.length > 0) throw new Error(`ambiguous import header spellings: ${ambiguous.join(', ')}`);
  return index;
})();

/** Returns the canonical column a header cell names, or null; see `mapImportHeaders`. */
export function resolveImportHeader(header: string): ImportColumn | null {
  return HEADER_INDEX.get(header);
}

/** The result of reading a header row: which column each position holds, and what is wrong. */
export type ImportHeaderMapping = {
  /** Per input position, the canonical column, or null (unknown, empty, or a repeat). */
  readonly columns: Array<ImportColumn | null>;
  /** Required columns (`REQUIRED_IMPORT_COLUMNS`) that no header names, in canonical order. */
  readonly missing: ImportColumn[];
  /** True when no header names a title column. */
  readonly noTitle: boolean;
  /** Columns named by more than one header, in canonical order. */
  readonly duplicates: ImportColumn[];
  /** Non-empty headers that name no column, trimmed, in file order. */
  readonly unknown: string[];
};

/**
 * Maps a header row onto the canonical columns. A header matches a column when it folds
 * (`foldImportKey`: case, Arabic/Persian letter forms, ZWNJ, spaces, underscores, hyphens,
 * full-width or ASCII brackets, BOM and surrounding whitespace ignored) like the canonical
 * name, the label in any language, or one of a few obvious aliases. So "title_fa", "Title
 * (Persian)", "عنوان (فارسی)", "عنوان(فارسي)" and "标题(波斯语)" all map to `title_fa`.
 *
 * Only the first header naming a column is mapped; later ones get null in `columns` and the
 * column is listed in `duplicates`, so a caller that ignores duplicates still never lets a
 * later cell overwrite an earlier one. Empty header cells (trailing columns of a
 * spreadsheet) are null and not reported as unknown.
 */
export function mapImportHeaders(headers: readonly string[]): ImportHeaderMapping {
  const seen = new Set<ImportColumn>();
  const repeated = new Set<ImportColumn>();
  const unknown: string[] = [];
  const columns = headers.map((header): ImportColumn | null => {
    if (foldImportKey(header) === '') return null;
    const column = resolveImportHeader(header);
    if (column === null) {
      unknown.push(header.replace(/^\uFEFF/, '').trim());
      return null;
    }
    if (seen.has(column)) {
      repeated.add(column);
      return null;
    }
    seen.add(column);
    return column;
  });
  return {
    columns,
    missing: REQUIRED_IMPORT_COLUMNS.filter((column) => !seen.has(column)),
    noTitle: !TITLE_COLUMNS.some((column) => seen.has(column)),
    duplicates: IMPORT_COLUMNS.filter((column) => repeated.has(column)),
    unknown,
  };
}

/**
 * Returns the header row of the import template for `locale`, in canonical column order:
 * the canonical names for English (the documented contract), the labels otherwise.
 */
export function importTemplateHeaders(locale: Locale): string[] {
  if (locale === 'en') return [...IMPORT_COLUMNS];
  return IMPORT_COLUMNS.map((column) => IMPORT_COLUMN_LABELS[column][locale]);
}

/** Returns the label of `column` in `locale` (e.g. for messages and the template's notes). */
export function importColumnLabel(column: ImportColumn, locale: Locale): string {
  return IMPORT_COLUMN_LABELS[column][locale];
}

/**
 * Builds the cells of one data row from its values and the header mapping's `columns`:
 * `cells[column] = values[position]` for every mapped position. Positions beyond the row's
 * length are left out (a short CSV line), values of unmapped positions ignored.
 */
export function cellsFromRow(
  columns: ReadonlyArray<ImportColumn | null>,
  values: readonly string[],
): Partial<Record<ImportColumn, string>> {
  const cells: Partial<Record<ImportColumn, string>> = {};
  columns.forEach((column, position) => {
    const value = values[position];
    if (column !== null && value !== undefined) cells[column] = value;
  });
  return cells;
}
