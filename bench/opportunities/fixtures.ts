// A seeded, deterministic generator of a realistic opportunity bank (organisations and published
// opportunities) for the search and import benchmarks, and the bulk loader that writes it.
import { type Database, schema, sql, vacuum } from '@karvan/db';
import { type Locale, type LocalizedText, toSearchIndexText } from '@karvan/domain';
import {
  IMPORT_COLUMNS,
  type ImportColumn,
  type INVESTMENT_TYPES,
  OPPORTUNITY_KIND_LABELS,
  type OPPORTUNITY_STAGES,
  type OpportunityKind,
} from '@karvan/domain/opportunity';
import {
  isicPathsOf,
  type ReferenceLookups,
  referenceLookups,
  searchTextOf,
} from '../lib/server-internals.ts';
import {
  CHINESE_BRANDS,
  CHINESE_FORMS,
  CITIES,
  GULF_BRANDS,
  GULF_PLACES,
  IRANIAN_BRANDS,
  IRANIAN_FORMS,
  MINERALS,
  ORGANIZATION_SECTORS,
  OTHER_COUNTRIES,
  PROCESSING_ISIC,
  PROVINCE_WEIGHTS,
  SUBJECTS,
  SUMMARY_ENDINGS,
  type Term,
} from './vocabulary.ts';

// ---- Randomness ---------------------------------------------------------------------------

export type Random = () => number;

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

function weighted<T>(random: Random, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = random() * total;
  for (const [value, w] of entries) {
    x -= w;
    if (x < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

const chance = (random: Random, p: number) => random() < p;

/** A version-4-shaped UUID from the generator, so reruns give the same ids. */
function uuidOf(random: Random): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
export const persianDigits = (text: string | number) =>
  String(text).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]!);

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Rounds to `digits` significant digits (amounts people actually write). */
function roundSignificant(value: number, digits: number): number {
  if (value <= 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(value)) - digits + 1);
  return Math.max(scale, Math.round(value / scale) * scale);
}

// ---- The bank's shape ---------------------------------------------------------------------

/** Exchange rates the bench loads (US dollars per unit). */
export const EXCHANGE_RATES = [
  { currency: 'CNY', usdPerUnit: '0.14' },
  { currency: 'AED', usdPerUnit: '0.2723' },
  { currency: 'IRR', usdPerUnit: '0.0000012' },
] as const;
const USD_PER_UNIT: Readonly<Record<string, number>> = { USD: 1, CNY: 0.14, AED: 0.2723, IRR: 0.0000012 };

/** Kinds weighted like the real provincial banks (about a fifth mining). */
const KIND_WEIGHTS: ReadonlyArray<readonly [OpportunityKind, number]> = [
  ['mining', 20],
  ['processing', 14],
  ['manufacturing', 22],
  ['energy', 10],
  ['infrastructure', 9],
  ['tourism', 9],
  ['other', 8],
  ['industrial-park', 4],
  ['environment', 4],
];

/** Required investment in US dollars, per kind: [min, max] of a log-uniform draw. */
const AMOUNT_RANGE: Readonly<Record<OpportunityKind, readonly [number, number]>> = {
  mining: [1e6, 3e8],
  processing: [2e6, 5e8],
  manufacturing: [5e5, 2e8],
  energy: [5e6, 5e8],
  infrastructure: [1e7, 1e9],
  tourism: [5e5, 5e7],
  other: [1e5, 2e7],
  'industrial-park': [5e6, 3e8],
  environment: [1e6, 1e8],
};

const CURRENCY_WEIGHTS = [
  ['IRR', 40],
  ['USD', 40],
  ['CNY', 12],
  ['AED', 8],
] as const;

const STAGE_WEIGHTS: ReadonlyArray<readonly [(typeof OPPORTUNITY_STAGES)[number], number]> = [
  ['idea', 15],
  ['pre-feasibility', 25],
  ['feasibility', 30],
  ['licensed', 18],
  ['operating', 12],
];

const INVESTMENT_TYPE_WEIGHTS: ReadonlyArray<readonly [(typeof INVESTMENT_TYPES)[number], number]> = [
  ['equity', 30],
  ['joint-venture', 25],
  ['loan', 12],
  ['bot-ppp', 8],
  ['epc', 6],
  ['offtake', 6],
  ['technology-transfer', 8],
  ['land-allocation', 5],
];

const SOURCE_LANGUAGES: ReadonlyArray<readonly [Locale, number]> = [
  ['fa', 86],
  ['en', 8],
  ['zh', 3],
  ['ar', 3],
];

/** Chance of a translation in each other language, by source language. */
const TRANSLATION_ODDS: Readonly<Record<Locale, Partial<Record<Locale, number>>>> = {
  fa: { en: 0.55, zh: 0.2, ar: 0.12 },
  en: { fa: 0.6, zh: 0.3, ar: 0.1 },
  zh: { en: 0.8, fa: 0.3, ar: 0.05 },
  ar: { en: 0.7, fa: 0.4, zh: 0.05 },
};

/** Everything ends here: published dates are spread over the three years before it. */
export const BANK_EPOCH = new Date('2026-01-01T00:00:00Z');
const THREE_YEARS_MS = 3 * 365 * 24 * 3600 * 1000;

interface Place {
  province: string;
  /** The province's names. */
  region: Term;
  /** A city of the province, or the province again. */
  city: Term;
}

interface Vocabulary {
  lookups: ReferenceLookups;
  iranProvinces: Array<readonly [string, number]>;
  miningProvinces: Array<readonly [string, number]>;
  provinceNames: Map<string, Term>;
  chinaProvinces: Array<{ code: string; name: Term }>;
  minerals: Array<readonly [(typeof MINERALS)[number], number]>;
}

let vocabulary: Vocabulary | null = null;

function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const lookups = referenceLookups();
  const term = (name: LocalizedText): Term => ({
    fa: name.fa ?? name.en ?? '',
    en: name.en ?? '',
    zh: name.zh ?? name.en ?? '',
    ar: name.ar ?? name.en ?? '',
  });
  const provinceNames = new Map<string, Term>();
  const chinaProvinces: Vocabulary['chinaProvinces'] = [];
  for (const [code, p] of lookups.provinces) {
    provinceNames.set(code, term(p.name));
    if (p.country === 'CN') chinaProvinces.push({ code, name: term(p.name) });
  }
  const iran = [...lookups.provinces].filter(([, p]) => p.country === 'IR').map(([code]) => code);
  if (iran.length !== 31) throw new Error(`expected Iran's 31 provinces, found ${iran.length}`);
  const miningBelt = new Set(['IR-08', 'IR-21', 'IR-29', 'IR-11', 'IR-20', 'IR-19', 'IR-03', 'IR-09']);
  for (const m of MINERALS) {
    if (!lookups.commodities.has(m.key)) throw new Error(`unknown commodity ${m.key}`);
  }
  vocabulary = {
    lookups,
    iranProvinces: iran.map((code) => [code, PROVINCE_WEIGHTS[code] ?? 1] as const),
    miningProvinces: iran.map((code) => [code, miningBelt.has(code) ? 6 : 1] as const),
    provinceNames,
    chinaProvinces,
    minerals: MINERALS.map((m) => [m, m.weight] as const),
  };
  return vocabulary;
}

function placeIn(random: Random, v: Vocabulary, province: string): Place {
  const region = v.provinceNames.get(province)!;
  const cities = CITIES.filter((c) => c.province === province);
  const city = cities.length && chance(random, 0.6) ? pick(random, cities) : region;
  return { province, region, city };
}

/** One language's title of a project: `kind` templates filled with the subject and the place. */
type TitleTemplate = (subject: Term, place: Place, lang: Locale, extra: number) => string;

const regionOf = (place: Place, lang: Locale) => place.region[lang];
const cityOf = (place: Place, lang: Locale) => place.city[lang];

const MINING_TITLES: TitleTemplate[] = [
  (m, p, l) =>
    ({
      fa: `معدن ${m.fa} ${cityOf(p, l)}`,
      en: `${capitalize(m.en)} mine, ${cityOf(p, l)}`,
      zh: `${cityOf(p, l)}${m.zh}矿`,
      ar: `منجم ${m.ar} في ${cityOf(p, l)}`,
    })[l],
  (m, p, l) =>
    ({
      fa: `اکتشاف و استخراج ${m.fa} در استان ${regionOf(p, l)}`,
      en: `${capitalize(m.en)} exploration and mining in ${regionOf(p, l)} province`,
      zh: `${regionOf(p, l)}${m.zh}矿开采项目`,
      ar: `استكشاف واستخراج ${m.ar} في ${regionOf(p, l)}`,
    })[l],
  (m, p, l) =>
    ({
      fa: `طرح توسعه معدن ${m.fa} ${cityOf(p, l)}`,
      en: `${cityOf(p, l)} ${m.en} mine expansion`,
      zh: `${cityOf(p, l)}${m.zh}矿扩建项目`,
      ar: `توسعة منجم ${m.ar} في ${cityOf(p, l)}`,
    })[l],
  (m, p, l) =>
    ({
      fa: `واگذاری پهنه اکتشافی ${m.fa} ${regionOf(p, l)}`,
      en: `${capitalize(m.en)} exploration block, ${regionOf(p, l)}`,
      zh: `${regionOf(p, l)}${m.zh}矿勘探区块`,
      ar: `رقعة استكشاف ${m.ar} في ${regionOf(p, l)}`,
    })[l],
];

const PROCESSING_TITLES: TitleTemplate[] = [
  (m, p, l) =>
    ({
      fa: `کارخانه فرآوری ${m.fa} ${cityOf(p, l)}`,
      en: `${capitalize(m.en)} processing plant, ${cityOf(p, l)}`,
      zh: `${cityOf(p, l)}${m.zh}选矿厂`,
      ar: `مصنع معالجة ${m.ar} في ${cityOf(p, l)}`,
    })[l],
  (m, p, l) =>
    ({
      fa: `کارخانه تولید کنسانتره ${m.fa} ${regionOf(p, l)}`,
      en: `${regionOf(p, l)} ${m.en} concentrate plant`,
      zh: `${regionOf(p, l)}${m.zh}精矿厂`,
      ar: `مصنع مركزات ${m.ar} في ${regionOf(p, l)}`,
    })[l],
  (m, p, l) =>
    ({
      fa: `واحد ذوب و پالایش ${m.fa} ${cityOf(p, l)}`,
      en: `${capitalize(m.en)} smelter and refinery, ${cityOf(p, l)}`,
      zh: `${cityOf(p, l)}${m.zh}冶炼厂`,
      ar: `مصهر ومصفاة ${m.ar} في ${cityOf(p, l)}`,
    })[l],
  (m, p, l) =>
    ({
      fa: `کارخانه پودر ${m.fa} ${regionOf(p, l)}`,
      en: `${capitalize(m.en)} powder plant, ${regionOf(p, l)}`,
      zh: `${regionOf(p, l)}${m.zh}粉加工厂`,
      ar: `مصنع مسحوق ${m.ar} في ${regionOf(p, l)}`,
    })[l],
];

const PLANT_TITLES: TitleTemplate[] = [
  (s, p, l) =>
    ({
      fa: `کارخانه ${s.fa} ${cityOf(p, l)}`,
      en: `${capitalize(s.en)}, ${cityOf(p, l)}`,
      zh: `${cityOf(p, l)}${s.zh}`,
      ar: `${s.ar} في ${cityOf(p, l)}`,
    })[l],
  (s, p, l) =>
    ({
      fa: `احداث واحد ${s.fa} در ${cityOf(p, l)}`,
      en: `New ${s.en} in ${cityOf(p, l)}`,
      zh: `${cityOf(p, l)}新建${s.zh}项目`,
      ar: `إنشاء ${s.ar} في ${cityOf(p, l)}`,
    })[l],
  (s, p, l) =>
    ({
      fa: `طرح توسعه ${s.fa} استان ${regionOf(p, l)}`,
      en: `${capitalize(s.en)} expansion, ${regionOf(p, l)} province`,
      zh: `${regionOf(p, l)}${s.zh}扩建项目`,
      ar: `توسعة ${s.ar} في ${regionOf(p, l)}`,
    })[l],
];

const ENERGY_TITLES: TitleTemplate[] = [
  (s, p, l, mw) =>
    ({
      fa: `${s.fa} ${persianDigits(mw)} مگاواتی ${cityOf(p, l)}`,
      en: `${mw} MW ${s.en}, ${cityOf(p, l)}`,
      zh: `${cityOf(p, l)}${mw}兆瓦${s.zh}`,
      ar: `${s.ar} بقدرة ${mw} ميغاواط في ${cityOf(p, l)}`,
    })[l],
  (s, p, l) =>
    ({
      fa: `احداث ${s.fa} در استان ${regionOf(p, l)}`,
      en: `${capitalize(s.en)} in ${regionOf(p, l)} province`,
      zh: `${regionOf(p, l)}${s.zh}项目`,
      ar: `إنشاء ${s.ar} في ${regionOf(p, l)}`,
    })[l],
];

const SITE_TITLES: TitleTemplate[] = [
  (s, p, l) =>
    ({
      fa: `${s.fa} ${cityOf(p, l)}`,
      en: `${cityOf(p, l)} ${s.en}`,
      zh: `${cityOf(p, l)}${s.zh}`,
      ar: `${s.ar} في ${cityOf(p, l)}`,
    })[l],
  (s, p, l) =>
    ({
      fa: `ساخت و بهره‌برداری ${s.fa} استان ${regionOf(p, l)}`,
      en: `Building and operating a ${s.en} in ${regionOf(p, l)}`,
      zh: `${regionOf(p, l)}${s.zh}建设运营项目`,
      ar: `بناء وتشغيل ${s.ar} في ${regionOf(p, l)}`,
    })[l],
];

const PARK_TITLES: TitleTemplate[] = [
  (s, p, l) =>
    ({
      fa: `واگذاری زمین در ${s.fa} ${cityOf(p, l)}`,
      en: `Plots in the ${cityOf(p, l)} ${s.en}`,
      zh: `${cityOf(p, l)}${s.zh}地块`,
      ar: `قطع أراض في ${s.ar} في ${cityOf(p, l)}`,
    })[l],
];

const CAPACITY_UNITS: Readonly<Record<string, Term>> = {
  't/y': { fa: 'تن در سال', en: 'tonnes a year', zh: '吨/年', ar: 'طن سنويا' },
  MW: { fa: 'مگاوات', en: 'MW', zh: '兆瓦', ar: 'ميغاواط' },
  rooms: { fa: 'اتاق', en: 'rooms', zh: '间客房', ar: 'غرفة' },
  ha: { fa: 'هکتار', en: 'hectares', zh: '公顷', ar: 'هكتار' },
};

/** One opportunity as the owner would write it, before it becomes a row or a file line. */
export interface OpportunityDraft {
  externalId: string;
  kind: OpportunityKind;
  title: LocalizedText;
  summary: LocalizedText;
  sourceLanguage: Locale;
  textOrigins: Record<string, string>;
  province: string;
  isic: string[];
  commodities: string[];
  investmentTypes: string[];
  requiredInvestment: { amount: string; currency: string } | null;
  capacity: { quantity: string; unit: string } | null;
  stage: string | null;
  latitude: number | null;
  longitude: number | null;
  contactEmail: string | null;
  publishedAt: Date;
}

/** Iranian year (solar hijri) of a date, near enough for a reference number. */
const iranianYear = (date: Date) => date.getUTCFullYear() - 621 - (date.getUTCMonth() < 2 ? 1 : 0);

/** Draws the `index`-th opportunity. Deterministic for a given generator state. */
export function draftOpportunity(random: Random, index: number): OpportunityDraft {
  const v = loadVocabulary();
  const kind = weighted(random, KIND_WEIGHTS);
  const province = weighted(random, kind === 'mining' ? v.miningProvinces : v.iranProvinces);
  const place = placeIn(random, v, province);
  let subject: Term;
  let isic: string[];
  let commodities: string[] = [];
  let templates: TitleTemplate[];
  let capacityUnit: string | null = null;
  let capacityQuantity = 0;
  const megawatts = pick(random, [5, 10, 20, 50, 100, 200, 500]);
  if (kind === 'mining' || kind === 'processing') {
    let mineral = weighted(random, v.minerals);
    if (kind === 'processing') {
      while (!PROCESSING_ISIC[mineral.key]) mineral = weighted(random, v.minerals);
    }
    subject = mineral.name;
    commodities = [mineral.key];
    if (chance(random, 0.15)) {
      const second = weighted(random, v.minerals);
      if (second.key !== mineral.key) commodities.push(second.key);
    }
    isic = kind === 'mining' ? [mineral.isic] : [...PROCESSING_ISIC[mineral.key]!];
    templates = kind === 'mining' ? MINING_TITLES : PROCESSING_TITLES;
    capacityUnit = 't/y';
    capacityQuantity = roundSignificant(10 ** (4 + random() * 3), 2);
  } else {
    const chosen = pick(random, SUBJECTS[kind]);
    subject = chosen.name;
    isic = [...chosen.isic];
    commodities = [...(chosen.commodities ?? [])];
    templates =
      kind === 'energy'
        ? ENERGY_TITLES
        : kind === 'industrial-park'
          ? PARK_TITLES
          : kind === 'manufacturing'
            ? PLANT_TITLES
            : SITE_TITLES;
    if (kind === 'energy') {
      capacityUnit = 'MW';
      capacityQuantity = megawatts;
    } else if (kind === 'tourism') {
      capacityUnit = 'rooms';
      capacityQuantity = 10 + Math.floor(random() * 290);
    } else if (kind === 'other' || kind === 'industrial-park') {
      capacityUnit = 'ha';
      capacityQuantity = 5 + Math.floor(random() * 495);
    } else if (kind === 'manufacturing' && chance(random, 0.6)) {
      capacityUnit = 't/y';
      capacityQuantity = roundSignificant(10 ** (3 + random() * 3), 2);
    }
  }
  const template = pick(random, templates);
  const sourceLanguage = weighted(random, SOURCE_LANGUAGES);
  const languages: Locale[] = [sourceLanguage];
  for (const [lang, p] of Object.entries(TRANSLATION_ODDS[sourceLanguage]) as Array<[Locale, number]>) {
    if (chance(random, p)) languages.push(lang);
  }
  const title: LocalizedText = {};
  const textOrigins: Record<string, string> = {};
  for (const lang of languages) {
    title[lang] = template(subject, place, lang, megawatts);
    if (lang !== sourceLanguage) textOrigins[lang] = chance(random, 0.5) ? 'machine' : 'human';
  }
  const summary: LocalizedText = {};
  if (chance(random, 0.7)) {
    const ending = pick(random, SUMMARY_ENDINGS);
    for (const lang of languages.slice(0, chance(random, 0.5) ? 2 : 1))
      summary[lang] = summaryOf(kind, place, capacityUnit, capacityQuantity, ending, lang);
  }
  const publishedAt = new Date(BANK_EPOCH.getTime() - Math.floor(random() * THREE_YEARS_MS));
  let requiredInvestment: OpportunityDraft['requiredInvestment'] = null;
  if (chance(random, 0.9)) {
    const [min, max] = AMOUNT_RANGE[kind];
    const usd = min * (max / min) ** random();
    const currency = weighted(random, CURRENCY_WEIGHTS);
    const amount =
      currency === 'IRR'
        ? roundSignificant(usd / USD_PER_UNIT.IRR!, 3)
        : roundSignificant(usd / USD_PER_UNIT[currency]!, 3);
    requiredInvestment = { amount: amount.toFixed(0), currency };
  }
  const typeCount = 1 + Math.floor(random() * random() * 3);
  const investmentTypes = [
    ...new Set(Array.from({ length: typeCount }, () => weighted(random, INVESTMENT_TYPE_WEIGHTS))),
  ];
  const hasPoint = chance(random, 0.5);
  return {
    externalId: `KRV-${iranianYear(publishedAt)}-${String(index).padStart(6, '0')}`,
    kind,
    title,
    summary,
    sourceLanguage,
    textOrigins,
    province,
    isic,
    commodities,
    investmentTypes,
    requiredInvestment,
    capacity:
      capacityUnit && capacityQuantity > 0
        ? { quantity: String(capacityQuantity), unit: capacityUnit }
        : null,
    stage: chance(random, 0.92) ? weighted(random, STAGE_WEIGHTS) : null,
    latitude: hasPoint ? Math.round((25.3 + random() * 14) * 1e5) / 1e5 : null,
    longitude: hasPoint ? Math.round((44.5 + random() * 18.5) * 1e5) / 1e5 : null,
    contactEmail: chance(random, 0.3) ? `invest${index % 5000}@example.ir` : null,
    publishedAt,
  };
}

function summaryOf(
  kind: OpportunityKind,
  place: Place,
  unit: string | null,
  quantity: number,
  ending: Term,
  lang: Locale,
): string {
  const label = OPPORTUNITY_KIND_LABELS[kind][lang];
  const region = place.region[lang];
  const unitName = unit ? CAPACITY_UNITS[unit]![lang] : '';
  const amount = quantity.toLocaleString('en-US');
  switch (lang) {
    case 'fa':
      return `طرح ${label} در استان ${region}${unit ? ` با ظرفیت ${persianDigits(amount)} ${unitName}` : ''}. ${ending.fa}`;
    case 'en':
      return `${label} project in ${region} province${unit ? `, capacity ${amount} ${unitName}` : ''}. ${ending.en}`;
    case 'zh':
      return `${region}${label}项目${unit ? `，产能${amount}${unitName}` : ''}。${ending.zh}`;
    default:
      return `مشروع ${label} في ${region}${unit ? ` بطاقة ${amount} ${unitName}` : ''}. ${ending.ar}`;
  }
}

// ---- Organisations ------------------------------------------------------------------------

const ORG_KINDS = [
  ['company', 75],
  ['investor', 8],
  ['association', 7],
  ['agency', 5],
  ['park-operator', 5],
] as const;

const ORG_COUNTRIES = [
  ['IR', 65],
  ['CN', 20],
  ['AE', 5],
  ['other', 10],
] as const;

export type OrganizationRow = typeof schema.organizations.$inferInsert & { id: string };
export type OpportunityRow = typeof schema.opportunities.$inferInsert & { id: string };

/** The first organisations are Iranian ones that own the opportunities. */
export const OWNER_ORGANIZATIONS = 5000;

function iranianName(random: Random, v: Vocabulary, kind: string, province: string) {
  const place = placeIn(random, v, province).city;
  const brand = pick(random, IRANIAN_BRANDS);
  const sector = pick(random, ORGANIZATION_SECTORS);
  const form = pick(random, IRANIAN_FORMS);
  const region = v.provinceNames.get(province)!;
  switch (kind) {
    case 'association':
      return {
        fa: `انجمن صنفی ${sector.fa} استان ${region.fa}`,
        en: `${region.en} ${sector.en} Association`,
        zh: `${region.zh}${sector.zh}协会`,
        ar: `جمعية ${sector.ar.replace(/^لل?/, '')} في ${region.ar}`,
      };
    case 'agency':
      return {
        fa: `سازمان صنعت، معدن و تجارت استان ${region.fa}`,
        en: `${region.en} Industry, Mine and Trade Organization`,
        zh: `${region.zh}工业、矿业和贸易组织`,
        ar: `منظمة الصناعة والمناجم والتجارة في ${region.ar}`,
      };
    case 'investor':
      return {
        fa: `صندوق سرمایه‌گذاری ${brand.fa}`,
        en: `${brand.en} Capital`,
        zh: `${brand.zh}资本`,
        ar: `صندوق ${brand.ar} للاستثمار`,
      };
    case 'park-operator':
      return {
        fa: `شرکت شهرک‌های صنعتی ${place.fa}`,
        en: `${place.en} Industrial Parks Company`,
        zh: `${place.zh}工业园区公司`,
        ar: `شركة المدن الصناعية في ${place.ar}`,
      };
    default:
      return {
        fa: `${form.fa} ${sector.fa} ${brand.fa} ${place.fa}`,
        en: `${brand.en} ${place.en} ${sector.en} ${form.en}`,
        zh: `${place.zh}${brand.zh}${sector.zh}${form.zh}`,
        ar: `${form.ar} ${brand.ar} ${place.ar} ${sector.ar}`,
      };
  }
}

/** Draws the `index`-th organisation. */
export function draftOrganization(random: Random, index: number): OrganizationRow {
  const v = loadVocabulary();
  const isOwner = index < OWNER_ORGANIZATIONS;
  const kind = isOwner
    ? weighted(random, [
        ['company', 80],
        ['agency', 8],
        ['park-operator', 7],
        ['association', 5],
      ] as const)
    : weighted(random, ORG_KINDS);
  const country = isOwner ? 'IR' : weighted(random, ORG_COUNTRIES);
  const id = uuidOf(random);
  let name: LocalizedText;
  let province: string | null = null;
  let countryCode: string = country;
  const sector = pick(random, ORGANIZATION_SECTORS);
  const description: LocalizedText = {};
  if (country === 'IR') {
    province = weighted(random, v.iranProvinces);
    const all = iranianName(random, v, kind, province);
    name = { fa: all.fa };
    if (chance(random, 0.85)) name.en = all.en;
    if (chance(random, 0.15)) name.zh = all.zh;
    if (chance(random, 0.1)) name.ar = all.ar;
    if (chance(random, 0.5))
      description.fa = `فعال در زمینه ${sector.fa} در استان ${v.provinceNames.get(province)!.fa}`;
  } else if (country === 'CN') {
    const p = pick(random, v.chinaProvinces);
    province = p.code;
    const brand = pick(random, CHINESE_BRANDS);
    const form = pick(random, CHINESE_FORMS);
    const place = p.name.en.replace(/ (Sheng|Shi)$/, '');
    name = { zh: `${p.name.zh.replace(/[省市]$/, '')}${brand.zh}${sector.zh}${form.zh}` };
    if (chance(random, 0.9)) name.en = `${place} ${brand.en} ${sector.en} ${form.en}`;
    if (chance(random, 0.1)) name.fa = `شرکت ${sector.fa} ${brand.en} چین`;
    if (chance(random, 0.4)) description.zh = `从事${sector.zh}业务，寻求伊朗合作项目`;
  } else if (country === 'AE') {
    const brand = pick(random, GULF_BRANDS);
    const place = pick(random, GULF_PLACES);
    name = {
      ar: `${brand.ar} ${sector.ar.replace(/^لل?/, '')} ذ.م.م`,
      en: `${brand.en} ${sector.en} ${place.en} LLC`,
    };
    if (chance(random, 0.3)) description.ar = `شركة في ${place.ar} تعمل في ${sector.ar.replace(/^لل?/, '')}`;
  } else {
    const other = pick(random, OTHER_COUNTRIES);
    countryCode = other.country;
    name = { en: `${pick(random, other.brands)} ${sector.en} ${other.form}` };
  }
  if (chance(random, 0.4)) description.en = `Active in ${sector.en.toLowerCase()}.`;
  const createdAt = new Date(BANK_EPOCH.getTime() - Math.floor(random() * THREE_YEARS_MS));
  const latin = (name.en ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return {
    id,
    slug: `${latin || 'org'}-${index.toString(36)}`,
    name,
    description,
    kind,
    country: countryCode,
    province,
    searchText: toSearchIndexText([...Object.values(name), ...Object.values(description)].join(' ')),
    createdAt,
    updatedAt: createdAt,
  };
}

// ---- Rows ---------------------------------------------------------------------------------

/** The row the server would store for a published opportunity (search text computed the same way). */
export function opportunityRowOf(
  random: Random,
  draft: OpportunityDraft,
  organizationId: string,
): OpportunityRow {
  const lookups = loadVocabulary().lookups;
  return {
    id: uuidOf(random),
    organizationId,
    externalId: draft.externalId,
    status: 'published',
    kind: draft.kind,
    title: draft.title,
    summary: draft.summary,
    sourceLanguage: draft.sourceLanguage,
    textOrigins: draft.textOrigins,
    country: 'IR',
    province: draft.province,
    latitude: draft.latitude,
    longitude: draft.longitude,
    isic: draft.isic,
    isicPaths: isicPathsOf(lookups, draft.isic),
    commodities: draft.commodities,
    hs: [],
    investmentTypes: draft.investmentTypes,
    requiredAmount: draft.requiredInvestment?.amount ?? null,
    requiredCurrency: draft.requiredInvestment?.currency ?? null,
    capacity: draft.capacity?.quantity ?? null,
    capacityUnit: draft.capacity?.unit ?? null,
    stage: draft.stage,
    contactEmail: draft.contactEmail,
    searchText: searchTextOf(lookups, draft),
    publishedAt: draft.publishedAt,
    createdAt: draft.publishedAt,
    updatedAt: draft.publishedAt,
  };
}

export interface GeneratedBank {
  organizations: OrganizationRow[];
  opportunities: OpportunityRow[];
}

/** The whole bank, the same for a given seed. */
export function generateBank(options: {
  organizations: number;
  opportunities: number;
  seed?: number;
}): GeneratedBank {
  const random = seededRandom(options.seed ?? 20260101);
  const organizations = Array.from({ length: options.organizations }, (_, i) => draftOrganization(random, i));
  const owners = Math.min(OWNER_ORGANIZATIONS, organizations.length);
  const opportunities = Array.from({ length: options.opportunities }, (_, i) => {
    // A few big owners (provincial agencies, holdings) publish much of the bank.
    const owner = organizations[Math.floor(owners * random() ** 2)]!;
    return opportunityRowOf(random, draftOpportunity(random, i + 1), owner.id);
  });
  return { organizations, opportunities };
}

/**
 * Writes the bank with multi-row INSERTs of `batch` rows. The exchange rates go in first and each
 * row's `required_usd` is computed by PostgreSQL in the INSERT, with the same expression the
 * server uses when a rate changes (`round(amount * usd_per_unit, 4)`): an UPDATE afterwards would
 * rewrite every row and its GIN entries (about a minute for 100,000 rows) and leave as many dead
 * tuples, which PGlite — no autovacuum — would keep. Then VACUUM (ANALYZE), as the server does.
 */
export async function loadBank(
  db: Database,
  bank: GeneratedBank,
  options: { batch?: number; onProgress?: (table: string, rows: number) => void } = {},
): Promise<{ organizationsMs: number; opportunitiesMs: number; vacuumMs: number }> {
  const batch = options.batch ?? 1000;
  const validFrom = new Date(BANK_EPOCH.getTime() - THREE_YEARS_MS);
  await db
    .insert(schema.exchangeRates)
    .values(EXCHANGE_RATES.map((r) => ({ ...r, validFrom, note: 'bench' })))
    .onConflictDoNothing();
  let started = performance.now();
  for (let i = 0; i < bank.organizations.length; i += batch) {
    await db.insert(schema.organizations).values(bank.organizations.slice(i, i + batch));
    options.onProgress?.('organizations', Math.min(i + batch, bank.organizations.length));
  }
  const organizationsMs = performance.now() - started;
  started = performance.now();
  const usd = (row: OpportunityRow) => {
    if (!row.requiredAmount || !row.requiredCurrency) return null;
    if (row.requiredCurrency === 'USD') return sql`${row.requiredAmount}::numeric`;
    return sql`round(${row.requiredAmount}::numeric * (select usd_per_unit from exchange_rates
      where currency = ${row.requiredCurrency} order by valid_from desc limit 1), 4)`;
  };
  for (let i = 0; i < bank.opportunities.length; i += batch) {
    const rows = bank.opportunities.slice(i, i + batch).map((row) => ({ ...row, requiredUsd: usd(row) }));
    await db.insert(schema.opportunities).values(rows);
    options.onProgress?.('opportunities', Math.min(i + batch, bank.opportunities.length));
  }
  const opportunitiesMs = performance.now() - started;
  started = performance.now();
  // What the embedded server does at start-up (VACUUM) and an import after it writes (ANALYZE too).
  await vacuum(db, { analyze: true });
  return { organizationsMs, opportunitiesMs, vacuumMs: performance.now() - started };
}

// ---- Import files -------------------------------------------------------------------------

/** The canonical import header (the English template's). */
export const IMPORT_HEADER: readonly ImportColumn[] = IMPORT_COLUMNS;

/**
 * One line of an import file for a draft, as an owner fills the template: codes mostly, some
 * Persian labels and province names, some amounts in Persian digits.
 */
export function importCellsOf(random: Random, draft: OpportunityDraft): string[] {
  const v = loadVocabulary();
  const cells: Partial<Record<ImportColumn, string>> = {
    external_id: draft.externalId,
    kind: chance(random, 0.15) ? OPPORTUNITY_KIND_LABELS[draft.kind].fa : draft.kind,
    title_fa: draft.title.fa ?? '',
    title_ar: draft.title.ar ?? '',
    title_zh: draft.title.zh ?? '',
    title_en: draft.title.en ?? '',
    summary_fa: draft.summary.fa ?? '',
    summary_ar: draft.summary.ar ?? '',
    summary_zh: draft.summary.zh ?? '',
    summary_en: draft.summary.en ?? '',
    province: chance(random, 0.3) ? v.provinceNames.get(draft.province)!.fa : draft.province,
    isic: draft.isic.join(', '),
    commodities: draft.commodities.join(', '),
    investment_types: draft.investmentTypes.join(', '),
    stage: draft.stage ?? '',
    latitude: draft.latitude === null ? '' : String(draft.latitude),
    longitude: draft.longitude === null ? '' : String(draft.longitude),
    contact_email: draft.contactEmail ?? '',
  };
  if (draft.requiredInvestment) {
    const { amount, currency } = draft.requiredInvestment;
    cells.required_investment = currency === 'IRR' && chance(random, 0.3) ? persianDigits(amount) : amount;
    cells.currency = currency;
  }
  if (draft.capacity) {
    cells.capacity = draft.capacity.quantity;
    cells.capacity_unit = draft.capacity.unit;
  }
  return IMPORT_HEADER.map((column) => cells[column] ?? '');
}
