import { sql } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/harness.ts';
import { cachedByVersion, tableVersion } from './change-cache.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('versions of a table', () => {
  it('move by one for every writing statement, whichever shard it lands on', async () => {
    const before = BigInt(await tableVersion(t.deps.db, 'organizations'));
    for (let i = 0; i < 40; i++)
      await t.deps.db.execute(sql`update organizations set kind = kind where false`);
    expect(BigInt(await tableVersion(t.deps.db, 'organizations'))).toBe(before + 40n);
  });

  it('key the cache: the same question is computed once per version', async () => {
    let computed = 0;
    const ask = () => cachedByVersion(t.deps.db, 'organizations', 'question', async () => ++computed);
    expect(await ask()).toBe(1);
    expect(await ask()).toBe(1);
    await t.deps.db.execute(sql`update organizations set kind = kind where false`);
    expect(await ask()).toBe(2);
  });
});
