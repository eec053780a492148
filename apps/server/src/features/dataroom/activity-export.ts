import type { Readable } from 'node:stream';
import { isRtlLocale, type Locale } from '@karvan/domain';
import {
  csvExportStream,
  neutraliseFormula,
  xlsxBuffer,
} from '../opportunities/import-files/write-table-file.ts';
import type { ActivityAction, ActivityItem } from './activity.service.ts';

const HEADERS: Record<Locale, string[]> = {
  en: [
    'time (UTC)',
    'action',
    'name',
    'e-mail',
    'organisations',
    'index',
    'document',
    'version',
    'page',
    'seconds on page',
  ],
  fa: ['زمان (UTC)', 'کنش', 'نام', 'ایمیل', 'سازمان‌ها', 'شماره', 'سند', 'نسخه', 'صفحه', 'ثانیه روی صفحه'],
  ar: [
    'الوقت (UTC)',
    'الإجراء',
    'الاسم',
    'البريد الإلكتروني',
    'المنظمات',
    'الرقم',
    'المستند',
    'الإصدار',
    'الصفحة',
    'ثوانٍ على الصفحة',
  ],
  zh: ['时间（UTC）', '操作', '姓名', '邮箱', '机构', '编号', '文件', '版本', '页码', '停留秒数'],
};

const ACTION_LABELS: Record<ActivityAction, Record<Locale, string>> = {
  open: { en: 'opened', fa: 'باز کرد', ar: 'فتح', zh: '打开' },
  page: { en: 'viewed page', fa: 'دیدن صفحه', ar: 'عرض صفحة', zh: '查看页面' },
  download: {
    en: 'downloaded (watermarked)',
    fa: 'بارگیری (با واترمارک)',
    ar: 'تنزيل (بعلامة مائية)',
    zh: '下载（带水印）',
  },
  'download-original': {
    en: 'downloaded original',
    fa: 'بارگیری اصل پرونده',
    ar: 'تنزيل الأصل',
    zh: '下载原件',
  },
};

/** Separator between organisation names inside one cell. */
const LIST_SEPARATOR: Record<Locale, string> = { en: '; ', fa: '؛ ', ar: '؛ ', zh: '；' };

function rowOf(item: ActivityItem, locale: Locale): string[] {
  return [
    item.at.toISOString().replace('T', ' ').slice(0, 19),
    ACTION_LABELS[item.action]?.[locale] ?? item.action,
    item.user?.name ?? '',
    item.user?.email ?? '',
    item.organizations.join(LIST_SEPARATOR[locale]),
    item.document?.index ?? '',
    item.document?.name ?? '',
    item.version === null ? '' : String(item.version),
    item.page === null ? '' : String(item.page),
    item.durationMs === null ? '' : (item.durationMs / 1000).toFixed(1),
  ];
}

/** CSV of the activity (UTF-8 with BOM; cells a spreadsheet would run as formulas neutralised). */
export function activityCsv(items: ActivityItem[], locale: Locale): Readable {
  return csvExportStream(
    HEADERS[locale],
    items.map((item) => rowOf(item, locale)),
  );
}

/**
 * XLSX of the activity. Cells are stored as text, so none is ever a formula; they are neutralised
 * as in the CSV anyway, so both files show the same thing and a copy-paste into another sheet is
 * safe too.
 */
export function activityXlsx(items: ActivityItem[], locale: Locale): Promise<Buffer> {
  const rows = items.map((item) => rowOf(item, locale).map(neutraliseFormula));
  return xlsxBuffer(HEADERS[locale], rows, { rtl: isRtlLocale(locale), sheetName: 'activity' });
}
