import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale, LocalizedText } from '@karvan/domain';
import { parse } from 'csv-parse/sync';

/** The repository's data/ folder, which ships with the product. */
export const DATA_DIR = fileURLToPath(new URL('../../../../../data/', import.meta.url));

type Row = Record<string, string>;

function readCsv(relativePath: string): Row[] {
  const path = join(DATA_DIR, relativePath);
  if (!existsSync(path)) return [];
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Row[];
}

const indexBy = (rows: Row[], key: string) => new Map(rows.map((row) => [row[key] ?? '', row]));

/** Builds a LocalizedText from the non-empty values. */
function text(values: Partial<Record<Locale, string | undefined>>): LocalizedText {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v?.trim())) as LocalizedText;
}

/** Locales present in `value` whose text came from Karvan's own translation. */
const ours = (value: LocalizedText, locales: Locale[]) => locales.filter((l) => value[l]);

const parseUnofficial = (cell: string | undefined) =>
  (cell ?? '').split(/[\s,;]+/).filter((l): l is Locale => ['fa', 'ar', 'zh', 'en'].includes(l));

export interface ReferenceData {
  countries: Array<{ code: string; name: LocalizedText }>;
  provinces: Array<{ code: string; country: string; name: LocalizedText; unofficial: Locale[] }>;
  isic: Array<{
    code: string;
    level: string;
    parentCode: string | null;
    title: LocalizedText;
    unofficial: Locale[];
  }>;
  hs: Array<{
    code: string;
    level: string;
    parentCode: string | null;
    description: LocalizedText;
    unofficial: Locale[];
  }>;
  commodities: Array<{
    code: string;
    symbol: string | null;
    name: LocalizedText;
    hs: string[];
    isic: string[];
    unofficial: Locale[];
  }>;
  currencies: Array<{ code: string; minorUnits: number; name: LocalizedText }>;
}

function readProvinces(): ReferenceData['provinces'] {
  const iranOverlay = indexBy(readCsv('translations/iran_provinces.csv'), 'iso_3166_2');
  const iran = readCsv('iran_provinces.csv').map((row) => {
    const overlay = iranOverlay.get(row['iso_3166_2'] ?? '');
    const name = text({
      en: overlay?.['name_en'] || row['name_en_osm'],
      fa: overlay?.['name_fa'] || row['name_fa_osm'],
      ar: overlay?.['name_ar'] || row['name_ar_osm'],
      zh: overlay?.['name_zh'] || row['name_zh_iso_codes'] || row['name_zh_osm'],
    });
    return {
      code: row['iso_3166_2']!,
      country: 'IR',
      name,
      unofficial: parseUnofficial(overlay?.['unofficial']),
    };
  });
  const chinaOverlay = indexBy(readCsv('translations/china_provinces.csv'), 'iso_3166_2');
  const china = readCsv('china_provinces.csv').map((row) => {
    const overlay = chinaOverlay.get(row['iso_3166_2'] ?? '');
    const name = text({
      en: row['name_en_cldr48'] || overlay?.['name_en'] || row['name_iso_romanized'],
      zh: row['name_zh_iso_codes'] || overlay?.['name_zh'],
      fa: row['name_fa'] || overlay?.['name_fa'],
      ar: row['name_ar'] || overlay?.['name_ar'],
    });
    const unofficial = overlay ? parseUnofficial(overlay['unofficial']) : [];
    return { code: row['iso_3166_2']!, country: 'CN', name, unofficial };
  });
  return [...iran, ...china];
}

function readIsic(): ReferenceData['isic'] {
  const overlay = indexBy(readCsv('translations/isic_rev4.csv'), 'code');
  return readCsv('isic_rev4.csv').map((row) => {
    const extra = overlay.get(row['code'] ?? '');
    const title = text({
      en: row['title_en'],
      ar: row['title_ar'],
      fa: row['title_fa'] || extra?.['title_fa'],
      zh: row['title_zh'] || extra?.['title_zh'],
    });
    const unofficial = ours(
      text({
        fa: row['title_fa'] ? '' : extra?.['title_fa'],
        zh: row['title_zh'] ? '' : extra?.['title_zh'],
      }),
      ['fa', 'zh'],
    );
    return { code: row['code']!, level: row['level']!, parentCode: row['parent'] || null, title, unofficial };
  });
}

const HS_LEVELS: Record<string, string> = { '2': 'chapter', '4': 'heading', '6': 'subheading' };

function readHs(): ReferenceData['hs'] {
  const overlay = indexBy(readCsv('translations/hs2022.csv'), 'code');
  const describe = (code: string, en: string | undefined) => {
    const extra = overlay.get(code);
    const description = text({
      en,
      fa: extra?.['description_fa'],
      ar: extra?.['description_ar'],
      zh: extra?.['description_zh'],
    });
    return { description, unofficial: ours(description, ['fa', 'ar', 'zh']) };
  };
  const sections = readCsv('hs2022_sections.csv').map((row) => ({
    code: row['section']!,
    level: 'section',
    parentCode: null,
    ...describe(row['section']!, row['name_en']),
  }));
  const lines = [
    ...readCsv('hs2022_chapters_headings.csv'),
    ...readCsv('hs2022_subheadings_ch25-28_71-81.csv'),
  ]
    .filter((row) => HS_LEVELS[row['level'] ?? ''])
    .map((row) => ({
      code: row['code']!,
      level: HS_LEVELS[row['level']!]!,
      // Chapters hang under their section (the source says TOTAL).
      parentCode: row['level'] === '2' ? row['section']! : row['parent'] || null,
      ...describe(row['code']!, row['description_en']),
    }));
  return [...sections, ...lines];
}

function readCommodities(): ReferenceData['commodities'] {
  const overlay = new Map(
    readCsv('translations/minerals.csv').map((row) => [row['code'] ?? row['key'] ?? '', row] as const),
  );
  return readCsv('minerals.csv').map((row) => {
    const extra = overlay.get(row['key'] ?? '');
    const name = text({
      en: row['name_en'],
      fa: row['name_fa'] || extra?.['name_fa'],
      ar: row['name_ar'] || extra?.['name_ar'],
      zh: extra?.['name_zh'],
    });
    const split = (cell: string | undefined) =>
      (cell ?? '')
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    return {
      code: row['key']!,
      symbol: row['element_symbol'] || null,
      name,
      hs: split(row['hs2022_codes']),
      isic: split(row['isic4_classes']),
      unofficial: ours(
        text({
          fa: row['name_fa'] ? '' : extra?.['name_fa'],
          ar: row['name_ar'] ? '' : extra?.['name_ar'],
          zh: extra?.['name_zh'],
        }),
        ['fa', 'ar', 'zh'],
      ),
    };
  });
}

function readCurrencies(): ReferenceData['currencies'] {
  const json = JSON.parse(readFileSync(join(DATA_DIR, 'currencies.json'), 'utf8')) as Record<
    string,
    {
      iso4217?: { minor_units?: number };
      cldr48_fraction_digits?: number;
      display_names_cldr?: LocalizedText;
    }
  >;
  return Object.entries(json)
    .filter(([code, value]) => /^[A-Z]{3}$/.test(code) && value.display_names_cldr)
    .map(([code, value]) => ({
      code,
      // CLDR's display digits (IRR: 0), which is what people see, rather than ISO's accounting 2.
      minorUnits: value.cldr48_fraction_digits ?? value.iso4217?.minor_units ?? 2,
      name: value.display_names_cldr!,
    }));
}

/** Reads every reference file in data/ (with our translation overlays) into plain rows. */
export function readReferenceData(): ReferenceData {
  return {
    countries: readCsv('countries.csv').map((row) => ({
      code: row['alpha_2']!,
      name: text({
        en: row['name_en_cldr'] || row['name_iso_en'],
        fa: row['name_fa_cldr'],
        ar: row['name_ar_cldr'],
        zh: row['name_zh_cldr'],
      }),
    })),
    provinces: readProvinces(),
    isic: readIsic(),
    hs: readHs(),
    commodities: readCommodities(),
    currencies: readCurrencies(),
  };
}

/** A digest of the data files, so that start-up reloads them only when they changed. */
export function fingerprintReferenceFiles(): string {
  const files = [
    'countries.csv',
    'iran_provinces.csv',
    'china_provinces.csv',
    'isic_rev4.csv',
    'hs2022_sections.csv',
    'hs2022_chapters_headings.csv',
    'hs2022_subheadings_ch25-28_71-81.csv',
    'minerals.csv',
    'currencies.json',
    'translations/iran_provinces.csv',
    'translations/china_provinces.csv',
    'translations/isic_rev4.csv',
    'translations/hs2022.csv',
    'translations/minerals.csv',
  ];
  const hash = createHash('sha256');
  for (const file of files) {
    const path = join(DATA_DIR, file);
    hash.update(file).update(existsSync(path) ? readFileSync(path) : Buffer.alloc(0));
  }
  return hash.digest('hex');
}

export const BOUNDARIES_FILE = join(DATA_DIR, 'iran_provinces_simplified.geojson');
export const SOURCES_FILE = join(DATA_DIR, 'sources.json');
