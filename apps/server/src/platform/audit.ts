import { createHash } from 'node:crypto';
import { asc, type Database, eq, gt, schema, sql } from '@karvan/db';
import { type Actor, auditActorOf } from './policy.ts';

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Facts about the change. Never a secret, password or token. */
  data?: Record<string, unknown>;
}

interface ChainedFields {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorKind: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  data: unknown;
}

/** JSON with object keys sorted, so the same entry always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** hash(n) = sha256(hash(n-1) ‖ canonical JSON of entry n). */
export const chainHash = (prevHash: string, fields: ChainedFields): string =>
  createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex');

/**
 * Appends one entry to the hash-chained audit log. Call it inside the transaction of the change it
 * records: the row lock on `audit_chain_head` orders appends across connections and instances, and
 * if the change rolls back, so does its entry.
 */
export async function appendAudit(tx: Database, actor: Actor, input: AuditInput, at: Date): Promise<void> {
  const [head] = await tx
    .select({ lastSeq: schema.auditChainHead.lastSeq, lastHash: schema.auditChainHead.lastHash })
    .from(schema.auditChainHead)
    .where(eq(schema.auditChainHead.id, 'main'))
    .for('update');
  if (!head) throw new Error('audit_chain_head is missing: migrations were not applied');
  const fields: ChainedFields = {
    seq: head.lastSeq + 1,
    at: at.toISOString(),
    ...auditActorOf(actor),
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId ?? null,
    data: input.data ?? {},
  };
  const hash = chainHash(head.lastHash, fields);
  await tx
    .insert(schema.auditLog)
    .values({ ...fields, at, data: fields.data as object, prevHash: head.lastHash, hash });
  await tx
    .update(schema.auditChainHead)
    .set({ lastSeq: fields.seq, lastHash: hash })
    .where(eq(schema.auditChainHead.id, 'main'));
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not match, when `ok` is false. */
  firstBadSeq: number | null;
}

/** Recomputes the whole chain in pages and compares it with the stored hashes and the head. */
export async function verifyAuditChain(db: Database): Promise<AuditVerification> {
  let prevHash = '0'.repeat(64);
  let expectedSeq = 1;
  const pageSize = 1000;
  for (;;) {
    const rows = await db
      .select()
      .from(schema.auditLog)
      .where(gt(schema.auditLog.seq, expectedSeq - 1))
      .orderBy(asc(schema.auditLog.seq))
      .limit(pageSize);
    for (const row of rows) {
      const fields: ChainedFields = {
        seq: row.seq,
        at: row.at.toISOString(),
        actorUserId: row.actorUserId,
        actorKind: row.actorKind,
        action: row.action,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        data: row.data,
      };
      if (row.seq !== expectedSeq || row.prevHash !== prevHash || chainHash(prevHash, fields) !== row.hash) {
        return { ok: false, entries: expectedSeq - 1, firstBadSeq: expectedSeq };
      }
      prevHash = row.hash;
      expectedSeq++;
    }
    if (rows.length < pageSize) break;
  }
  const [head] = await db.select().from(schema.auditChainHead).where(eq(schema.auditChainHead.id, 'main'));
  const entries = expectedSeq - 1;
  // Entries cut off the end would leave a valid prefix: the head remembers how long the chain was.
  if (!head || head.lastSeq !== entries || head.lastHash !== prevHash) {
    return { ok: false, entries, firstBadSeq: entries + 1 };
  }
  return { ok: true, entries, firstBadSeq: null };
}

/** Count of entries, for health and tests. */
export async function countAuditEntries(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.auditLog);
  return row?.n ?? 0;
}
