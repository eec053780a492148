import { sql } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../test/factories.ts';
import { buildTestApp, type TestApp } from '../test/harness.ts';
import { canonicalJson, verifyAuditChain } from './audit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await signUp(t);
  await signUp(t);
});
afterAll(() => t.close());

describe('hash-chained, append-only audit log', () => {
  it('hashes entries independently of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}',
    );
  });

  it('verifies the chain written by real changes', async () => {
    expect(await verifyAuditChain(t.deps.db)).toMatchObject({ ok: true, firstBadSeq: null });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(t.deps.db.execute(sql`update audit_log set action = 'x' where seq = 1`)).rejects.toThrow();
    await expect(t.deps.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
    await expect(t.deps.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);
  });

  it('detects an edited entry and a cut tail when someone bypasses the trigger', async () => {
    // A superuser can switch triggers off; the chain still tells.
    await t.deps.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_or_delete`);
    await t.deps.db.execute(sql`update audit_log set data = '{"forged":true}'::jsonb where seq = 2`);
    expect(await verifyAuditChain(t.deps.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
    await t.deps.db.execute(sql`delete from audit_log where seq >= 2`);
    const cut = await verifyAuditChain(t.deps.db);
    expect(cut).toMatchObject({ ok: false, entries: 1, firstBadSeq: 2 });
    await t.deps.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_or_delete`);
  });
});
