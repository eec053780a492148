import type { Locale } from '@karvan/domain';
import type { RowName } from '@karvan/domain/finance';

/** A row of the yearly tables: a kernel row or one of the rows evaluateModel derives. */
export type ReportRowKey = RowName | 'cumulativeProjectCashFlow' | 'discountedProjectCashFlow' | 'dscr';

/** Everything the PDF report and the workbook write in words, in one language. */
export interface ReportLabels {
  version: string;
  created: string;
  currency: string;
  year: string;
  keyResults: string;
  cashFlowChart: string;
  incomeStatement: string;
  cashFlow: string;
  funding: string;
  /** Workbook sheet names (at most 31 characters, none of : \ / ? * [ ]). */
  sheets: { summary: string; years: string; inputs: string };
  inputPath: string;
  inputValue: string;
  metrics: {
    npv: string;
    discountRate: string;
    projectIrr: string;
    equityIrr: string;
    mirr: string;
    payback: string;
    discountedPayback: string;
    breakEven: string;
    breakEvenYear: string;
    dscrMin: string;
    dscrAverage: string;
  };
  /** IRR when the cash flow has no rate that zeroes NPV, or several. */
  irrNone: string;
  irrMultiple: string;
  notReached: string;
  notApplicable: string;
  years: (formatted: string) => string;
  ofCapacity: (formatted: string) => string;
  /** Unit line of the tables: amounts in `currency` times `scale` (1, 1e3, 1e6, 1e9). */
  amountsIn: (currency: string, scale: number) => string;
  page: (current: string, total: string) => string;
  rows: Readonly<Record<ReportRowKey, string>>;
}

// Karvan's own translations of standard terms (fa: the Iranian project-appraisal usage, e.g.
// «ارزش فعلی خالص»; ar: the usual Gulf/Egyptian financial wording; zh: 建设项目经济评价 usage such
// as 资本金内部收益率 and 偿债备付率). Unofficial; reviewed by: nobody yet.

const fa: ReportLabels = {
  version: 'نسخه',
  created: 'تاریخ ایجاد',
  currency: 'واحد پول',
  year: 'سال',
  keyResults: 'نتایج کلیدی',
  cashFlowChart: 'جریان نقدی پروژه در هر سال',
  incomeStatement: 'صورت سود و زیان',
  cashFlow: 'جریان نقدی',
  funding: 'تأمین مالی',
  sheets: { summary: 'خلاصه', years: 'سال‌ها', inputs: 'ورودی‌ها' },
  inputPath: 'مسیر',
  inputValue: 'مقدار',
  metrics: {
    npv: 'ارزش فعلی خالص (NPV)',
    discountRate: 'نرخ تنزیل',
    projectIrr: 'نرخ بازده داخلی پروژه',
    equityIrr: 'نرخ بازده داخلی آورده سهامداران',
    mirr: 'نرخ بازده داخلی تعدیل‌شده (MIRR)',
    payback: 'دوره بازگشت سرمایه',
    discountedPayback: 'دوره بازگشت سرمایه تنزیل‌شده',
    breakEven: 'نقطه سربه‌سر',
    breakEvenYear: 'سال نقطه سربه‌سر',
    dscrMin: 'کمینه نسبت پوشش خدمت بدهی (DSCR)',
    dscrAverage: 'میانگین نسبت پوشش خدمت بدهی (DSCR)',
  },
  irrNone: 'ندارد (جریان نقدی تغییر علامت نمی‌دهد)',
  irrMultiple: 'چند مقدار (نرخ یکتا نیست)',
  notReached: 'در دوره پروژه حاصل نمی‌شود',
  notApplicable: '—',
  years: (n) => `${n} سال`,
  ofCapacity: (n) => `${n} ظرفیت`,
  amountsIn: (currency, scale) => `مبالغ به ${scale === 1 ? '' : `${SCALE_WORDS.fa[scale]} `}${currency}`,
  page: (current, total) => `صفحه ${current} از ${total}`,
  rows: {
    revenue: 'درآمد فروش',
    variableCosts: 'هزینه‌های متغیر',
    fixedCosts: 'هزینه‌های ثابت',
    royalties: 'حقوق دولتی',
    ebitda: 'سود پیش از بهره، مالیات و استهلاک',
    depreciation: 'استهلاک',
    interestExpense: 'هزینه بهره',
    idcAmortisation: 'استهلاک بهره دوران ساخت',
    taxableIncome: 'درآمد مشمول مالیات',
    tax: 'مالیات',
    netIncome: 'سود خالص',
    capex: 'هزینه‌های سرمایه‌ای',
    workingCapital: 'سرمایه در گردش',
    workingCapitalChange: 'تغییر سرمایه در گردش',
    residualValue: 'ارزش باقی‌مانده',
    projectCashFlow: 'جریان نقدی پروژه',
    cfads: 'جریان نقدی قابل‌دسترس برای خدمت بدهی',
    loanDrawdown: 'دریافت وام',
    interestDuringConstruction: 'بهره دوران ساخت',
    interestPaid: 'بهره پرداختی',
    interestCapitalised: 'بهره سرمایه‌ای‌شده',
    principalRepaid: 'بازپرداخت اصل وام',
    debtService: 'خدمت بدهی',
    loanBalance: 'مانده وام',
    equityCashFlow: 'جریان نقدی سهامداران',
    lossCarriedForward: 'زیان منتقل‌شده به سال‌های بعد',
    cumulativeProjectCashFlow: 'جریان نقدی تجمعی پروژه',
    discountedProjectCashFlow: 'جریان نقدی تنزیل‌شده پروژه',
    dscr: 'نسبت پوشش خدمت بدهی',
  },
};

const ar: ReportLabels = {
  version: 'الإصدار',
  created: 'تاريخ الإنشاء',
  currency: 'العملة',
  year: 'السنة',
  keyResults: 'النتائج الرئيسية',
  cashFlowChart: 'التدفق النقدي للمشروع حسب السنة',
  incomeStatement: 'قائمة الدخل',
  cashFlow: 'التدفقات النقدية',
  funding: 'التمويل',
  sheets: { summary: 'الملخص', years: 'السنوات', inputs: 'المدخلات' },
  inputPath: 'المسار',
  inputValue: 'القيمة',
  metrics: {
    npv: 'صافي القيمة الحالية (NPV)',
    discountRate: 'معدل الخصم',
    projectIrr: 'معدل العائد الداخلي للمشروع',
    equityIrr: 'معدل العائد الداخلي لحقوق الملكية',
    mirr: 'معدل العائد الداخلي المعدّل (MIRR)',
    payback: 'فترة الاسترداد',
    discountedPayback: 'فترة الاسترداد المخصومة',
    breakEven: 'نقطة التعادل',
    breakEvenYear: 'سنة نقطة التعادل',
    dscrMin: 'أدنى نسبة تغطية خدمة الدين (DSCR)',
    dscrAverage: 'متوسط نسبة تغطية خدمة الدين (DSCR)',
  },
  irrNone: 'لا يوجد (لا يتغير إشارة التدفق النقدي)',
  irrMultiple: 'قيم متعددة (المعدل غير وحيد)',
  notReached: 'لا يتحقق خلال مدة المشروع',
  notApplicable: '—',
  years: (n) => `${n} سنة`,
  ofCapacity: (n) => `${n} من الطاقة`,
  amountsIn: (currency, scale) =>
    scale === 1 ? `المبالغ بـ ${currency}` : `المبالغ بال${SCALE_WORDS.ar[scale]} (${currency})`,
  page: (current, total) => `صفحة ${current} من ${total}`,
  rows: {
    revenue: 'الإيرادات',
    variableCosts: 'التكاليف المتغيرة',
    fixedCosts: 'التكاليف الثابتة',
    royalties: 'الإتاوات',
    ebitda: 'الأرباح قبل الفوائد والضرائب والإهلاك',
    depreciation: 'الإهلاك',
    interestExpense: 'مصروف الفوائد',
    idcAmortisation: 'إطفاء فوائد فترة الإنشاء',
    taxableIncome: 'الدخل الخاضع للضريبة',
    tax: 'الضريبة',
    netIncome: 'صافي الدخل',
    capex: 'النفقات الرأسمالية',
    workingCapital: 'رأس المال العامل',
    workingCapitalChange: 'التغير في رأس المال العامل',
    residualValue: 'القيمة المتبقية',
    projectCashFlow: 'التدفق النقدي للمشروع',
    cfads: 'التدفق النقدي المتاح لخدمة الدين',
    loanDrawdown: 'سحب القرض',
    interestDuringConstruction: 'فوائد فترة الإنشاء',
    interestPaid: 'الفوائد المدفوعة',
    interestCapitalised: 'الفوائد المرسملة',
    principalRepaid: 'سداد أصل القرض',
    debtService: 'خدمة الدين',
    loanBalance: 'رصيد القرض',
    equityCashFlow: 'التدفق النقدي لحقوق الملكية',
    lossCarriedForward: 'الخسائر المرحّلة',
    cumulativeProjectCashFlow: 'التدفق النقدي التراكمي للمشروع',
    discountedProjectCashFlow: 'التدفق النقدي المخصوم للمشروع',
    dscr: 'نسبة تغطية خدمة الدين',
  },
};

const zh: ReportLabels = {
  version: '版本',
  created: '创建日期',
  currency: '币种',
  year: '年份',
  keyResults: '主要结果',
  cashFlowChart: '项目各年净现金流量',
  incomeStatement: '利润表',
  cashFlow: '现金流量表',
  funding: '融资',
  sheets: { summary: '摘要', years: '逐年数据', inputs: '输入' },
  inputPath: '路径',
  inputValue: '值',
  metrics: {
    npv: '净现值 (NPV)',
    discountRate: '折现率',
    projectIrr: '项目内部收益率',
    equityIrr: '资本金内部收益率',
    mirr: '修正内部收益率 (MIRR)',
    payback: '投资回收期',
    discountedPayback: '动态投资回收期',
    breakEven: '盈亏平衡点',
    breakEvenYear: '盈亏平衡年份',
    dscrMin: '最低偿债备付率 (DSCR)',
    dscrAverage: '平均偿债备付率 (DSCR)',
  },
  irrNone: '无（现金流不变号）',
  irrMultiple: '多个（收益率不唯一）',
  notReached: '项目期内无法实现',
  notApplicable: '—',
  years: (n) => `${n} 年`,
  ofCapacity: (n) => `产能的 ${n}`,
  amountsIn: (currency, scale) => `金额单位：${scale === 1 ? '' : SCALE_WORDS.zh[scale]}${currency}`,
  page: (current, total) => `第 ${current} 页，共 ${total} 页`,
  rows: {
    revenue: '营业收入',
    variableCosts: '可变成本',
    fixedCosts: '固定成本',
    royalties: '资源税费',
    ebitda: '息税折旧摊销前利润',
    depreciation: '折旧',
    interestExpense: '利息支出',
    idcAmortisation: '建设期利息摊销',
    taxableIncome: '应纳税所得额',
    tax: '所得税',
    netIncome: '净利润',
    capex: '资本支出',
    workingCapital: '营运资金',
    workingCapitalChange: '营运资金变动',
    residualValue: '回收残值',
    projectCashFlow: '项目净现金流量',
    cfads: '可用于偿债的现金流量',
    loanDrawdown: '借款提取',
    interestDuringConstruction: '建设期利息',
    interestPaid: '支付利息',
    interestCapitalised: '资本化利息',
    principalRepaid: '偿还本金',
    debtService: '还本付息',
    loanBalance: '借款余额',
    equityCashFlow: '资本金净现金流量',
    lossCarriedForward: '结转亏损',
    cumulativeProjectCashFlow: '累计净现金流量',
    discountedProjectCashFlow: '折现净现金流量',
    dscr: '偿债备付率',
  },
};

const en: ReportLabels = {
  version: 'Version',
  created: 'Created',
  currency: 'Currency',
  year: 'Year',
  keyResults: 'Key results',
  cashFlowChart: 'Project cash flow by year',
  incomeStatement: 'Income statement',
  cashFlow: 'Cash flow',
  funding: 'Funding',
  sheets: { summary: 'Summary', years: 'Years', inputs: 'Inputs' },
  inputPath: 'Path',
  inputValue: 'Value',
  metrics: {
    npv: 'Net present value (NPV)',
    discountRate: 'Discount rate',
    projectIrr: 'Project IRR',
    equityIrr: 'Equity IRR',
    mirr: 'Modified IRR (MIRR)',
    payback: 'Payback period',
    discountedPayback: 'Discounted payback period',
    breakEven: 'Break-even point',
    breakEvenYear: 'Break-even year',
    dscrMin: 'Minimum DSCR',
    dscrAverage: 'Average DSCR',
  },
  irrNone: 'None (the cash flow never changes sign)',
  irrMultiple: 'Several (no unique rate)',
  notReached: 'Not reached within the project',
  notApplicable: '—',
  years: (n) => `${n} years`,
  ofCapacity: (n) => `${n} of capacity`,
  amountsIn: (currency, scale) => `Amounts in ${scale === 1 ? '' : `${SCALE_WORDS.en[scale]} `}${currency}`,
  page: (current, total) => `Page ${current} of ${total}`,
  rows: {
    revenue: 'Revenue',
    variableCosts: 'Variable costs',
    fixedCosts: 'Fixed costs',
    royalties: 'Royalties',
    ebitda: 'EBITDA',
    depreciation: 'Depreciation',
    interestExpense: 'Interest expense',
    idcAmortisation: 'Amortisation of interest during construction',
    taxableIncome: 'Taxable income',
    tax: 'Income tax',
    netIncome: 'Net income',
    capex: 'Capital expenditure',
    workingCapital: 'Working capital',
    workingCapitalChange: 'Change in working capital',
    residualValue: 'Residual value',
    projectCashFlow: 'Project cash flow',
    cfads: 'Cash flow available for debt service',
    loanDrawdown: 'Loan drawdown',
    interestDuringConstruction: 'Interest during construction',
    interestPaid: 'Interest paid',
    interestCapitalised: 'Interest capitalised',
    principalRepaid: 'Principal repaid',
    debtService: 'Debt service',
    loanBalance: 'Loan balance',
    equityCashFlow: 'Equity cash flow',
    lossCarriedForward: 'Tax loss carried forward',
    cumulativeProjectCashFlow: 'Cumulative project cash flow',
    discountedProjectCashFlow: 'Discounted project cash flow',
    dscr: 'DSCR',
  },
};

/** Names of the powers of a thousand the tables scale amounts by. */
const SCALE_WORDS: Readonly<Record<Locale, Readonly<Record<number, string>>>> = {
  fa: { 1e3: 'هزار', 1e6: 'میلیون', 1e9: 'میلیارد' },
  ar: { 1e3: 'آلاف', 1e6: 'ملايين', 1e9: 'مليارات' },
  zh: { 1e3: '千', 1e6: '百万', 1e9: '十亿' },
  en: { 1e3: 'thousands of', 1e6: 'millions of', 1e9: 'billions of' },
};

const LABELS: Readonly<Record<Locale, ReportLabels>> = { fa, ar, zh, en };

/** The report and workbook labels in `locale`. */
export function reportLabelsFor(locale: Locale): ReportLabels {
  return LABELS[locale];
}
