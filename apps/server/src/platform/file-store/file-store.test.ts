import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { createFileStore, type FileStore, toStoreError } from './file-store.ts';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A stream of `total` bytes in 64 KiB chunks, counting how many bytes were pulled from it. */
function countingStream(total: number): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const chunk = Buffer.alloc(64 * 1024, 7);
  const stream = new Readable({
    read() {
      if (pulled >= total) return void this.push(null);
      const size = Math.min(chunk.length, total - pulled);
      pulled += size;
      this.push(chunk.subarray(0, size));
    },
  });
  return { stream, pulled: () => pulled };
}

let root: string;
let store: FileStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'karvan-files-'));
  store = createFileStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('file store', () => {
  it('stores content under its SHA-256, with size and head', async () => {
    const bytes = Buffer.from('%PDF-1.7 سلام 你好');
    const staged = await store.write(Readable.from([bytes]), { maxBytes: 1000 });
    expect(staged.sha256).toBe(sha(bytes));
    expect(staged.size).toBe(bytes.length);
    expect(staged.head.equals(bytes)).toBe(true);
    await staged.commit();
    expect(store.pathOf(staged.sha256)).toBe(
      join(root, staged.sha256.slice(0, 2), staged.sha256.slice(2, 4), staged.sha256),
    );
    expect((await store.readAll(staged.sha256)).equals(bytes)).toBe(true);
    const chunks: Buffer[] = [];
    for await (const chunk of store.open(staged.sha256)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it('keeps only the first 64 KiB as head', async () => {
    const staged = await store.write(countingStream(200_000).stream, { maxBytes: 1e6 });
    expect(staged.head.length).toBe(64 * 1024);
    expect(staged.size).toBe(200_000);
    await staged.discard();
    expect(existsSync(staged.tempPath)).toBe(false);
  });

  it('refuses a 1 MB stream over maxBytes 1000 without reading it all, and leaves no temp file', async () => {
    const { stream, pulled } = countingStream(1_000_000);
    const error = await store.write(stream, { maxBytes: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('dataroom.file_too_large');
    expect((error as AppError).status).toBe(413);
    expect(pulled()).toBeLessThan(1_000_000);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
    expect(stream.destroyed).toBe(true);
  });

  it('commits the same content twice into one blob', async () => {
    const bytes = Buffer.from('same bytes, two uploads');
    const first = await store.write(Readable.from([bytes]), { maxBytes: 1000 });
    const second = await store.write(Readable.from([bytes]), { maxBytes: 1000 });
    await first.commit();
    await second.commit();
    await second.commit(); // a second call on the same staged file does nothing
    expect(second.sha256).toBe(first.sha256);
    expect((await store.readAll(first.sha256)).equals(bytes)).toBe(true);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
    expect(await readdir(join(root, first.sha256.slice(0, 2), first.sha256.slice(2, 4)))).toEqual([
      first.sha256,
    ]);
  });

  it('removes a blob, and a missing blob quietly', async () => {
    const staged = await store.write(Readable.from([Buffer.from('x')]), { maxBytes: 10 });
    await staged.commit();
    await store.remove(staged.sha256);
    await store.remove(staged.sha256);
    expect(existsSync(store.pathOf(staged.sha256))).toBe(false);
  });

  it('refuses addresses that are not SHA-256 hex (no path traversal)', () => {
    expect(() => store.pathOf('../../etc/passwd')).toThrow();
    expect(() => store.open('AB'.repeat(32))).toThrow();
  });

  it('sweeps orphan blobs and tmp leftovers, keeps referenced, fresh and in-flight files', async () => {
    const write = async (text: string) => {
      const staged = await store.write(Readable.from([Buffer.from(text)]), { maxBytes: 100 });
      await staged.commit();
      return staged.sha256;
    };
    const kept = await write('referenced');
    const orphan = await write('orphan');
    const fresh = await write('fresh orphan');
    const old = new Date(Date.now() - 3_600_000);
    await utimes(store.pathOf(kept), old, old);
    await utimes(store.pathOf(orphan), old, old);
    await mkdir(join(root, 'tmp'), { recursive: true });
    await writeFile(join(root, 'tmp', 'crashed-upload'), 'partial');
    await utimes(join(root, 'tmp', 'crashed-upload'), old, old);
    // Another instance sharing the directory, still writing: young, so it stays.
    await writeFile(join(root, 'tmp', 'other-instance-upload'), 'streaming');
    const pending = await store.write(Readable.from([Buffer.from('not committed yet')]), { maxBytes: 100 });
    const asked: string[] = [];

    const result = await store.sweep(
      async (sha256s) => {
        asked.push(...sha256s);
        return new Set(sha256s.filter((s) => s === kept));
      },
      { olderThanMs: 60_000 },
    );

    expect(result).toEqual({ removedBlobs: 1, removedTemp: 1 });
    expect(asked.sort()).toEqual([kept, orphan].sort());
    expect(existsSync(store.pathOf(kept))).toBe(true);
    expect(existsSync(store.pathOf(orphan))).toBe(false);
    expect(existsSync(store.pathOf(fresh))).toBe(true);
    expect(existsSync(join(root, 'tmp', 'crashed-upload'))).toBe(false);
    expect(existsSync(join(root, 'tmp', 'other-instance-upload'))).toBe(true);
    await pending.commit();
    expect(await readFile(store.pathOf(pending.sha256), 'utf8')).toBe('not committed yet');
  });

  it('answers storage.full (507) when the disk is full', () => {
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const mapped = toStoreError(full);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe('storage.full');
    expect((mapped as AppError).status).toBe(507);
    const other = new Error('other');
    expect(toStoreError(other)).toBe(other);
  });
});
