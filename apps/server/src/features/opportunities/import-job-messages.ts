import type { Locale } from '@karvan/domain';

/**
 * What can happen to an import job beyond the file's own problems (those are in
 * `@karvan/domain/opportunity`'s IMPORT_PROBLEM_MESSAGES).
 */
export const IMPORT_JOB_MESSAGES = {
  interrupted: {
    en: 'The check of this file was interrupted when the server stopped. Nothing was imported; upload the file again.',
    fa: 'بررسی این پرونده با توقف کارساز نیمه‌کاره ماند. چیزی درون‌ریزی نشد؛ پرونده را دوباره بارگذاری کنید.',
    ar: 'توقف فحص هذا الملف عند توقف الخادم. لم يُستورد شيء؛ ارفع الملف مرة أخرى.',
    zh: '服务器停止时此文件的检查被中断。未导入任何内容，请重新上传文件。',
  },
  apply_failed: {
    en: 'The import could not be written. Nothing in the bank was changed; try again later.',
    fa: 'درون‌ریزی نوشته نشد. هیچ چیز در بانک تغییر نکرد؛ بعداً دوباره تلاش کنید.',
    ar: 'تعذّرت كتابة الاستيراد. لم يتغير شيء في البنك؛ حاول لاحقًا.',
    zh: '导入未能写入。项目库未作任何更改，请稍后重试。',
  },
  internal: {
    en: 'The file could not be read because of a fault on our side. Nothing was imported.',
    fa: 'پرونده به‌دلیل خطایی در سمت ما خوانده نشد. چیزی درون‌ریزی نشد.',
    ar: 'تعذّرت قراءة الملف بسبب خطأ من جانبنا. لم يُستورد شيء.',
    zh: '由于我方故障，无法读取该文件。未导入任何内容。',
  },
  malformed_csv: {
    en: 'The CSV file is malformed (for example a quote that is never closed). Save it again from your spreadsheet program.',
    fa: 'ساختار پروندهٔ CSV نادرست است (مثلاً گیومه‌ای که بسته نشده). آن را دوباره از برنامهٔ صفحه‌گسترده ذخیره کنید.',
    ar: 'ملف CSV تالف (مثلًا علامة اقتباس لم تُغلق). احفظه مرة أخرى من برنامج جداول البيانات.',
    zh: 'CSV 文件格式有误（例如引号未闭合）。请从电子表格程序重新保存。',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ImportJobProblemCode = keyof typeof IMPORT_JOB_MESSAGES;
