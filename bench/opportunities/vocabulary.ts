// Word lists the generated opportunities and organisations are built from: real sectors,
// minerals and places of an Iranian investment bank, in Persian, English, Chinese and Arabic.
import type { OpportunityKind } from '@karvan/domain/opportunity';

/** One term in the four languages. */
export interface Term {
  fa: string;
  en: string;
  zh: string;
  ar: string;
}

const t = (fa: string, en: string, zh: string, ar: string): Term => ({ fa, en, zh, ar });

/** Cities, each in its province (ISO 3166-2 code of data/iran_provinces.csv). */
export const CITIES: ReadonlyArray<Term & { province: string }> = [
  { province: 'IR-08', ...t('سیرجان', 'Sirjan', '锡尔詹', 'سيرجان') },
  { province: 'IR-08', ...t('رفسنجان', 'Rafsanjan', '拉夫桑詹', 'رفسنجان') },
  { province: 'IR-08', ...t('کرمان', 'Kerman', '克尔曼', 'كرمان') },
  { province: 'IR-08', ...t('شهربابک', 'Shahr-e Babak', '沙赫尔巴巴克', 'شهر بابك') },
  { province: 'IR-10', ...t('اصفهان', 'Isfahan', '伊斯法罕', 'أصفهان') },
  { province: 'IR-10', ...t('کاشان', 'Kashan', '卡尚', 'كاشان') },
  { province: 'IR-10', ...t('مبارکه', 'Mobarakeh', '穆巴拉克', 'مباركه') },
  { province: 'IR-21', ...t('یزد', 'Yazd', '亚兹德', 'يزد') },
  { province: 'IR-21', ...t('اردکان', 'Ardakan', '阿尔达坎', 'أردكان') },
  { province: 'IR-21', ...t('بافق', 'Bafq', '巴夫格', 'بافق') },
  { province: 'IR-23', ...t('تهران', 'Tehran', '德黑兰', 'طهران') },
  { province: 'IR-09', ...t('مشهد', 'Mashhad', '马什哈德', 'مشهد') },
  { province: 'IR-09', ...t('سنگان', 'Sangan', '桑甘', 'سنكان') },
  { province: 'IR-03', ...t('تبریز', 'Tabriz', '大不里士', 'تبريز') },
  { province: 'IR-03', ...t('سونگون', 'Sungun', '松贡', 'سونغون') },
  { province: 'IR-07', ...t('شیراز', 'Shiraz', '设拉子', 'شيراز') },
  { province: 'IR-22', ...t('بندرعباس', 'Bandar Abbas', '阿巴斯港', 'بندر عباس') },
  { province: 'IR-22', ...t('قشم', 'Qeshm', '格什姆', 'قشم') },
  { province: 'IR-06', ...t('اهواز', 'Ahvaz', '阿瓦士', 'الأهواز') },
  { province: 'IR-11', ...t('چابهار', 'Chabahar', '恰巴哈尔', 'تشابهار') },
  { province: 'IR-11', ...t('زاهدان', 'Zahedan', '扎黑丹', 'زاهدان') },
  { province: 'IR-19', ...t('زنجان', 'Zanjan', '赞詹', 'زنجان') },
  { province: 'IR-20', ...t('سمنان', 'Semnan', '塞姆南', 'سمنان') },
  { province: 'IR-29', ...t('بیرجند', 'Birjand', '比尔詹德', 'بيرجند') },
  { province: 'IR-00', ...t('اراک', 'Arak', '阿拉克', 'أراك') },
  { province: 'IR-18', ...t('عسلویه', 'Asaluyeh', '阿萨卢耶', 'عسلوية') },
  { province: 'IR-18', ...t('بوشهر', 'Bushehr', '布什尔', 'بوشهر') },
  { province: 'IR-13', ...t('همدان', 'Hamedan', '哈马丹', 'همدان') },
  { province: 'IR-04', ...t('ارومیه', 'Urmia', '乌尔米耶', 'أرومية') },
  { province: 'IR-26', ...t('قزوین', 'Qazvin', '加兹温', 'قزوين') },
];

/** Provinces with more projects (mining belt, industrial centres, ports) and their weights. */
export const PROVINCE_WEIGHTS: Readonly<Record<string, number>> = {
  'IR-08': 6,
  'IR-21': 4,
  'IR-10': 4,
  'IR-09': 4,
  'IR-23': 4,
  'IR-06': 3,
  'IR-22': 3,
  'IR-03': 3,
  'IR-11': 3,
  'IR-20': 2,
  'IR-29': 2,
  'IR-07': 2,
  'IR-19': 2,
  'IR-18': 2,
};

/** Mineral keys of data/minerals.csv with short names for titles, the mining ISIC class and a weight. */
export const MINERALS: ReadonlyArray<{ key: string; name: Term; isic: string; weight: number }> = [
  { key: 'copper', name: t('مس', 'copper', '铜', 'النحاس'), isic: '0729', weight: 14 },
  { key: 'iron_ore', name: t('سنگ آهن', 'iron ore', '铁', 'خام الحديد'), isic: '0710', weight: 14 },
  { key: 'zinc', name: t('روی', 'zinc', '锌', 'الزنك'), isic: '0729', weight: 7 },
  { key: 'lead', name: t('سرب', 'lead', '铅', 'الرصاص'), isic: '0729', weight: 5 },
  { key: 'gold', name: t('طلا', 'gold', '金', 'الذهب'), isic: '0729', weight: 8 },
  { key: 'silver', name: t('نقره', 'silver', '银', 'الفضة'), isic: '0729', weight: 2 },
  { key: 'chromite', name: t('کرومیت', 'chromite', '铬铁', 'الكروميت'), isic: '0729', weight: 4 },
  { key: 'manganese', name: t('منگنز', 'manganese', '锰', 'المنغنيز'), isic: '0729', weight: 3 },
  { key: 'molybdenum', name: t('مولیبدن', 'molybdenum', '钼', 'الموليبدينوم'), isic: '0729', weight: 2 },
  { key: 'coal', name: t('زغال‌سنگ', 'coal', '煤', 'الفحم'), isic: '0510', weight: 5 },
  { key: 'gypsum', name: t('سنگ گچ', 'gypsum', '石膏', 'الجبس'), isic: '0810', weight: 5 },
  { key: 'salt', name: t('نمک', 'salt', '盐', 'الملح'), isic: '0893', weight: 3 },
  { key: 'potash', name: t('پتاس', 'potash', '钾盐', 'البوتاس'), isic: '0891', weight: 2 },
  { key: 'barite', name: t('باریت', 'barite', '重晶石', 'الباريت'), isic: '0891', weight: 2 },
  { key: 'kaolin', name: t('کائولن', 'kaolin', '高岭土', 'الكاولين'), isic: '0810', weight: 3 },
  { key: 'feldspar', name: t('فلدسپات', 'feldspar', '长石', 'الفلسبار'), isic: '0810', weight: 2 },
  { key: 'bentonite', name: t('بنتونیت', 'bentonite', '膨润土', 'البنتونيت'), isic: '0810', weight: 2 },
  { key: 'phosphate_rock', name: t('فسفات', 'phosphate', '磷', 'الفوسفات'), isic: '0891', weight: 2 },
  { key: 'magnesium', name: t('منیزیت', 'magnesite', '菱镁', 'المغنزيت'), isic: '0899', weight: 2 },
  { key: 'lithium', name: t('لیتیم', 'lithium', '锂', 'الليثيوم'), isic: '0729', weight: 1 },
  {
    key: 'rare_earths',
    name: t('عناصر نادر خاکی', 'rare earths', '稀土', 'العناصر الأرضية النادرة'),
    isic: '0729',
    weight: 1,
  },
  { key: 'strontium', name: t('سلستین', 'celestite', '天青石', 'السيليستين'), isic: '0899', weight: 1 },
  { key: 'sulfur', name: t('گوگرد', 'sulphur', '硫磺', 'الكبريت'), isic: '0891', weight: 1 },
  { key: 'titanium', name: t('تیتانیوم', 'titanium', '钛', 'التيتانيوم'), isic: '0729', weight: 1 },
  { key: 'nickel', name: t('نیکل', 'nickel', '镍', 'النيكل'), isic: '0729', weight: 1 },
  { key: 'bauxite_aluminium', name: t('بوکسیت', 'bauxite', '铝土', 'البوكسيت'), isic: '0729', weight: 1 },
  { key: 'fluorspar', name: t('فلورین', 'fluorspar', '萤石', 'الفلورسبار'), isic: '0891', weight: 1 },
];

/** ISIC class of the plant that processes each mineral (basic metals, non-metallic products). */
export const PROCESSING_ISIC: Readonly<Record<string, string[]>> = {
  copper: ['2420', '0729'],
  iron_ore: ['2410', '0710'],
  zinc: ['2420'],
  lead: ['2420'],
  gold: ['2420'],
  silver: ['2420'],
  chromite: ['2410'],
  manganese: ['2410'],
  molybdenum: ['2420'],
  coal: ['1920'],
  gypsum: ['2394'],
  salt: ['1079'],
  potash: ['2012'],
  phosphate_rock: ['2012'],
  kaolin: ['2393'],
  feldspar: ['2393'],
  bentonite: ['2399'],
  barite: ['2399'],
  magnesium: ['2399'],
};

/** A project subject (what is built or offered) with its ISIC classes and commodities. */
export interface Subject {
  name: Term;
  isic: string[];
  commodities?: string[];
}

const s = (name: Term, isic: string[], commodities?: string[]): Subject =>
  commodities ? { name, isic, commodities } : { name, isic };

export const SUBJECTS: Readonly<Record<Exclude<OpportunityKind, 'mining' | 'processing'>, Subject[]>> = {
  manufacturing: [
    s(t('سیمان', 'cement plant', '水泥厂', 'مصنع الأسمنت'), ['2394']),
    s(t('فولاد', 'steel mill', '钢铁厂', 'مصنع الصلب'), ['2410'], ['iron_ore']),
    s(t('کاشی و سرامیک', 'ceramic tile factory', '瓷砖厂', 'مصنع البلاط والسيراميك'), ['2393']),
    s(t('شیشه فلوت', 'float glass plant', '浮法玻璃厂', 'مصنع الزجاج المسطح'), ['2310']),
    s(t('لبنیات', 'dairy plant', '乳制品厂', 'مصنع الألبان'), ['1050']),
    s(t('فرآوری پسته', 'pistachio processing plant', '开心果加工厂', 'مصنع تصنيع الفستق'), ['1030']),
    s(t('ریسندگی و بافندگی', 'spinning and weaving mill', '纺织厂', 'مصنع الغزل والنسيج'), ['1311']),
    s(t('قطعات خودرو', 'auto parts factory', '汽车零部件厂', 'مصنع قطع غيار السيارات'), ['2930']),
    s(t('پتروشیمی', 'petrochemical complex', '石化综合体', 'مجمع البتروكيماويات'), ['2011']),
    s(t('کود شیمیایی', 'fertiliser plant', '化肥厂', 'مصنع الأسمدة'), ['2012']),
    s(t('داروسازی', 'pharmaceutical plant', '制药厂', 'مصنع الأدوية'), ['2100']),
    s(t('محصولات پلاستیکی', 'plastic products factory', '塑料制品厂', 'مصنع المنتجات البلاستيكية'), ['2220']),
    s(t('بسته‌بندی زعفران', 'saffron packaging plant', '藏红花包装厂', 'مصنع تعبئة الزعفران'), ['1079']),
    s(t('آرد', 'flour mill', '面粉厂', 'مطحنة الدقيق'), ['1061']),
    s(t('آجر', 'brick factory', '砖厂', 'مصنع الطوب'), ['2392']),
    s(t('الکتروموتور', 'electric motor factory', '电机厂', 'مصنع المحركات الكهربائية'), ['2710']),
    s(t('پالایشگاه نفت', 'oil refinery', '炼油厂', 'مصفاة النفط'), ['1920']),
    s(t('آب معدنی', 'mineral water bottling plant', '矿泉水厂', 'مصنع تعبئة المياه المعدنية'), ['1104']),
    s(t('کاتد مس', 'copper cathode plant', '阴极铜厂', 'مصنع كاثود النحاس'), ['2420'], ['copper']),
  ],
  energy: [
    s(t('نیروگاه خورشیدی', 'solar power plant', '太阳能电站', 'محطة طاقة شمسية'), ['3510']),
    s(t('نیروگاه بادی', 'wind farm', '风电场', 'مزرعة رياح'), ['3510']),
    s(t('نیروگاه سیکل ترکیبی', 'combined-cycle power plant', '联合循环电厂', 'محطة دورة مركبة'), ['3510']),
    s(t('نیروگاه برق‌آبی کوچک', 'small hydropower plant', '小水电站', 'محطة كهرومائية صغيرة'), ['3510']),
    s(t('نیروگاه زیست‌توده', 'biomass power plant', '生物质电厂', 'محطة الكتلة الحيوية'), ['3510']),
    s(t('شبکه توزیع گاز', 'gas distribution network', '燃气管网', 'شبكة توزيع الغاز'), ['3520']),
  ],
  infrastructure: [
    s(t('اسکله فله', 'bulk terminal', '散货码头', 'رصيف البضائع السائبة'), ['5222']),
    s(t('خط راه‌آهن', 'railway line', '铁路线', 'خط سكة حديد'), ['4210']),
    s(t('مرکز لجستیک', 'logistics hub', '物流中心', 'مركز لوجستي'), ['5210']),
    s(t('آزادراه', 'freeway', '高速公路', 'طريق سريع'), ['4210']),
    s(t('آب‌شیرین‌کن', 'desalination plant', '海水淡化厂', 'محطة تحلية المياه'), ['3600']),
    s(t('بندر خشک', 'dry port', '陆港', 'ميناء جاف'), ['5210']),
    s(t('سردخانه', 'cold storage', '冷库', 'مستودع تبريد'), ['5210']),
    s(t('خط انتقال آب', 'water transmission pipeline', '输水管道', 'خط نقل المياه'), ['4220']),
  ],
  'industrial-park': [
    s(t('شهرک صنعتی', 'industrial park', '工业园', 'المدينة الصناعية'), ['6810']),
    s(t('منطقه ویژه اقتصادی', 'special economic zone', '经济特区', 'المنطقة الاقتصادية الخاصة'), ['6810']),
    s(t('ناحیه صنعتی', 'industrial estate', '工业区', 'المنطقة الصناعية'), ['6820']),
  ],
  environment: [
    s(t('تصفیه‌خانه فاضلاب', 'wastewater treatment plant', '污水处理厂', 'محطة معالجة مياه الصرف'), ['3700']),
    s(t('بازیافت پسماند', 'waste recycling plant', '垃圾回收厂', 'مصنع إعادة تدوير النفايات'), ['3830']),
    s(t('پسماندسوز', 'waste-to-energy plant', '垃圾焚烧发电厂', 'محطة تحويل النفايات إلى طاقة'), ['3821']),
    s(
      t('بازیابی باطله معدنی', 'mine tailings recovery', '尾矿回收', 'استرداد مخلفات المناجم'),
      ['3830'],
      ['copper'],
    ),
  ],
  tourism: [
    s(t('هتل پنج ستاره', 'five-star hotel', '五星级酒店', 'فندق خمس نجوم'), ['5510']),
    s(t('اقامتگاه بوم‌گردی', 'eco-lodge', '生态旅馆', 'نزل بيئي'), ['5510']),
    s(t('مجتمع گردشگری', 'tourism resort', '旅游度假村', 'منتجع سياحي'), ['5510']),
    s(t('پیست اسکی', 'ski resort', '滑雪场', 'منتجع تزلج'), ['9329']),
    s(t('هتل', 'hotel', '酒店', 'فندق'), ['5510']),
  ],
  other: [
    s(t('گلخانه', 'greenhouse', '温室', 'بيوت زجاجية'), ['0113']),
    s(t('پرورش ماهی', 'fish farm', '养鱼场', 'مزرعة أسماك'), ['0322']),
    s(t('نخلستان خرما', 'date palm orchard', '椰枣园', 'بستان نخيل'), ['0122']),
    s(t('دامداری صنعتی', 'industrial livestock farm', '畜牧场', 'مزرعة مواشي'), ['0141']),
    s(t('پرورش میگو', 'shrimp farm', '对虾养殖场', 'مزرعة روبيان'), ['0321']),
  ],
};

/** Closing sentences of summaries. */
export const SUMMARY_ENDINGS: readonly Term[] = [
  t(
    'زمین و مجوزهای لازم اخذ شده است.',
    'Land and permits are secured.',
    '土地和许可证已落实。',
    'تم تأمين الأرض والتراخيص.',
  ),
  t(
    'به دنبال شریک خارجی برای تأمین مالی و فناوری هستیم.',
    'We seek a foreign partner for finance and technology.',
    '寻求外国合作伙伴提供资金和技术。',
    'نبحث عن شريك أجنبي للتمويل والتكنولوجيا.',
  ),
  t(
    'دسترسی به راه‌آهن و برق سراسری فراهم است.',
    'Rail access and a grid connection are available.',
    '铁路和电网接入已具备。',
    'الربط بالسكك الحديدية والشبكة الكهربائية متاح.',
  ),
  t(
    'ذخیره قطعی بر اساس گزارش اکتشاف تأیید شده است.',
    'Proven reserves are confirmed by an exploration report.',
    '探明储量已经勘探报告确认。',
    'الاحتياطي المؤكد ثابت بتقرير استكشاف.',
  ),
  t(
    'امکان صادرات محصول از طریق بندرعباس وجود دارد.',
    'Output can be exported through Bandar Abbas.',
    '产品可经阿巴斯港出口。',
    'يمكن تصدير المنتج عبر ميناء بندر عباس.',
  ),
];

// ---- Organisations ------------------------------------------------------------------------

/** Iranian brand words (fa, en transliteration, zh transcription, ar). */
export const IRANIAN_BRANDS: readonly Term[] = [
  t('زاگرس', 'Zagros', '扎格罗斯', 'زاغروس'),
  t('البرز', 'Alborz', '厄尔布尔士', 'ألبرز'),
  t('سپاهان', 'Sepahan', '塞帕汉', 'سباهان'),
  t('پارس', 'Pars', '帕尔斯', 'بارس'),
  t('آریا', 'Arya', '雅利安', 'آريا'),
  t('کویر', 'Kavir', '卡维尔', 'كوير'),
  t('دماوند', 'Damavand', '达马万德', 'دماوند'),
  t('خلیج فارس', 'Persian Gulf', '波斯湾', 'الخليج الفارسي'),
  t('نگین', 'Negin', '内金', 'نكين'),
  t('پیشگام', 'Pishgam', '先锋', 'بيشغام'),
  t('فجر', 'Fajr', '法杰尔', 'فجر'),
  t('مهر', 'Mehr', '梅赫尔', 'مهر'),
  t('کیان', 'Kian', '基安', 'كيان'),
  t('ستاره', 'Setareh', '塞塔雷', 'ستاره'),
  t('نوین', 'Novin', '诺文', 'نوين'),
  t('گل‌گهر', 'Golgohar', '戈勒格哈尔', 'كل كهر'),
  t('تابان', 'Taban', '塔班', 'تابان'),
  t('آفتاب', 'Aftab', '阿夫塔布', 'آفتاب'),
  t('سبلان', 'Sabalan', '萨巴兰', 'سبلان'),
  t('هیرمند', 'Hirmand', '赫尔曼德', 'هيرمند'),
  t('بهمن', 'Bahman', '巴赫曼', 'بهمن'),
  t('کاوه', 'Kaveh', '卡维', 'كاوه'),
  t('رازی', 'Razi', '拉齐', 'الرازي'),
  t('سینا', 'Sina', '西纳', 'سينا'),
  t('امید', 'Omid', '奥米德', 'أميد'),
  t('پویا', 'Pouya', '波亚', 'بويا'),
  t('ایران‌زمین', 'Iranzamin', '伊朗大地', 'إيران زمين'),
  t('شهاب', 'Shahab', '沙哈布', 'شهاب'),
  t('آرمان', 'Arman', '阿尔曼', 'آرمان'),
  t('تدبیر', 'Tadbir', '塔德比尔', 'تدبير'),
  t('صبا', 'Saba', '萨巴', 'صبا'),
  t('اطلس', 'Atlas', '阿特拉斯', 'أطلس'),
  t('بیستون', 'Bisotun', '比索通', 'بيستون'),
  t('هامون', 'Hamoun', '哈蒙', 'هامون'),
  t('تیرنگ', 'Tirang', '蒂朗', 'تيرنك'),
  t('ارغوان', 'Arghavan', '阿尔加万', 'أرغوان'),
  t('سیمرغ', 'Simorgh', '西摩格', 'سيمرغ'),
  t('پاسارگاد', 'Pasargad', '帕萨尔加德', 'باسارغاد'),
  t('کوثر', 'Kowsar', '考萨尔', 'كوثر'),
  t('آوا', 'Ava', '阿瓦', 'آوا'),
];

/** Lines of business in organisation names. */
export const ORGANIZATION_SECTORS: readonly Term[] = [
  t('صنایع معدنی', 'Mining Industries', '矿业', 'للصناعات التعدينية'),
  t('مس', 'Copper', '铜业', 'للنحاس'),
  t('فولاد', 'Steel', '钢铁', 'للصلب'),
  t('سیمان', 'Cement', '水泥', 'للأسمنت'),
  t('پتروشیمی', 'Petrochemical', '石化', 'للبتروكيماويات'),
  t('بازرگانی', 'Trading', '贸易', 'للتجارة'),
  t('سرمایه‌گذاری', 'Investment', '投资', 'للاستثمار'),
  t('مهندسی', 'Engineering', '工程', 'للهندسة'),
  t('انرژی', 'Energy', '能源', 'للطاقة'),
  t('ساختمانی', 'Construction', '建设', 'للإنشاءات'),
  t('حمل و نقل', 'Logistics', '物流', 'للخدمات اللوجستية'),
  t('صنایع غذایی', 'Food Industries', '食品', 'للصناعات الغذائية'),
  t('کشت و صنعت', 'Agro-Industry', '农工', 'للصناعات الزراعية'),
  t('شیمیایی', 'Chemicals', '化工', 'للكيماويات'),
  t('کاشی', 'Tiles', '瓷砖', 'للبلاط'),
  t('پسته', 'Pistachio', '开心果', 'للفستق'),
  t('ماشین‌سازی', 'Machinery', '机械', 'للآلات'),
  t('فرآوری مواد معدنی', 'Mineral Processing', '选矿', 'لمعالجة المعادن'),
  t('گردشگری', 'Tourism', '旅游', 'للسياحة'),
  t('آهن و فولاد', 'Iron and Steel', '钢铁冶金', 'للحديد والصلب'),
];

export const IRANIAN_FORMS: readonly Term[] = [
  t('شرکت', 'Co.', '公司', 'شركة'),
  t('شرکت سهامی خاص', 'PJS Co.', '股份公司', 'شركة مساهمة خاصة'),
  t('گروه', 'Group', '集团', 'مجموعة'),
  t('هلدینگ', 'Holding', '控股', 'القابضة'),
  t('تعاونی', 'Cooperative', '合作社', 'تعاونية'),
];

/** Chinese brand words (zh, pinyin) and legal forms. */
export const CHINESE_BRANDS: ReadonlyArray<{ zh: string; en: string }> = [
  { zh: '华鑫', en: 'Huaxin' },
  { zh: '中金', en: 'Zhongjin' },
  { zh: '鑫源', en: 'Xinyuan' },
  { zh: '海通', en: 'Haitong' },
  { zh: '恒力', en: 'Hengli' },
  { zh: '东方', en: 'Dongfang' },
  { zh: '长城', en: 'Changcheng' },
  { zh: '泰和', en: 'Taihe' },
  { zh: '中联', en: 'Zhonglian' },
  { zh: '华盛', en: 'Huasheng' },
  { zh: '永兴', en: 'Yongxing' },
  { zh: '瑞丰', en: 'Ruifeng' },
  { zh: '天成', en: 'Tiancheng' },
  { zh: '盛达', en: 'Shengda' },
  { zh: '博远', en: 'Boyuan' },
  { zh: '中亚', en: 'Zhongya' },
  { zh: '丝路', en: 'Silu' },
  { zh: '金石', en: 'Jinshi' },
  { zh: '宏达', en: 'Hongda' },
  { zh: '广源', en: 'Guangyuan' },
];

export const CHINESE_FORMS: ReadonlyArray<{ zh: string; en: string }> = [
  { zh: '有限公司', en: 'Co., Ltd.' },
  { zh: '集团有限公司', en: 'Group Co., Ltd.' },
  { zh: '股份有限公司', en: 'Joint Stock Co., Ltd.' },
  { zh: '国际贸易有限公司', en: 'International Trading Co., Ltd.' },
];

/** Emirati brand words (ar, en) and places. */
export const GULF_BRANDS: ReadonlyArray<{ ar: string; en: string }> = [
  { ar: 'الخليج', en: 'Gulf' },
  { ar: 'النور', en: 'Al Noor' },
  { ar: 'الإمارات', en: 'Emirates' },
  { ar: 'الفجر', en: 'Al Fajr' },
  { ar: 'الصحراء', en: 'Sahara' },
  { ar: 'الواحة', en: 'Oasis' },
  { ar: 'اللؤلؤة', en: 'Pearl' },
  { ar: 'النخلة', en: 'Palm' },
  { ar: 'الريادة', en: 'Riyada' },
  { ar: 'الأفق', en: 'Horizon' },
];

export const GULF_PLACES: ReadonlyArray<{ ar: string; en: string }> = [
  { ar: 'دبي', en: 'Dubai' },
  { ar: 'أبوظبي', en: 'Abu Dhabi' },
  { ar: 'الشارقة', en: 'Sharjah' },
];

/** Other partner countries, with brand words for English-only names. */
export const OTHER_COUNTRIES: ReadonlyArray<{ country: string; brands: string[]; form: string }> = [
  { country: 'TR', brands: ['Anadolu', 'Ege', 'Toros', 'Marmara'], form: 'A.Ş.' },
  { country: 'RU', brands: ['Ural', 'Sibir', 'Volga', 'Baikal'], form: 'LLC' },
  { country: 'IQ', brands: ['Rafidain', 'Babylon', 'Basra', 'Tigris'], form: 'Co.' },
  { country: 'DE', brands: ['Rhein', 'Nord', 'Bayern', 'Elbe'], form: 'GmbH' },
  { country: 'IN', brands: ['Deccan', 'Ganga', 'Indus', 'Konkan'], form: 'Pvt. Ltd.' },
  { country: 'OM', brands: ['Muscat', 'Sohar', 'Dhofar', 'Batinah'], form: 'LLC' },
];
