import type { LocalizedText } from '@karvan/domain';
import { readReferenceData } from './reference-files.ts';

/**
 * The reference data records are checked against (provinces, ISIC, commodities, HS,
 * currencies), read from the shipped files — the same the reference tables are loaded from —
 * once per process (they ship with the product and do not change while it runs).
 */
export interface ReferenceLookups {
  provinces: ReadonlyMap<string, { country: string; name: LocalizedText }>;
  isicParent: ReadonlyMap<string, string | null>;
  commodities: ReadonlyMap<string, { name: LocalizedText; symbol: string | null }>;
  hs: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  raw: ReturnType<typeof readReferenceData>;
}

let cached: ReferenceLookups | null = null;

export function referenceLookups(): ReferenceLookups {
  if (cached) return cached;
  const data = readReferenceData();
  const lookups: ReferenceLookups = {
    provinces: new Map(data.provinces.map((p) => [p.code, { country: p.country, name: p.name }])),
    isicParent: new Map(data.isic.map((i) => [i.code, i.parentCode])),
    commodities: new Map(
      data.commodities.map((c) => [
        c.code,
        { name: c.name, symbol: (c as { symbol?: string | null }).symbol ?? null },
      ]),
    ),
    hs: new Set(data.hs.map((h) => h.code)),
    currencies: new Set(data.currencies.map((c) => c.code)),
    raw: data,
  };
  cached = lookups;
  return lookups;
}

/** An ISIC code with all its ancestors up to the section letter, so a filter at any level matches. */
export function isicPathsOf(lookups: ReferenceLookups, codes: readonly string[]): string[] {
  const paths = new Set<string>();
  for (const code of codes) {
    let current: string | null | undefined = code;
    while (current && !paths.has(current)) {
      paths.add(current);
      current = lookups.isicParent.get(current);
    }
  }
  return [...paths];
}
