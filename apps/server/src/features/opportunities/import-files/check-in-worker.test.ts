import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckMessage, checkImportFile } from './check-import-file.ts';
import { checkImportFileInWorker } from './check-in-worker.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'karvan-check-worker-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(messages: AsyncIterable<CheckMessage>): Promise<CheckMessage[]> {
  const all: CheckMessage[] = [];
  for await (const message of messages) all.push(message);
  return all;
}

describe('checking a file in a worker thread', () => {
  it('reports exactly what checking on the main thread reports, in batches of staged rows', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `W-${i},mining,معدن ${i},IR-08`);
    const path = join(dir, 'rows.csv');
    await writeFile(
      path,
      ['external_id,kind,title_fa,province', ...rows, 'W-0,mining,تکراری,IR-08', 'W-X,volcano,,'].join('\n'),
    );
    const inWorker = await collect(checkImportFileInWorker(path, 'csv'));
    expect(inWorker).toEqual(await collect(checkImportFile(path, 'csv')));
    expect(inWorker.map((m) => m.kind)).toEqual(['opened', 'batch', 'batch', 'done']);
    expect(inWorker.at(-1)).toEqual({ kind: 'done', total: 1502, valid: 1500 });
    const staged = JSON.parse((inWorker[2] as { rowsJson: string }).rowsJson);
    expect(staged.at(-2)).toMatchObject({ rowNumber: 1502, values: null, externalId: 'W-0' });
    expect(staged[0]).toMatchObject({ rowNumber: 1002, externalId: 'W-1000', problems: null });
    expect(staged[0].values.searchText).toContain('معدن');
  });

  it('reports a file problem as the last message', async () => {
    const path = join(dir, 'no-province.csv');
    await writeFile(path, 'external_id,kind,title_fa\nA,mining,x\n');
    expect(await collect(checkImportFileInWorker(path, 'csv'))).toEqual([
      { kind: 'failed', problem: { code: 'missing_columns', params: { columns: 'province' } } },
    ]);
  });
});
