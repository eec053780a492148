import { formatNumber, type Locale } from '@karvan/domain';
import type { ModelIssue, ModelIssueCode } from '@karvan/domain/finance';
import { type FieldError, interpolate } from '../../platform/errors.ts';

type Messages = Record<Locale, string>;

/**
 * What is wrong, per `ModelIssueCode` of `validateModel` (plus a few variants chosen from the
 * issue's params: exclusive limits, lists, text). `{limit}` is the formatted minimum or maximum.
 */
const PROBLEMS = {
  required: { en: 'required.', fa: 'الزامی است.', ar: 'مطلوب.', zh: '必填。' },
  not_a_number: {
    en: 'must be a number.',
    fa: 'باید عدد باشد.',
    ar: 'يجب أن يكون رقمًا.',
    zh: '必须是数字。',
  },
  wrong_type: {
    en: 'has the wrong kind of value (expected {expected}).',
    fa: 'نوع مقدار نادرست است (انتظار: {expected}).',
    ar: 'نوع القيمة غير صحيح (المتوقع: {expected}).',
    zh: '值的类型不正确（应为{expected}）。',
  },
  too_small: {
    en: 'must be at least {limit}.',
    fa: 'باید دست‌کم {limit} باشد.',
    ar: 'يجب ألا يقل عن {limit}.',
    zh: '不能小于 {limit}。',
  },
  too_small_exclusive: {
    en: 'must be greater than {limit}.',
    fa: 'باید بزرگ‌تر از {limit} باشد.',
    ar: 'يجب أن يكون أكبر من {limit}.',
    zh: '必须大于 {limit}。',
  },
  empty_list: {
    en: 'must have at least one entry.',
    fa: 'نباید خالی باشد.',
    ar: 'يجب ألا تكون فارغة.',
    zh: '不能为空。',
  },
  too_few_entries: {
    en: 'needs at least {limit} entries.',
    fa: 'دست‌کم {limit} مورد لازم است.',
    ar: 'يحتاج إلى {limit} عنصر على الأقل.',
    zh: '至少需要 {limit} 项。',
  },
  too_big: {
    en: 'must be at most {limit}.',
    fa: 'باید حداکثر {limit} باشد.',
    ar: 'يجب ألا يزيد عن {limit}.',
    zh: '不能大于 {limit}。',
  },
  too_big_exclusive: {
    en: 'must be less than {limit}.',
    fa: 'باید کمتر از {limit} باشد.',
    ar: 'يجب أن يكون أقل من {limit}.',
    zh: '必须小于 {limit}。',
  },
  too_many_entries: {
    en: 'may have at most {limit} entries.',
    fa: 'حداکثر {limit} مورد مجاز است.',
    ar: 'يُسمح بـ {limit} عنصر على الأكثر.',
    zh: '最多 {limit} 项。',
  },
  text_too_long: {
    en: 'may be at most {limit} characters long.',
    fa: 'حداکثر {limit} نویسه مجاز است.',
    ar: 'يُسمح بـ {limit} حرف على الأكثر.',
    zh: '最多 {limit} 个字符。',
  },
  not_an_integer: {
    en: 'must be a whole number.',
    fa: 'باید عدد صحیح باشد.',
    ar: 'يجب أن يكون عددًا صحيحًا.',
    zh: '必须是整数。',
  },
  invalid_option: {
    en: 'is not one of the allowed choices.',
    fa: 'جزو گزینه‌های مجاز نیست.',
    ar: 'ليس من الخيارات المسموح بها.',
    zh: '不是允许的选项。',
  },
  invalid_format: {
    en: 'has an invalid format.',
    fa: 'قالب آن نامعتبر است.',
    ar: 'التنسيق غير صالح.',
    zh: '格式无效。',
  },
  currency_format: {
    en: 'must be a three-letter currency code such as USD or IRR.',
    fa: 'باید کد سه‌حرفی ارز باشد، مانند USD یا IRR.',
    ar: 'يجب أن يكون رمز عملة من ثلاثة أحرف مثل USD أو IRR.',
    zh: '必须是三个字母的货币代码，例如 USD 或 IRR。',
  },
  unknown_currency: {
    en: 'the model has no exchange rate for this currency; add one under exchange rates.',
    fa: 'مدل نرخ تبدیلی برای این ارز ندارد؛ آن را در نرخ‌های تبدیل اضافه کنید.',
    ar: 'لا يوجد في النموذج سعر صرف لهذه العملة؛ أضِفه ضمن أسعار الصرف.',
    zh: '模型中没有该货币的汇率，请在汇率中添加。',
  },
  unknown_product: {
    en: 'there is no product or commodity of this name in the model.',
    fa: 'محصول یا ماده‌ای با این نام در مدل نیست.',
    ar: 'لا يوجد في النموذج منتج أو مادة بهذا الاسم.',
    zh: '模型中没有该名称的产品或矿产品。',
  },
  duplicate_name: {
    en: 'another product or commodity already has this name.',
    fa: 'محصول یا مادهٔ دیگری همین نام را دارد.',
    ar: 'يحمل منتج أو مادة أخرى هذا الاسم بالفعل.',
    zh: '已有其他产品或矿产品使用此名称。',
  },
  schedule_not_summing_to_one: {
    en: 'the yearly shares must add up to 100 %.',
    fa: 'مجموع سهم سال‌ها باید ۱۰۰٪ باشد.',
    ar: 'يجب أن يكون مجموع الحصص السنوية 100٪.',
    zh: '各年份额之和必须为 100%。',
  },
  schedule_beyond_project: {
    en: 'the spending runs past the last year of the project.',
    fa: 'هزینه‌کرد از آخرین سال طرح فراتر می‌رود.',
    ar: 'يمتد الإنفاق إلى ما بعد السنة الأخيرة من المشروع.',
    zh: '支出超出了项目的最后一年。',
  },
  loan_tenor_exceeds_project: {
    en: "the loan runs longer than the project's operating years.",
    fa: 'مدت وام از سال‌های بهره‌برداری طرح بیشتر است.',
    ar: 'مدة القرض أطول من سنوات تشغيل المشروع.',
    zh: '贷款期限长于项目的运营期。',
  },
  grace_not_shorter_than_tenor: {
    en: "the grace period must be shorter than the loan's tenor.",
    fa: 'دوران تنفس باید از مدت وام کوتاه‌تر باشد.',
    ar: 'يجب أن تكون فترة السماح أقصر من مدة القرض.',
    zh: '宽限期必须短于贷款期限。',
  },
  missing_products: {
    en: 'the model sells nothing: add a product, or a mine with its commodities.',
    fa: 'مدل هیچ فروشی ندارد: یک محصول یا معدنی با مواد معدنی‌اش اضافه کنید.',
    ar: 'النموذج لا يبيع شيئًا: أضِف منتجًا أو منجمًا مع مواده.',
    zh: '模型没有任何销售：请添加产品，或添加矿山及其矿产品。',
  },
  missing_price: {
    en: 'give a price.',
    fa: 'قیمت را وارد کنید.',
    ar: 'أدخِل السعر.',
    zh: '请填写价格。',
  },
  invalid: { en: 'is not valid.', fa: 'معتبر نیست.', ar: 'غير صالح.', zh: '无效。' },
} as const satisfies Record<ModelIssueCode, Messages> & Record<string, Messages>;

type Problem = keyof typeof PROBLEMS;

/** What `{expected}` names in `wrong_type`. */
const EXPECTED: Record<string, Messages> = {
  string: { en: 'text', fa: 'متن', ar: 'نص', zh: '文本' },
  number: { en: 'a number', fa: 'عدد', ar: 'رقم', zh: '数字' },
  boolean: { en: 'yes or no', fa: 'بله یا خیر', ar: 'نعم أو لا', zh: '是或否' },
  array: { en: 'a list', fa: 'فهرست', ar: 'قائمة', zh: '列表' },
  object: { en: 'a group of fields', fa: 'گروهی از فیلدها', ar: 'مجموعة حقول', zh: '一组字段' },
};

/** Items of a list in the document, named with their position (`{n}` counts from 1). */
const ITEM_LABELS: Record<string, Messages> = {
  capex: {
    en: 'Capital cost item {n}',
    fa: 'قلم هزینهٔ سرمایه‌ای {n}',
    ar: 'بند التكاليف الرأسمالية {n}',
    zh: '资本支出项 {n}',
  },
  loans: { en: 'Loan {n}', fa: 'وام {n}', ar: 'القرض {n}', zh: '贷款 {n}' },
  products: { en: 'Product {n}', fa: 'محصول {n}', ar: 'المنتج {n}', zh: '产品 {n}' },
  fixedCosts: { en: 'Fixed cost {n}', fa: 'هزینهٔ ثابت {n}', ar: 'التكلفة الثابتة {n}', zh: '固定成本 {n}' },
  variableCosts: {
    en: 'Variable cost {n}',
    fa: 'هزینهٔ متغیر {n}',
    ar: 'التكلفة المتغيرة {n}',
    zh: '可变成本 {n}',
  },
  royalties: { en: 'Royalty {n}', fa: 'حق امتیاز {n}', ar: 'الإتاوة {n}', zh: '特许权使用费 {n}' },
  currencies: { en: 'Exchange rate {n}', fa: 'نرخ تبدیل {n}', ar: 'سعر الصرف {n}', zh: '汇率 {n}' },
  commodities: { en: 'Commodity {n}', fa: 'مادهٔ معدنی {n}', ar: 'المادة المعدنية {n}', zh: '矿产品 {n}' },
};

/** Entries of a yearly list (schedule, ramp-up, prices) are years; other lists count entries. */
const YEARLY_LISTS = new Set(['schedule', 'rampUp', 'prices']);
const YEAR: Messages = { en: 'year {n}', fa: 'سال {n}', ar: 'السنة {n}', zh: '第 {n} 年' };
const ENTRY: Messages = { en: 'entry {n}', fa: 'مورد {n}', ar: 'العنصر {n}', zh: '第 {n} 项' };

/** Sections and fields, in human terms. A key not listed is shown as written. */
export const MODEL_FIELD_LABELS: Record<string, Messages> = {
  name: { en: 'name', fa: 'نام', ar: 'الاسم', zh: '名称' },
  currency: { en: 'currency', fa: 'ارز', ar: 'العملة', zh: '币种' },
  currencies: { en: 'Exchange rates', fa: 'نرخ‌های تبدیل', ar: 'أسعار الصرف', zh: '汇率' },
  code: { en: 'currency code', fa: 'کد ارز', ar: 'رمز العملة', zh: '货币代码' },
  startYear: { en: 'start year', fa: 'سال شروع', ar: 'سنة البدء', zh: '起始年份' },
  constructionYears: { en: 'construction years', fa: 'سال‌های ساخت', ar: 'سنوات الإنشاء', zh: '建设期（年）' },
  operatingYears: {
    en: 'operating years',
    fa: 'سال‌های بهره‌برداری',
    ar: 'سنوات التشغيل',
    zh: '运营期（年）',
  },
  inflation: { en: 'inflation', fa: 'تورم', ar: 'التضخم', zh: '通货膨胀率' },
  discountRate: { en: 'discount rate', fa: 'نرخ تنزیل', ar: 'معدل الخصم', zh: '折现率' },
  capex: { en: 'Capital costs', fa: 'هزینه‌های سرمایه‌ای', ar: 'التكاليف الرأسمالية', zh: '资本支出' },
  category: { en: 'category', fa: 'دسته', ar: 'الفئة', zh: '类别' },
  amount: { en: 'amount', fa: 'مبلغ', ar: 'المبلغ', zh: '金额' },
  schedule: { en: 'spending schedule', fa: 'برنامهٔ هزینه‌کرد', ar: 'جدول الإنفاق', zh: '支出计划' },
  usefulLife: {
    en: 'useful life (years)',
    fa: 'عمر مفید (سال)',
    ar: 'العمر الإنتاجي (سنوات)',
    zh: '使用年限（年）',
  },
  depreciation: { en: 'depreciation method', fa: 'روش استهلاک', ar: 'طريقة الإهلاك', zh: '折旧方法' },
  decliningRate: {
    en: 'declining-balance rate',
    fa: 'نرخ استهلاک نزولی',
    ar: 'معدل الرصيد المتناقص',
    zh: '余额递减率',
  },
  residualShare: { en: 'residual value', fa: 'ارزش اسقاط', ar: 'القيمة المتبقية', zh: '残值率' },
  replaceAtEndOfLife: { en: 'replacement', fa: 'جایگزینی', ar: 'الاستبدال', zh: '到期更换' },
  escalation: { en: 'escalation', fa: 'نرخ افزایش قیمت', ar: 'معدل التصاعد', zh: '价格上涨率' },
  financing: { en: 'Financing', fa: 'تأمین مالی', ar: 'التمويل', zh: '融资' },
  equityShare: { en: 'equity share', fa: 'سهم آورده', ar: 'حصة رأس المال', zh: '股本比例' },
  loans: { en: 'Loans', fa: 'وام‌ها', ar: 'القروض', zh: '贷款' },
  rate: { en: 'rate', fa: 'نرخ', ar: 'المعدل', zh: '比率' },
  tenorYears: {
    en: 'tenor (years)',
    fa: 'مدت وام (سال)',
    ar: 'مدة القرض (سنوات)',
    zh: '贷款期限（年）',
  },
  graceYears: {
    en: 'grace period (years)',
    fa: 'دوران تنفس (سال)',
    ar: 'فترة السماح (سنوات)',
    zh: '宽限期（年）',
  },
  interestDuringConstruction: {
    en: 'interest during construction',
    fa: 'سود دوران ساخت',
    ar: 'الفائدة أثناء الإنشاء',
    zh: '建设期利息',
  },
  repayment: { en: 'repayment method', fa: 'روش بازپرداخت', ar: 'طريقة السداد', zh: '还款方式' },
  products: { en: 'Products', fa: 'محصولات', ar: 'المنتجات', zh: '产品' },
  unit: { en: 'unit', fa: 'واحد', ar: 'الوحدة', zh: '单位' },
  capacity: { en: 'capacity', fa: 'ظرفیت', ar: 'الطاقة الإنتاجية', zh: '产能' },
  rampUp: { en: 'ramp-up', fa: 'برنامهٔ افزایش تولید', ar: 'تدرّج الإنتاج', zh: '产能爬坡' },
  price: { en: 'price', fa: 'قیمت', ar: 'السعر', zh: '价格' },
  prices: { en: 'prices', fa: 'قیمت‌ها', ar: 'الأسعار', zh: '价格' },
  fixedCosts: { en: 'Fixed costs', fa: 'هزینه‌های ثابت', ar: 'التكاليف الثابتة', zh: '固定成本' },
  variableCosts: { en: 'Variable costs', fa: 'هزینه‌های متغیر', ar: 'التكاليف المتغيرة', zh: '可变成本' },
  perUnit: { en: 'amount per unit', fa: 'مبلغ هر واحد', ar: 'المبلغ لكل وحدة', zh: '单位金额' },
  product: { en: 'product', fa: 'محصول', ar: 'المنتج', zh: '产品' },
  royalties: { en: 'Royalties', fa: 'حق امتیازها', ar: 'الإتاوات', zh: '特许权使用费' },
  basis: { en: 'basis', fa: 'مبنا', ar: 'الأساس', zh: '计算基础' },
  tax: { en: 'Tax', fa: 'مالیات', ar: 'الضريبة', zh: '税收' },
  holidayYears: {
    en: 'tax holiday (years)',
    fa: 'معافیت مالیاتی (سال)',
    ar: 'الإعفاء الضريبي (سنوات)',
    zh: '免税期（年）',
  },
  lossCarryForwardYears: {
    en: 'loss carry-forward (years)',
    fa: 'انتقال زیان (سال)',
    ar: 'ترحيل الخسائر (سنوات)',
    zh: '亏损结转年限',
  },
  workingCapital: { en: 'Working capital', fa: 'سرمایهٔ در گردش', ar: 'رأس المال العامل', zh: '营运资金' },
  receivableDays: {
    en: 'receivable days',
    fa: 'دورهٔ وصول مطالبات (روز)',
    ar: 'أيام الذمم المدينة',
    zh: '应收账款天数',
  },
  inventoryDays: { en: 'inventory days', fa: 'دورهٔ موجودی (روز)', ar: 'أيام المخزون', zh: '存货天数' },
  payableDays: {
    en: 'payable days',
    fa: 'دورهٔ پرداخت بدهی‌ها (روز)',
    ar: 'أيام الذمم الدائنة',
    zh: '应付账款天数',
  },
  mining: { en: 'Mine', fa: 'معدن', ar: 'المنجم', zh: '矿山' },
  oreReserve: { en: 'ore reserve', fa: 'ذخیرهٔ کانسنگ', ar: 'احتياطي الخام', zh: '矿石储量' },
  miningRate: { en: 'mining rate', fa: 'نرخ استخراج', ar: 'معدل التعدين', zh: '采矿速率' },
  stripRatio: { en: 'strip ratio', fa: 'نسبت باطله‌برداری', ar: 'نسبة التجريد', zh: '剥采比' },
  miningCostPerTonne: {
    en: 'mining cost per tonne',
    fa: 'هزینهٔ استخراج هر تن',
    ar: 'تكلفة التعدين للطن',
    zh: '每吨采矿成本',
  },
  processingCostPerTonne: {
    en: 'processing cost per tonne',
    fa: 'هزینهٔ فرآوری هر تن',
    ar: 'تكلفة المعالجة للطن',
    zh: '每吨选矿成本',
  },
  costEscalation: { en: 'cost escalation', fa: 'نرخ افزایش هزینه', ar: 'تصاعد التكاليف', zh: '成本上涨率' },
  concentrate: { en: 'concentrate', fa: 'کنسانتره', ar: 'المركَّز', zh: '精矿' },
  treatmentChargePerTonne: {
    en: 'treatment charge per tonne',
    fa: 'هزینهٔ عملیات ذوب هر تن',
    ar: 'رسوم المعالجة للطن',
    zh: '每吨加工费',
  },
  freightPerTonne: { en: 'freight per tonne', fa: 'کرایهٔ حمل هر تن', ar: 'الشحن للطن', zh: '每吨运费' },
  commodities: { en: 'commodities', fa: 'مواد معدنی', ar: 'المواد المعدنية', zh: '矿产品' },
  grade: { en: 'grade', fa: 'عیار', ar: 'التركيز', zh: '品位' },
  gradeUnit: { en: 'grade unit', fa: 'واحد عیار', ar: 'وحدة التركيز', zh: '品位单位' },
  recovery: { en: 'recovery', fa: 'بازیابی', ar: 'الاسترداد', zh: '回收率' },
  payableShare: { en: 'payable share', fa: 'سهم قابل پرداخت', ar: 'الحصة المدفوعة', zh: '计价比例' },
  saleUnit: { en: 'sale unit', fa: 'واحد فروش', ar: 'وحدة البيع', zh: '销售单位' },
  refiningChargePerUnit: { en: 'refining charge', fa: 'هزینهٔ تصفیه', ar: 'رسوم التكرير', zh: '精炼费' },
  analysis: { en: 'Analysis options', fa: 'تنظیمات تحلیل', ar: 'خيارات التحليل', zh: '分析选项' },
  npvCurveRates: {
    en: 'NPV curve rates',
    fa: 'نرخ‌های منحنی ارزش فعلی',
    ar: 'معدلات منحنى صافي القيمة الحالية',
    zh: '净现值曲线折现率',
  },
  mirrFinanceRate: {
    en: 'MIRR finance rate',
    fa: 'نرخ تأمین مالی MIRR',
    ar: 'معدل تمويل MIRR',
    zh: 'MIRR 融资利率',
  },
  mirrReinvestRate: {
    en: 'MIRR reinvestment rate',
    fa: 'نرخ سرمایه‌گذاری مجدد MIRR',
    ar: 'معدل إعادة استثمار MIRR',
    zh: 'MIRR 再投资利率',
  },
};

/** Fields holding fractions (0.12 = 12 %): their limits are shown as percentages. */
const PERCENT_FIELDS = new Set([
  'inflation',
  'discountRate',
  'rate',
  'escalation',
  'costEscalation',
  'equityShare',
  'residualShare',
  'decliningRate',
  'recovery',
  'payableShare',
  'schedule',
  'rampUp',
  'npvCurveRates',
  'mirrFinanceRate',
  'mirrReinvestRate',
]);

const SEPARATOR = ' › ';
const COLON: Messages = { en: ': ', fa: ': ', ar: ': ', zh: '：' };

const capitalise = (text: string, locale: Locale) =>
  locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;

/** "financing.loans.0.tenorYears" → "Loan 1 › tenor (years)", in the reader's language. */
export function describeModelField(segments: ReadonlyArray<string | number>, locale: Locale): string {
  const parts: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string | number;
    const next = segments[i + 1];
    if (typeof segment === 'number') {
      const previous = segments[i - 1];
      const label = typeof previous === 'string' && YEARLY_LISTS.has(previous) ? YEAR : ENTRY;
      parts.push(interpolate(label[locale], { n: formatNumber(segment + 1, locale) }));
      continue;
    }
    // "Financing › Loan 1" says no more than "Loan 1".
    if (segment === 'financing' && next === 'loans' && typeof segments[i + 2] === 'number') continue;
    const item = ITEM_LABELS[segment];
    if (item && typeof next === 'number') {
      parts.push(interpolate(item[locale], { n: formatNumber(next + 1, locale) }));
      i++;
      continue;
    }
    parts.push(MODEL_FIELD_LABELS[segment]?.[locale] ?? segment);
  }
  return capitalise(parts.join(SEPARATOR), locale);
}

function valueAt(input: unknown, segments: ReadonlyArray<string | number>): unknown {
  let value = input;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function formatLimit(limit: unknown, segments: ReadonlyArray<string | number>, locale: Locale): string {
  if (typeof limit !== 'number' && typeof limit !== 'bigint') return String(limit ?? '');
  const field = [...segments].reverse().find((s): s is string => typeof s === 'string') ?? '';
  const isPercent = PERCENT_FIELDS.has(field) && !(field === 'rate' && segments[0] === 'currencies');
  return isPercent
    ? formatNumber(Number(limit), locale, { style: 'percent', maximumFractionDigits: 2 })
    : formatNumber(limit, locale, { maximumFractionDigits: 6 });
}

/** Chooses the wording of a range issue from what the value is (list, text or number) and the limit's kind. */
function rangeProblem(issue: ModelIssue, value: unknown): Problem {
  const isInclusive = issue.params?.['inclusive'] !== false;
  if (issue.code === 'too_small') {
    if (Array.isArray(value)) return issue.params?.['minimum'] === 1 ? 'empty_list' : 'too_few_entries';
    if (typeof value === 'string') return 'required';
    return isInclusive ? 'too_small' : 'too_small_exclusive';
  }
  if (Array.isArray(value)) return 'too_many_entries';
  if (typeof value === 'string') return 'text_too_long';
  return isInclusive ? 'too_big' : 'too_big_exclusive';
}

function problemOf(issue: ModelIssue, input: unknown): Problem {
  const value = valueAt(input, issue.segments);
  const field = issue.segments.at(-1);
  const isPrice = field === 'price' || field === 'prices';
  if (isPrice && (issue.code === 'required' || (issue.code === 'too_small' && Array.isArray(value))))
    return 'missing_price';
  if (issue.code === 'too_small' || issue.code === 'too_big') return rangeProblem(issue, value);
  if (issue.code === 'invalid_format' && (field === 'currency' || field === 'code')) return 'currency_format';
  return issue.code;
}

/**
 * One localised field error per model issue: the field named in human terms, then the problem
 * ("Loan 1 › tenor (years): the loan runs longer than the project's operating years."). `input`
 * is the document as sent, to tell lists and text from numbers in range errors. The code stays
 * the domain's `ModelIssueCode`, so clients can key on it.
 */
export function localiseModelIssues(
  issues: readonly ModelIssue[],
  locale: Locale,
  input: unknown,
): FieldError[] {
  return issues.map((issue) => {
    const problem = problemOf(issue, input);
    const expected = String(issue.params?.['expected'] ?? '');
    const text = interpolate(PROBLEMS[problem][locale], {
      limit: formatLimit(issue.params?.['minimum'] ?? issue.params?.['maximum'], issue.segments, locale),
      expected: EXPECTED[expected]?.[locale] ?? expected,
    });
    const field = issue.segments.length ? describeModelField(issue.segments, locale) : '';
    return {
      path: issue.path,
      code: issue.code,
      message: field ? `${field}${COLON[locale]}${text}` : capitalise(text, locale),
    };
  });
}
