import { isRtlLocale, type Locale } from '../i18n/locales.ts';
import type { LocalizedText } from '../i18n/localized-text.ts';
import { formatNumber } from '../number/format-number.ts';
import { IMPORT_COLUMN_LABELS, type ImportColumn, resolveImportHeader } from './import-columns.ts';

/**
 * Problems found in one row of an import file. Each names the column it concerns (null when
 * it concerns the row as a whole); the parameters each code carries are listed beside it.
 */
export const IMPORT_ROW_PROBLEM_CODES = [
  /** A required cell (external_id, kind, province; capacity_unit when capacity is given) is empty. */
  'required',
  /** No title in any language. column: null. */
  'title_required',
  /** { max }: more characters (code points) than allowed. */
  'too_long',
  /** { value }: a number column holds something that is not a number. */
  'not_a_number',
  /** An amount or capacity is zero or negative. */
  'must_be_positive',
  /** { integer, fraction }: more digits than the database column holds (numeric(30,4)). */
  'too_many_digits',
  /** { min, max }: latitude or longitude outside its range. */
  'out_of_range',
  /** required_investment is given without a currency. column: currency. */
  'currency_required',
  /** { value }: a currency code the bank does not accept. */
  'unknown_currency',
  /** Only one of latitude and longitude is given. column: the missing one. */
  'coordinates_incomplete',
  /** { value }: contact_email is not an e-mail address. */
  'invalid_email',
  /** { characters }: bidi override or control characters ("U+202E, U+0007"). */
  'unsafe_characters',
  /** The cell looks like a spreadsheet formula (starts with =, +, -, @, tab or CR). */
  'formula_not_allowed',
  /** The cell contains HTML markup. */
  'html_not_allowed',
  /** { value }: kind, stage or an investment type not in its vocabulary. */
  'unknown_code',
  /** { value }: neither a known ISO 3166-2 code nor a province name. */
  'unknown_province',
  /** { value }: not an ISIC Rev.4 code. */
  'unknown_isic',
  /** { value }: not a known commodity code, symbol or name. */
  'unknown_commodity',
  /** { value }: not a known 2-, 4- or 6-digit HS code. */
  'unknown_hs',
  /** { firstRow }: the same external_id appeared earlier in the file. column: external_id. */
  'duplicate_external_id',
] as const;

/** Problems with the file as a whole; they stop the import before any row is read. */
export const IMPORT_FILE_PROBLEM_CODES = [
  /** The upload has no bytes (or only a BOM and whitespace). */
  'empty_file',
  /** The bytes are neither UTF-8/UTF-16 nor readable Windows-1256 text. */
  'encoding_unreadable',
  /** { columns }: required columns missing, comma-separated canonical names. */
  'missing_columns',
  /** No title column in any language. */
  'no_title_column',
  /** { columns }: columns named twice, comma-separated canonical names. */
  'duplicate_columns',
  /** { max }: more data rows than one import accepts. */
  'too_many_rows',
  /** { maxMb }: the upload exceeds the size limit. */
  'file_too_large',
  /** Named .xlsx but not a readable workbook. */
  'not_xlsx',
  /** The workbook expands to far more than its size (a zip bomb). */
  'zip_bomb',
  /** Neither CSV nor XLSX. */
  'unsupported_format',
  /** { cell }: an XLSX cell holds a formula ("C12"); formulas are never evaluated. */
  'formula_cell',
  /** A header row but no data rows. */
  'no_rows',
] as const;

/** Every import problem code: row codes, then file codes. */
export const IMPORT_PROBLEM_CODES = [...IMPORT_ROW_PROBLEM_CODES, ...IMPORT_FILE_PROBLEM_CODES] as const;

export type ImportRowProblemCode = (typeof IMPORT_ROW_PROBLEM_CODES)[number];
export type ImportFileProblemCode = (typeof IMPORT_FILE_PROBLEM_CODES)[number];
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** One problem: where (column, or null for the row or file as a whole), what, and details. */
export type ImportProblem = {
  readonly column: ImportColumn | null;
  readonly code: ImportProblemCode;
  readonly params?: Record<string, string | number>;
};

/**
 * The message of every code in the four languages. `{name}` placeholders are filled by
 * `formatImportProblem`; `{column}` becomes the column's label in the message's language.
 * Every language of a code uses exactly the same placeholders (checked by a test).
 */
export const IMPORT_PROBLEM_MESSAGES: Readonly<Record<ImportProblemCode, Required<LocalizedText>>> = {
  required: {
    fa: 'ستون «{column}» نباید خالی باشد.',
    ar: 'يجب ألا يكون العمود «{column}» فارغًا.',
    zh: '“{column}”不能为空。',
    en: '"{column}" must not be empty.',
  },
  title_required: {
    fa: 'دست‌کم یک عنوان (فارسی، عربی، چینی یا انگلیسی) لازم است.',
    ar: 'يلزم عنوان واحد على الأقل (بالفارسية أو العربية أو الصينية أو الإنجليزية).',
    zh: '至少需要填写一个标题（波斯语、阿拉伯语、中文或英文）。',
    en: 'At least one title (Persian, Arabic, Chinese or English) is required.',
  },
  too_long: {
    fa: '«{column}» بیش از {max} نویسه دارد؛ آن را کوتاه کنید.',
    ar: 'يتجاوز «{column}» الحد الأقصى البالغ {max} حرفًا؛ يرجى اختصاره.',
    zh: '“{column}”超过 {max} 个字符，请缩短。',
    en: '"{column}" is longer than {max} characters; shorten it.',
  },
  not_a_number: {
    fa: 'مقدار «{value}» در «{column}» عدد نیست. فقط عدد بنویسید، بدون واحد یا نماد ارز (مثلاً ۱۲۵۰۰۰۰ یا ۲٫۵).',
    ar: 'القيمة «{value}» في «{column}» ليست رقمًا. اكتب رقمًا فقط، دون وحدة أو رمز عملة (مثل 1250000 أو 2.5).',
    zh: '“{column}”中的“{value}”不是数字。请只填写数字，不要带单位或货币符号（例如 1250000 或 2.5）。',
    en: '"{value}" in "{column}" is not a number. Write digits only, without units or currency signs (e.g. 1250000 or 2.5).',
  },
  must_be_positive: {
    fa: '«{column}» باید بزرگ‌تر از صفر باشد.',
    ar: 'يجب أن تكون قيمة «{column}» أكبر من الصفر.',
    zh: '“{column}”必须大于零。',
    en: '"{column}" must be greater than zero.',
  },
  too_many_digits: {
    fa: '«{column}» حداکثر {integer} رقم پیش از ممیز و {fraction} رقم پس از آن می‌پذیرد.',
    ar: 'يقبل «{column}» {integer} رقمًا كحد أقصى قبل الفاصلة العشرية و{fraction} أرقام بعدها.',
    zh: '“{column}”最多允许小数点前 {integer} 位、小数点后 {fraction} 位。',
    en: '"{column}" allows at most {integer} digits before the decimal point and {fraction} after it.',
  },
  out_of_range: {
    fa: '«{column}» باید بین {min} و {max} باشد.',
    ar: 'يجب أن تكون قيمة «{column}» بين {min} و{max}.',
    zh: '“{column}”必须在 {min} 到 {max} 之间。',
    en: '"{column}" must be between {min} and {max}.',
  },
  currency_required: {
    fa: 'سرمایه مورد نیاز بدون ارز آمده است؛ کد ارز را در «{column}» بنویسید (مثلاً IRR یا USD).',
    ar: 'ورد الاستثمار المطلوب دون عملة؛ اكتب رمز العملة في «{column}» (مثل IRR أو USD).',
    zh: '已填写所需投资额但未注明币种，请在“{column}”中填写货币代码（例如 IRR 或 USD）。',
    en: 'The required investment has no currency; write a currency code in "{column}" (e.g. IRR or USD).',
  },
  unknown_currency: {
    fa: 'ارز «{value}» در «{column}» پذیرفته نیست؛ کد سه‌حرفی ارز را بنویسید (مثلاً IRR، CNY، USD یا AED).',
    ar: 'العملة «{value}» في «{column}» غير مقبولة؛ اكتب رمز العملة المكوّن من ثلاثة أحرف (مثل IRR أو CNY أو USD أو AED).',
    zh: '“{column}”中的币种“{value}”不受支持，请填写三位货币代码（例如 IRR、CNY、USD 或 AED）。',
    en: 'The currency "{value}" in "{column}" is not accepted; write a three-letter currency code (e.g. IRR, CNY, USD or AED).',
  },
  coordinates_incomplete: {
    fa: 'عرض و طول جغرافیایی باید با هم بیایند؛ «{column}» خالی است.',
    ar: 'يجب إدخال خط العرض وخط الطول معًا؛ «{column}» فارغ.',
    zh: '纬度和经度必须同时填写，“{column}”为空。',
    en: 'Latitude and longitude go together; "{column}" is empty.',
  },
  invalid_email: {
    fa: '«{value}» در «{column}» نشانی ایمیل معتبری نیست.',
    ar: '«{value}» في «{column}» ليس عنوان بريد إلكتروني صالحًا.',
    zh: '“{column}”中的“{value}”不是有效的电子邮件地址。',
    en: '"{value}" in "{column}" is not a valid e-mail address.',
  },
  unsafe_characters: {
    fa: '«{column}» نویسه‌های کنترلی نامرئی ({characters}) دارد که می‌توانند نمایش متن را دگرگون کنند؛ آن‌ها را حذف کنید.',
    ar: 'يحتوي «{column}» على محارف تحكّم غير مرئية ({characters}) قد تغيّر طريقة عرض النص؛ يرجى حذفها.',
    zh: '“{column}”包含不可见的控制字符（{characters}），可能改变文本的显示方式，请删除。',
    en: '"{column}" contains invisible control characters ({characters}) that can change how text is displayed; remove them.',
  },
  formula_not_allowed: {
    fa: '«{column}» با = یا + یا - یا @ آغاز می‌شود و مانند فرمول صفحه‌گسترده است؛ فرمول پذیرفته نیست. این نویسه را از آغاز آن بردارید.',
    ar: 'تبدأ قيمة «{column}» بـ = أو + أو - أو @ فتبدو صيغة جدول بيانات، والصيغ غير مقبولة. احذف هذا الحرف من أولها.',
    zh: '“{column}”以 =、+、- 或 @ 开头，看起来像电子表格公式，不接受公式。请删除开头的这个字符。',
    en: '"{column}" starts with =, +, - or @ and looks like a spreadsheet formula, which is not accepted. Remove that first character.',
  },
  html_not_allowed: {
    fa: '«{column}» برچسب HTML دارد؛ فقط متن ساده پذیرفته است.',
    ar: 'يحتوي «{column}» على وسوم HTML؛ يُقبل النص العادي فقط.',
    zh: '“{column}”包含 HTML 标签，只接受纯文本。',
    en: '"{column}" contains HTML tags; only plain text is accepted.',
  },
  unknown_code: {
    fa: '«{value}» در «{column}» شناخته نشد؛ یکی از مقادیر فهرست‌شده در الگو را بنویسید.',
    ar: 'القيمة «{value}» في «{column}» غير معروفة؛ اختر إحدى القيم الواردة في القالب.',
    zh: '无法识别“{column}”中的“{value}”，请使用模板中列出的值之一。',
    en: '"{value}" in "{column}" is not a known value; use one of the values listed in the template.',
  },
  unknown_province: {
    fa: '«{value}» در «{column}» استان شناخته‌شده‌ای نیست؛ نام استان یا کد ISO آن (مثلاً IR-08) را بنویسید.',
    ar: '«{value}» في «{column}» ليست محافظة معروفة؛ اكتب اسم المحافظة أو رمز ISO الخاص بها (مثل IR-08).',
    zh: '“{column}”中的“{value}”不是已知的省份，请填写省份名称或 ISO 代码（例如 CN-GD）。',
    en: '"{value}" in "{column}" is not a known province; write the province name or its ISO code (e.g. IR-08).',
  },
  unknown_isic: {
    fa: 'کد «{value}» در «{column}» در طبقه‌بندی ISIC ویرایش ۴ نیست.',
    ar: 'الرمز «{value}» في «{column}» غير موجود في التصنيف ISIC التنقيح 4.',
    zh: '“{column}”中的代码“{value}”不在 ISIC 第四版中。',
    en: 'The code "{value}" in "{column}" is not in ISIC Rev.4.',
  },
  unknown_commodity: {
    fa: '«{value}» در «{column}» کالای شناخته‌شده‌ای نیست؛ نام، نماد شیمیایی (مثلاً Cu) یا کد آن را بنویسید.',
    ar: '«{value}» في «{column}» ليست سلعة معروفة؛ اكتب اسمها أو رمزها الكيميائي (مثل Cu) أو رمزها في القالب.',
    zh: '“{column}”中的“{value}”不是已知商品，请填写名称、元素符号（例如 Cu）或代码。',
    en: '"{value}" in "{column}" is not a known commodity; write its name, chemical symbol (e.g. Cu) or code.',
  },
  unknown_hs: {
    fa: '«{value}» در «{column}» کد HS شناخته‌شده‌ای نیست؛ کد ۲، ۴ یا ۶ رقمی HS 2022 بنویسید.',
    ar: '«{value}» في «{column}» ليس رمزًا معروفًا في النظام المنسق؛ اكتب رمزًا من 2 أو 4 أو 6 أرقام وفق HS 2022.',
    zh: '“{column}”中的“{value}”不是已知的 HS 编码，请填写 2、4 或 6 位的 HS 2022 编码。',
    en: '"{value}" in "{column}" is not a known HS code; write a 2-, 4- or 6-digit HS 2022 code.',
  },
  duplicate_external_id: {
    fa: 'همین «{column}» پیش‌تر در ردیف {firstRow} این فایل آمده است؛ هر ردیف شناسه‌ای یکتا می‌خواهد.',
    ar: 'ورد «{column}» نفسه من قبل في الصف {firstRow} من هذا الملف؛ يجب أن يكون لكل صف معرّف فريد.',
    zh: '相同的“{column}”已在本文件第 {firstRow} 行出现，每一行的编号必须唯一。',
    en: 'The same "{column}" already appears in row {firstRow} of this file; every row needs its own.',
  },
  empty_file: {
    fa: 'فایل خالی است.',
    ar: 'الملف فارغ.',
    zh: '文件为空。',
    en: 'The file is empty.',
  },
  encoding_unreadable: {
    fa: 'متن فایل خوانا نیست. فایل را با کدگذاری UTF-8 ذخیره کنید (در اکسل: «CSV UTF-8»).',
    ar: 'تعذّرت قراءة نص الملف. احفظ الملف بترميز UTF-8 (في Excel: «CSV UTF-8»).',
    zh: '无法读取文件中的文本。请以 UTF-8 编码保存文件（在 Excel 中选择“CSV UTF-8”）。',
    en: 'The text of the file cannot be read. Save it as UTF-8 (in Excel: "CSV UTF-8").',
  },
  missing_columns: {
    fa: 'این ستون‌های الزامی در فایل نیستند: {columns}.',
    ar: 'الأعمدة الإلزامية التالية غير موجودة في الملف: {columns}.',
    zh: '文件缺少以下必填列：{columns}。',
    en: 'The file lacks these required columns: {columns}.',
  },
  no_title_column: {
    fa: 'فایل ستون عنوان ندارد؛ دست‌کم یکی از ستون‌های عنوان (فارسی، عربی، چینی یا انگلیسی) لازم است.',
    ar: 'لا يحتوي الملف على عمود للعنوان؛ يلزم عمود عنوان واحد على الأقل (بالفارسية أو العربية أو الصينية أو الإنجليزية).',
    zh: '文件中没有标题列，至少需要一个标题列（波斯语、阿拉伯语、中文或英文）。',
    en: 'The file has no title column; at least one (Persian, Arabic, Chinese or English) is required.',
  },
  duplicate_columns: {
    fa: 'این ستون‌ها بیش از یک بار آمده‌اند: {columns}.',
    ar: 'وردت هذه الأعمدة أكثر من مرة: {columns}.',
    zh: '以下列重复出现：{columns}。',
    en: 'These columns appear more than once: {columns}.',
  },
  too_many_rows: {
    fa: 'فایل بیش از {max} ردیف دارد؛ آن را به چند فایل کوچک‌تر تقسیم کنید.',
    ar: 'يحتوي الملف على أكثر من {max} صف؛ قسّمه إلى عدة ملفات أصغر.',
    zh: '文件超过 {max} 行，请拆分为几个较小的文件。',
    en: 'The file has more than {max} rows; split it into several smaller files.',
  },
  file_too_large: {
    fa: 'حجم فایل بیش از {maxMb} مگابایت است.',
    ar: 'يتجاوز حجم الملف {maxMb} ميغابايت.',
    zh: '文件大小超过 {maxMb} MB。',
    en: 'The file is larger than {maxMb} MB.',
  },
  not_xlsx: {
    fa: 'پسوند فایل .xlsx است اما فایل اکسل معتبری نیست.',
    ar: 'امتداد الملف .xlsx لكنه ليس ملف Excel صالحًا.',
    zh: '文件扩展名为 .xlsx，但不是有效的 Excel 文件。',
    en: 'The file is named .xlsx but is not a valid Excel workbook.',
  },
  zip_bomb: {
    fa: 'فایل اکسل پس از بازشدن بیش از اندازه بزرگ می‌شود و پردازش نمی‌شود.',
    ar: 'يصبح ملف Excel كبيرًا جدًا عند فك ضغطه، لذا لا يمكن معالجته.',
    zh: 'Excel 文件解压后过大，无法处理。',
    en: 'The Excel file grows far too large when unpacked and cannot be processed.',
  },
  unsupported_format: {
    fa: 'فقط فایل‌های CSV و XLSX پذیرفته می‌شوند.',
    ar: 'تُقبل ملفات CSV وXLSX فقط.',
    zh: '仅支持 CSV 和 XLSX 文件。',
    en: 'Only CSV and XLSX files are accepted.',
  },
  formula_cell: {
    fa: 'خانه {cell} فرمول دارد. فرمول‌ها وارد نمی‌شوند؛ به‌جای آن مقدارش را بگذارید (کپی و سپس «چسباندن مقدار»).',
    ar: 'الخلية {cell} تحتوي على صيغة. لا تُستورد الصيغ؛ ضع قيمتها مكانها (نسخ ثم «لصق القيم»).',
    zh: '单元格 {cell} 含有公式。公式不会被导入，请改为填写其值（复制后“选择性粘贴为数值”）。',
    en: 'Cell {cell} holds a formula. Formulas are not imported; put its value there instead (copy, then "Paste values").',
  },
  no_rows: {
    fa: 'فایل به‌جز سطر عنوان ستون‌ها هیچ ردیفی ندارد.',
    ar: 'لا يحتوي الملف على أي صف بعد صف العناوين.',
    zh: '文件除表头外没有任何数据行。',
    en: 'The file has no rows after the header row.',
  },
};

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** List separators per language, for `{columns}`. */
const LIST_JOINERS: Readonly<Record<Locale, string>> = { fa: '، ', ar: '، ', zh: '、', en: ', ' };

/**
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE around user values in Persian and Arabic
 * messages, so an LTR value such as "IR-99" or "-12.5" keeps its own direction inside the RTL
 * sentence instead of swapping its punctuation (Unicode Bidi Algorithm, W3C "inline bidi").
 */
function isolate(text: string, locale: Locale): string {
  return isRtlLocale(locale) ? `\u2068${text}\u2069` : text;
}

/** Returns the placeholder names of a message template, sorted, e.g. ["column", "value"]. */
export function importMessagePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();
}

function formatColumnList(value: string, locale: Locale): string {
  return value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => {
      const column = resolveImportHeader(name);
      return column === null ? isolate(name, locale) : IMPORT_COLUMN_LABELS[column][locale];
    })
    .join(LIST_JOINERS[locale]);
}

function formatParam(name: string, value: string | number, locale: Locale): string {
  if (typeof value === 'number') return formatNumber(value, locale);
  if (name === 'columns') return formatColumnList(value, locale);
  return isolate(value, locale);
}

/**
 * Returns the message of `problem` in `locale`: `IMPORT_PROBLEM_MESSAGES[code][locale]` with
 * `{column}` replaced by `columnLabel` (default: the column's label in `locale`, so a Persian
 * user reads «استان», not "province") and every other `{name}` by `problem.params[name]`.
 * Numbers are formatted for the locale (Persian digits in fa); `{columns}` (comma-separated
 * canonical names) becomes the list of labels; text values are bidi-isolated in fa and ar.
 * A placeholder without a value is left as it is, so a missing parameter is visible in tests.
 */
export function formatImportProblem(problem: ImportProblem, locale: Locale, columnLabel?: string): string {
  const template = IMPORT_PROBLEM_MESSAGES[problem.code][locale];
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (name === 'column') {
      if (columnLabel !== undefined) return columnLabel;
      return problem.column === null ? placeholder : IMPORT_COLUMN_LABELS[problem.column][locale];
    }
    const value = problem.params?.[name];
    return value === undefined ? placeholder : formatParam(name, value, locale);
  });
}
