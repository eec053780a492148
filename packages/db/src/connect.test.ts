import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { connectPglite, rowsOf } from './connect.ts';

describe('connectPglite', () => {
  it('starts PostgreSQL with the buffer cache asked for, and with the planner cost we set', async () => {
    const handle = await connectPglite({ sharedBuffers: '64MB' });
    try {
      const [row] = rowsOf<{ buffers: string; cost: string }>(
        await handle.db.execute(
          sql`select current_setting('shared_buffers') as buffers, current_setting('random_page_cost') as cost`,
        ),
      );
      expect(row).toEqual({ buffers: '64MB', cost: '1.1' });
    } finally {
      await handle.close();
    }
  });

  it('refuses a buffer size that is not an amount, before starting anything', async () => {
    await expect(connectPglite({ sharedBuffers: '256MB -c fsync=off' })).rejects.toThrow(/shared_buffers/);
    await expect(connectPglite({ sharedBuffers: 'lots' })).rejects.toThrow(/shared_buffers/);
  });
});

describe('vacuum', () => {
  it('runs on named tables and on the whole database, with or without ANALYZE', async () => {
    const { vacuum } = await import('./maintenance.ts');
    const handle = await connectPglite({});
    try {
      await handle.db.execute(sql`create table words (word text primary key)`);
      await handle.db.execute(sql`insert into words select 'w' || g from generate_series(1, 500) g`);
      await vacuum(handle.db, { tables: ['words'], analyze: true });
      await vacuum(handle.db);
      const [row] = rowsOf<{ tuples: number }>(
        await handle.db.execute(sql`select reltuples::int as tuples from pg_class where relname = 'words'`),
      );
      // reltuples is -1 until a VACUUM or ANALYZE has counted the table.
      expect(row?.tuples).toBe(500);
    } finally {
      await handle.close();
    }
  });
});
