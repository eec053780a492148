import { LOCALES } from '../i18n/locales.ts';
import type { LocalizedText } from '../i18n/localized-text.ts';
import { foldDigits } from '../text/digits.ts';
import { normalizeForSearch } from '../text/normalize-for-search.ts';
import { FoldedKeyIndex, foldImportKey } from './fold-import-key.ts';

/** The reference data an import is checked against, as the server loads it. */
export type ImportReferenceData = {
  /** Provinces (ISO 3166-2 code such as "IR-08", country "IR", names in any languages). */
  readonly provinces: ReadonlyArray<{ code: string; country: string; name: LocalizedText }>;
  /** ISIC Rev.4 at every level: section letter, division, group, class, each with its parent. */
  readonly isic: ReadonlyArray<{ code: string; parentCode: string | null }>;
  /** Commodities: stable code ("copper"), chemical symbol ("Cu") if any, names. */
  readonly commodities: ReadonlyArray<{ code: string; symbol: string | null; name: LocalizedText }>;
  /** Known HS 2022 codes: chapters (2 digits), headings (4) and subheadings (6). */
  readonly hs: readonly string[];
  /** ISO 4217 codes the bank accepts. */
  readonly currencies: readonly string[];
};

/** A resolved province: its ISO 3166-2 code and country (ISO 3166-1 alpha-2). */
export type ResolvedProvince = { readonly code: string; readonly country: string };

/**
 * Reference data prepared for resolving import cells in O(1) each; build it once per import
 * with `buildImportLookups` and pass it to `validateImportRow` for every row.
 */
export type ImportLookups = {
  /** Province by ISO code ("IR-08", "ir-۰۸") or name in any language, with or without "استان" etc. */
  readonly resolveProvince: (text: string) => ResolvedProvince | null;
  /** Canonical ISIC code ("0729") for a typed code ("۰۷۲۹", "b"), or null when unknown. */
  readonly resolveIsic: (text: string) => string | null;
  /** The path of a known ISIC code from its section down: "0729" → ["B", "07", "072", "0729"]. */
  readonly isicPath: (code: string) => readonly string[];
  /** Commodity code by code ("iron_ore", "iron ore"), symbol ("Cu") or name ("مس", "铜"). */
  readonly resolveCommodity: (text: string) => string | null;
  /** Canonical HS code (digits only: "260300") for a typed one ("2603.00", "۲۶۰۳"), or null. */
  readonly resolveHs: (text: string) => string | null;
  /** Upper-cased currency code when accepted ("usd" → "USD"), or null. */
  readonly resolveCurrency: (text: string) => string | null;
};

/**
 * Words that name the kind of region around a province's name: "استان کرمان", "محافظة
 * كرمان", "Kerman Province", "Province of Kerman". Matched on `normalizeForSearch` output, so
 * Arabic letter forms are already folded (محافظة → محافظه).
 */
const PROVINCE_WORD_PREFIXES = ['استان', 'محافظه', 'province of', 'province'];
const PROVINCE_WORD_SUFFIXES = ['استان', 'province'];

/**
 * Chinese administrative suffixes, written without a space: 省 (province), 市 (municipality),
 * 自治区 (autonomous region, with the ethnic name that precedes it), 特别行政区 (SAR).
 * "广西壮族自治区" → "广西", "北京市" → "北京", "吉兰省" → "吉兰".
 */
const CHINESE_SUFFIX = /(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/u;

/** A disambiguating note in brackets, as in "中央省 (伊朗)": dropped for the short form. */
const BRACKETED_NOTE = /\s*[(（][^()（）]*[)）]\s*/gu;

/** Returns the short form of a province name: brackets, region words and 省/市/自治区 dropped. */
function shortProvinceKey(name: string): string {
  let text = normalizeForSearch(name).replace(BRACKETED_NOTE, ' ').trim();
  for (const prefix of PROVINCE_WORD_PREFIXES) {
    if (text.startsWith(`${prefix} `)) text = text.slice(prefix.length + 1);
  }
  for (const suffix of PROVINCE_WORD_SUFFIXES) {
    if (text.endsWith(` ${suffix}`)) text = text.slice(0, -(suffix.length + 1));
  }
  return foldImportKey(text.replace(CHINESE_SUFFIX, ''));
}

function buildProvinceResolver(
  provinces: ImportReferenceData['provinces'],
): (text: string) => ResolvedProvince | null {
  // Three tiers, tried in order, so an exact name never loses to a shortened one.
  const byCode = new FoldedKeyIndex<ResolvedProvince>();
  const byName = new FoldedKeyIndex<ResolvedProvince>();
  const byShortName = new FoldedKeyIndex<ResolvedProvince>();
  for (const province of provinces) {
    const value: ResolvedProvince = { code: province.code, country: province.country };
    byCode.add(province.code, value);
    for (const locale of LOCALES) {
      const name = province.name[locale];
      if (name === undefined || name.trim() === '') continue;
      byName.add(name, value);
      byShortName.addFolded(shortProvinceKey(name), value);
    }
  }
  return (text) => {
    const key = foldImportKey(text);
    if (key === '') return null;
    return byCode.getFolded(key) ?? byName.getFolded(key) ?? byShortName.getFolded(shortProvinceKey(text));
  };
}

/** Canonical form of a typed code: digits folded, spaces and dots removed, upper case. */
function canonicalCode(text: string): string {
  return foldDigits(text.normalize('NFKC'))
    .replace(/[\s.\u066B]/g, '')
    .toUpperCase();
}

/**
 * For every ISIC code, the path from its section down to it, following `parentCode`. A parent
 * that is missing from the data ends the path there; a cycle (corrupt data) is cut at the
 * first repeated code rather than looping.
 */
function buildIsicPaths(isic: ImportReferenceData['isic']): Map<string, readonly string[]> {
  const parents = new Map<string, string | null>();
  for (const entry of isic) parents.set(canonicalCode(entry.code), entry.parentCode);
  const paths = new Map<string, readonly string[]>();
  for (const code of parents.keys()) {
    const path: string[] = [];
    const visited = new Set<string>();
    let current: string | null = code;
    while (current !== null && parents.has(current) && !visited.has(current)) {
      visited.add(current);
      path.push(current);
      const parent: string | null | undefined = parents.get(current);
      current = parent === null || parent === undefined ? null : canonicalCode(parent);
    }
    paths.set(code, path.reverse());
  }
  return paths;
}

const HS_CODE = /^\d{2}(?:\d{2}(?:\d{2})?)?$/;

/**
 * HS codes: a 2-, 4- or 6-digit code is accepted when it is in the data. A 6-digit subheading
 * of a chapter for which the data holds no subheadings at all (Karvan ships subheadings only
 * for the mineral and metal chapters 25–28 and 71–81) is accepted when its 4-digit heading is
 * known, since it cannot be checked more closely. National tariff lines (8 or 10 digits) are
 * not HS codes and are refused.
 */
function buildHsResolver(hs: readonly string[]): (text: string) => string | null {
  const known = new Set<string>();
  const chaptersWithSubheadings = new Set<string>();
  for (const code of hs) {
    const canonical = canonicalCode(code);
    if (!HS_CODE.test(canonical)) continue;
    known.add(canonical);
    if (canonical.length === 6) chaptersWithSubheadings.add(canonical.slice(0, 2));
  }
  return (text) => {
    const code = canonicalCode(text);
    if (!HS_CODE.test(code)) return null;
    if (known.has(code)) return code;
    const isUncheckableSubheading =
      code.length === 6 && !chaptersWithSubheadings.has(code.slice(0, 2)) && known.has(code.slice(0, 4));
    return isUncheckableSubheading ? code : null;
  };
}

function buildCommodityResolver(
  commodities: ImportReferenceData['commodities'],
): (text: string) => string | null {
  const byCode = new FoldedKeyIndex<string>();
  const bySymbol = new FoldedKeyIndex<string>();
  const byName = new FoldedKeyIndex<string>();
  for (const commodity of commodities) {
    byCode.add(commodity.code, commodity.code);
    if (commodity.symbol !== null) bySymbol.add(commodity.symbol, commodity.code);
    for (const locale of LOCALES) {
      const name = commodity.name[locale];
      if (name !== undefined) byName.add(name, commodity.code);
    }
  }
  return (text) => {
    const key = foldImportKey(text);
    return byCode.getFolded(key) ?? bySymbol.getFolded(key) ?? byName.getFolded(key);
  };
}

/**
 * Prepares reference data for row validation: folded-key maps for provinces and commodities,
 * the ancestor path of every ISIC code, the HS code set and the currency set. Cost is linear in
 * the reference data; every lookup afterwards is O(1) in it (O(length of the cell) for folding).
 *
 * Resolution order is code first, then exact name, then (provinces only) the short name, so a
 * code always wins over a name. A key that two different entries claim in the same tier (two
 * provinces with one name) resolves to nothing rather than to an arbitrary one of them.
 */
export function buildImportLookups(data: ImportReferenceData): ImportLookups {
  const isicPaths = buildIsicPaths(data.isic);
  const currencies = new Set(data.currencies.map((code) => code.trim().toUpperCase()));
  return {
    resolveProvince: buildProvinceResolver(data.provinces),
    resolveIsic: (text) => {
      const code = canonicalCode(text);
      return isicPaths.has(code) ? code : null;
    },
    isicPath: (code) => isicPaths.get(code) ?? [],
    resolveCommodity: buildCommodityResolver(data.commodities),
    resolveHs: buildHsResolver(data.hs),
    resolveCurrency: (text) => {
      const code = foldDigits(text.normalize('NFKC')).trim().toUpperCase();
      return currencies.has(code) ? code : null;
    },
  };
}
