import type { ImportReferenceData } from './import-lookups.ts';

/**
 * A slice of the reference data shipped in data/ (iran_provinces.csv and its translation
 * overlay, translations/china_provinces.csv, isic_rev4.csv, minerals.csv,
 * hs2022_*.csv, currencies.json), copied by hand for the import tests. Test support only.
 */
export const IMPORT_REFERENCE_FIXTURE: ImportReferenceData = {
  provinces: [
    {
      code: 'IR-00',
      country: 'IR',
      name: { en: 'Markazi', fa: 'مرکزی', ar: 'محافظة مركزي', zh: '中央省 (伊朗)' },
    },
    {
      code: 'IR-05',
      country: 'IR',
      name: { en: 'Kermanshah', fa: 'کرمانشاه', ar: 'محافظة كرمانشاه', zh: '克尔曼沙汗' },
    },
    { code: 'IR-08', country: 'IR', name: { en: 'Kerman', fa: 'کرمان', ar: 'محافظة كرمان', zh: '克尔曼省' } },
    {
      code: 'IR-10',
      country: 'IR',
      name: { en: 'Isfahan', fa: 'اصفهان', ar: 'محافظة أصفهان', zh: '伊斯法罕' },
    },
    {
      code: 'IR-15',
      country: 'IR',
      name: { en: 'Lorestan', fa: 'لرستان', ar: 'لرستان (محافظة)', zh: '洛雷斯坦' },
    },
    { code: 'IR-21', country: 'IR', name: { en: 'Yazd', fa: 'یزد', ar: 'محافظة يزد', zh: '亚兹德' } },
    { code: 'IR-23', country: 'IR', name: { en: 'Tehran', fa: 'تهران', ar: 'محافظة طهران', zh: '德黑兰' } },
    { code: 'CN-BJ', country: 'CN', name: { en: 'Beijing', zh: '北京市', fa: 'پکن', ar: 'بكين' } },
    {
      code: 'CN-GD',
      country: 'CN',
      name: { en: 'Guangdong', zh: '广东省', fa: 'گوانگدونگ', ar: 'قوانغدونغ' },
    },
    {
      code: 'CN-GX',
      country: 'CN',
      name: { en: 'Guangxi', zh: '广西壮族自治区', fa: 'گوانگشی', ar: 'قوانغشي' },
    },
  ],
  isic: [
    { code: 'B', parentCode: null },
    { code: '07', parentCode: 'B' },
    { code: '071', parentCode: '07' },
    { code: '0710', parentCode: '071' },
    { code: '072', parentCode: '07' },
    { code: '0721', parentCode: '072' },
    { code: '0729', parentCode: '072' },
    { code: '08', parentCode: 'B' },
    { code: '081', parentCode: '08' },
    { code: '0810', parentCode: '081' },
    { code: 'C', parentCode: null },
    { code: '24', parentCode: 'C' },
    { code: '242', parentCode: '24' },
    { code: '2420', parentCode: '242' },
  ],
  commodities: [
    { code: 'copper', symbol: 'Cu', name: { en: 'Copper', fa: 'مس', ar: 'نحاس', zh: '铜' } },
    {
      code: 'iron_ore',
      symbol: 'Fe',
      name: { en: 'Iron ore', fa: 'سنگ آهن', ar: 'خام الحديد', zh: '铁矿石' },
    },
    { code: 'zinc', symbol: 'Zn', name: { en: 'Zinc', fa: 'روی', ar: 'زنك', zh: '锌' } },
    { code: 'gold', symbol: 'Au', name: { en: 'Gold', fa: 'طلا', ar: 'ذهب', zh: '黄金' } },
    { code: 'coal', symbol: null, name: { en: 'Coal', fa: 'زغال‌سنگ', ar: 'فحم حجري', zh: '煤炭' } },
    { code: 'salt', symbol: null, name: { en: 'Salt', fa: 'نمک', ar: 'ملح', zh: '盐' } },
  ],
  hs: [
    '25',
    '2501',
    '250100',
    '26',
    '2601',
    '2603',
    '260300',
    '74',
    '7402',
    '740200',
    '7403',
    '740311',
    '84',
    '8474',
  ],
  currencies: ['IRR', 'CNY', 'USD', 'AED'],
};
