import type { LocalizedText } from '../i18n/localized-text.ts';

/**
 * The coded vocabularies of the opportunity bank (issue 3's import contract) with their labels
 * in the four languages. Codes are the stable values of the API, the import files and the
 * database; labels are what people read and may also type in an import file.
 */
type Labels<Code extends string> = Readonly<Record<Code, Required<LocalizedText>>>;

export const OPPORTUNITY_KINDS = [
  'mining',
  'processing',
  'industrial-park',
  'manufacturing',
  'infrastructure',
  'environment',
  'energy',
  'tourism',
  'other',
] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const OPPORTUNITY_KIND_LABELS: Labels<OpportunityKind> = {
  mining: { fa: 'معدن', ar: 'تعدين', zh: '采矿', en: 'Mining' },
  processing: { fa: 'فرآوری', ar: 'معالجة', zh: '加工', en: 'Processing' },
  'industrial-park': {
    fa: 'زمین شهرک صنعتی',
    ar: 'قطعة في مدينة صناعية',
    zh: '工业园区地块',
    en: 'Industrial-park plot',
  },
  manufacturing: { fa: 'تولید صنعتی', ar: 'تصنيع', zh: '制造业', en: 'Manufacturing' },
  infrastructure: { fa: 'زیرساخت', ar: 'بنية تحتية', zh: '基础设施', en: 'Infrastructure' },
  environment: { fa: 'محیط زیست', ar: 'بيئة', zh: '环境', en: 'Environment' },
  energy: { fa: 'انرژی', ar: 'طاقة', zh: '能源', en: 'Energy' },
  tourism: { fa: 'گردشگری', ar: 'سياحة', zh: '旅游', en: 'Tourism' },
  other: { fa: 'سایر', ar: 'أخرى', zh: '其他', en: 'Other' },
};

export const INVESTMENT_TYPES = [
  'equity',
  'joint-venture',
  'loan',
  'bot-ppp',
  'epc',
  'offtake',
  'technology-transfer',
  'land-allocation',
] as const;
export type InvestmentType = (typeof INVESTMENT_TYPES)[number];

export const INVESTMENT_TYPE_LABELS: Labels<InvestmentType> = {
  equity: { fa: 'مشارکت در سهام', ar: 'مساهمة في رأس المال', zh: '股权投资', en: 'Equity' },
  'joint-venture': { fa: 'سرمایه‌گذاری مشترک', ar: 'مشروع مشترك', zh: '合资', en: 'Joint venture' },
  loan: { fa: 'تسهیلات و وام', ar: 'قرض', zh: '贷款', en: 'Loan' },
  'bot-ppp': {
    fa: 'BOT / مشارکت عمومی-خصوصی',
    ar: 'BOT / شراكة بين القطاعين العام والخاص',
    zh: 'BOT / PPP',
    en: 'BOT / PPP',
  },
  epc: { fa: 'EPC', ar: 'EPC', zh: 'EPC 总承包', en: 'EPC' },
  offtake: { fa: 'پیش‌خرید محصول', ar: 'اتفاقية شراء الإنتاج', zh: '包销', en: 'Off-take' },
  'technology-transfer': {
    fa: 'انتقال فناوری',
    ar: 'نقل التكنولوجيا',
    zh: '技术转让',
    en: 'Technology transfer',
  },
  'land-allocation': { fa: 'واگذاری زمین', ar: 'تخصيص الأراضي', zh: '土地划拨', en: 'Land allocation' },
};

export const OPPORTUNITY_STAGES = [
  'idea',
  'pre-feasibility',
  'feasibility',
  'licensed',
  'operating',
] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];

export const OPPORTUNITY_STAGE_LABELS: Labels<OpportunityStage> = {
  idea: { fa: 'ایده', ar: 'فكرة', zh: '构想', en: 'Idea' },
  'pre-feasibility': { fa: 'پیش‌امکان‌سنجی', ar: 'ما قبل الجدوى', zh: '预可行性研究', en: 'Pre-feasibility' },
  feasibility: {
    fa: 'امکان‌سنجی انجام شده',
    ar: 'دراسة الجدوى منجزة',
    zh: '可行性研究已完成',
    en: 'Feasibility done',
  },
  licensed: { fa: 'دارای مجوز', ar: 'مرخّص', zh: '已获许可', en: 'Licensed' },
  operating: {
    fa: 'در حال بهره‌برداری — توسعه',
    ar: 'قيد التشغيل — توسعة',
    zh: '运营中 — 扩建',
    en: 'Operating — expansion',
  },
};

/**
 * The vetting workflow: draft → submitted → published, or returned to the owner with comments
 * (and resubmitted); published → closed with a reason.
 */
export const OPPORTUNITY_STATUSES = ['draft', 'submitted', 'returned', 'published', 'closed'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** How a language version of a text came to be: the original, a person's or a machine's translation. */
export const TEXT_ORIGINS = ['source', 'human', 'machine'] as const;
export type TextOrigin = (typeof TEXT_ORIGINS)[number];
