// Provinces — the few values Karvan fills or corrects itself (unofficial).
// Everything else in translations/{iran,china}_provinces.csv is copied from the named columns
// of iran_provinces.csv / china_provinces.csv by build-translations.mjs.

// Iran: Arabic names from OSM that we correct. Each correction marks `ar` as unofficial.
export const iranArabicCorrections = {
  // OSM has «محافظة غیلان» with Persian yeh (U+06CC); the Arabic exonym is جيلان.
  'IR-01': 'محافظة جيلان',
  // OSM's «سيستان و بلوشستان» has a stray space after the conjunction و.
  'IR-11': 'محافظة سيستان وبلوشستان',
  // OSM has Wikipedia-style disambiguation titles «X (محافظة)»; written like the other 27 rows.
  'IR-15': 'محافظة لرستان',
  'IR-20': 'محافظة سمنان',
  'IR-26': 'محافظة قزوين',
};

// Traditional → Simplified for the characters that occur in the OSM name:zh values
// (only used where the iso-codes zh_CN name is empty).
export const traditionalToSimplified = {
  爾: '尔', 達: '达', 盧: '卢', 韋: '韦', 邁: '迈', 瑪: '玛', 薩: '萨', 蘭: '兰', 東: '东',
};

// China: English names where CLDR 48 has none (marks `en` unofficial), and our own
// Persian and Arabic exonyms for all 34 (marks `fa` and `ar` unofficial).
export const chinaEnglishFills = {
  'CN-HK': 'Hong Kong',
  'CN-MO': 'Macao',
  'CN-NM': 'Inner Mongolia',
  'CN-TW': 'Taiwan',
};

export const chinaFaAr = {
  'CN-AH': ['آنهویی', 'آنهوي'],
  'CN-BJ': ['پکن', 'بكين'],
  'CN-CQ': ['چونگ‌کینگ', 'تشونغتشينغ'],
  'CN-FJ': ['فوجیان', 'فوجيان'],
  'CN-GD': ['گوانگدونگ', 'قوانغدونغ'],
  'CN-GS': ['گانسو', 'قانسو'],
  'CN-GX': ['گوانگشی', 'قوانغشي'],
  'CN-GZ': ['گوئیژو', 'قويتشو'],
  'CN-HA': ['هنان', 'خنان'],
  'CN-HB': ['هوبئی', 'هوبي'],
  'CN-HE': ['هبئی', 'خبي'],
  'CN-HI': ['هاینان', 'هاينان'],
  'CN-HK': ['هنگ کنگ', 'هونغ كونغ'],
  'CN-HL': ['هیلونگجیانگ', 'هيلونغجيانغ'],
  'CN-HN': ['هونان', 'هونان'],
  'CN-JL': ['جیلین', 'جيلين'],
  'CN-JS': ['جیانگسو', 'جيانغسو'],
  'CN-JX': ['جیانگشی', 'جيانغشي'],
  'CN-LN': ['لیائونینگ', 'لياونينغ'],
  'CN-MO': ['ماکائو', 'ماكاو'],
  'CN-NM': ['مغولستان داخلی', 'منغوليا الداخلية'],
  'CN-NX': ['نینگشیا', 'نينغشيا'],
  'CN-QH': ['چینگهای', 'تشينغهاي'],
  'CN-SC': ['سیچوان', 'سيتشوان'],
  'CN-SD': ['شاندونگ', 'شاندونغ'],
  'CN-SH': ['شانگهای', 'شانغهاي'],
  'CN-SN': ['شنشی', 'شنشي'],
  'CN-SX': ['شانشی', 'شانشي'],
  'CN-TJ': ['تیانجین', 'تيانجين'],
  'CN-TW': ['تایوان', 'تايوان'],
  'CN-XJ': ['سین‌کیانگ', 'شينجيانغ'],
  'CN-XZ': ['تبت', 'التبت'],
  'CN-YN': ['یوننان', 'يوننان'],
  'CN-ZJ': ['ژجیانگ', 'تشجيانغ'],
};
