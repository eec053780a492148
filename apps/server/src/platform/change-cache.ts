import { type Database, rowsOf, sql } from '@karvan/db';

/**
 * Results cached per version of a table. The version is the sum of the table's change counters
 * (`change_counters`, bumped by a statement trigger on every write, see migration 0005), read from
 * PostgreSQL on each request: a write committed by any server instance changes the sum, so no
 * instance serves results from before it. The counters are sharded so that concurrent writers
 * (an import and an officer publishing) rarely wait on the same row.
 *
 * A reader that read the version just before a commit may cache newer results under the older
 * version; the only readers that could see that entry are those that still read the older
 * version, so nobody is served data older than what they could already see.
 */
export type ChangeCountedTable = 'opportunities' | 'organizations';

export async function tableVersion(db: Database, table: ChangeCountedTable): Promise<string> {
  const [row] = rowsOf<{ version: string | null }>(
    await db.execute(sql`select sum(value)::text as version from change_counters where name = ${table}`),
  );
  return row?.version ?? '0';
}

/** Least-recently-used map: a hit moves the entry to the end; the oldest entries go first. */
class LruMap<V> {
  readonly #entries = new Map<string, V>();
  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }
}

const CAPACITY = 2000;
/** One cache per database handle: each test app (and each bench engine) has its own. */
const cachesByDatabase = new WeakMap<Database, Map<ChangeCountedTable, LruMap<unknown>>>();

function cacheOf(db: Database, table: ChangeCountedTable): LruMap<unknown> {
  let byTable = cachesByDatabase.get(db);
  if (!byTable) {
    byTable = new Map();
    cachesByDatabase.set(db, byTable);
  }
  let cache = byTable.get(table);
  if (!cache) {
    cache = new LruMap(CAPACITY);
    byTable.set(table, cache);
  }
  return cache;
}

/**
 * Returns what `compute` gives for `key` at the table's current version, computing it only when
 * this version has not been asked for yet. Keys must describe the whole question (filters, sort,
 * page, and anything about the caller that changes the answer).
 */
export async function cachedByVersion<T>(
  db: Database,
  table: ChangeCountedTable,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const version = await tableVersion(db, table);
  const cache = cacheOf(db, table);
  const versionedKey = `${version}\u0000${key}`;
  const hit = cache.get(versionedKey);
  if (hit !== undefined) return hit as T;
  const value = await compute();
  cache.set(versionedKey, value);
  return value;
}
