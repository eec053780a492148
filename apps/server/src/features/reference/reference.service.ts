import { existsSync, readFileSync } from 'node:fs';
import type { Database } from '@karvan/db';
import type { Locale } from '@karvan/domain';
import { inTransaction } from '../../platform/transaction.ts';
import * as repo from './reference.repository.ts';
import {
  BOUNDARIES_FILE,
  fingerprintReferenceFiles,
  readReferenceData,
  SOURCES_FILE,
} from './reference-files.ts';

/** Loads data/ into the reference tables when the files changed since the last load. */
export async function ensureReferenceData(db: Database): Promise<{ loaded: boolean }> {
  const fingerprint = fingerprintReferenceFiles();
  if ((await repo.readFingerprint(db)) === fingerprint) return { loaded: false };
  const data = readReferenceData();
  await inTransaction(db, (tx) => repo.replaceReferenceData(tx, data, fingerprint));
  return { loaded: true };
}

const asLocales = (values: string[]) => values as Locale[];

export const listCountries = (db: Database) => repo.listCountries(db);
export const listProvinces = async (db: Database, country?: string) =>
  (await repo.listProvinces(db, country)).map((p) => ({ ...p, unofficial: asLocales(p.unofficial) }));
export const listIsic = async (db: Database, filter: Parameters<typeof repo.listIsic>[1]) =>
  (await repo.listIsic(db, filter)).map((p) => ({ ...p, unofficial: asLocales(p.unofficial) }));
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
/** HS sections are Roman numerals (I … XXI); chapters and headings sort as digits. */
export function romanToNumber(code: string): number | null {
  if (!/^[IVXL]+$/.test(code)) return null;
  let total = 0;
  for (let i = 0; i < code.length; i++) {
    const value = ROMAN[code[i]!]!;
    const next = ROMAN[code[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export const listHs = async (db: Database, filter: Parameters<typeof repo.listHs>[1]) =>
  (await repo.listHs(db, filter))
    .map((p) => ({ ...p, unofficial: asLocales(p.unofficial) }))
    .sort((a, b) => (romanToNumber(a.code) ?? 0) - (romanToNumber(b.code) ?? 0));
export const listCommodities = async (db: Database) =>
  (await repo.listCommodities(db)).map((p) => ({ ...p, unofficial: asLocales(p.unofficial) }));
export const listCurrencies = (db: Database) => repo.listCurrencies(db);

let boundaries: string | undefined;
/** Iran's province boundaries as GeoJSON text (© OpenStreetMap contributors, ODbL), read once. */
export function readIranBoundaries(): string {
  boundaries ??= readFileSync(BOUNDARIES_FILE, 'utf8');
  return boundaries;
}

export function readSources(): Array<{ file: string; what: string; source: string; licence: string }> {
  return existsSync(SOURCES_FILE) ? JSON.parse(readFileSync(SOURCES_FILE, 'utf8')) : [];
}
