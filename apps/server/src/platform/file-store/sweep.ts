import { readdir, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export interface SweepOptions {
  /**
   * Blobs modified less than this long ago are kept even when unreferenced: an upload may have
   * committed its file and not yet inserted its database row.
   */
  olderThanMs: number;
  /** Clock for the age test; default `Date.now()`. */
  now?: number;
}

export interface SweepResult {
  removedBlobs: number;
  removedTemp: number;
}

const SHA256 = /^[0-9a-f]{64}$/;
const HEX2 = /^[0-9a-f]{2}$/;
/** Addresses asked about per callback call: bounded memory and query size for any store size. */
const BATCH = 500;

async function listDirectories(path: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && pattern.test(entry.name))
    .map((entry) => entry.name);
}

/** Blob files under `<root>/<aa>/<bb>/`, one folder of addresses at a time. */
async function* blobFolders(rootDir: string): AsyncGenerator<{ folder: string; names: string[] }> {
  for (const first of await listDirectories(rootDir, HEX2)) {
    for (const second of await listDirectories(join(rootDir, first), HEX2)) {
      const folder = join(rootDir, first, second);
      const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
      const prefix = first + second;
      const names = entries
        .filter((entry) => entry.isFile() && SHA256.test(entry.name) && entry.name.startsWith(prefix))
        .map((entry) => entry.name);
      yield { folder, names };
    }
  }
}

/**
 * Temporary files older than the cutoff: another instance sharing the directory may still be
 * writing a younger one (an upload streams for minutes, and its file's time moves as it grows).
 */
async function removeTemp(tmpDir: string, inFlight: Set<string>, cutoff: number): Promise<number> {
  const names = await readdir(tmpDir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const path = join(tmpDir, name);
    if (inFlight.has(path)) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && info.mtimeMs > cutoff) continue;
    await rm(path, { recursive: true, force: true });
    removed++;
  }
  return removed;
}

async function removeUnreferenced(
  batch: Array<{ sha256: string; path: string }>,
  isReferenced: (sha256s: string[]) => Promise<Set<string>>,
): Promise<number> {
  if (batch.length === 0) return 0;
  const referenced = await isReferenced(batch.map((blob) => blob.sha256));
  let removed = 0;
  for (const blob of batch) {
    if (referenced.has(blob.sha256)) continue;
    await unlink(blob.path).catch(() => undefined);
    removed++;
  }
  return removed;
}

/** See `FileStore.sweep`. */
export async function sweepStore(
  rootDir: string,
  tmpDir: string,
  inFlight: Set<string>,
  isReferenced: (sha256s: string[]) => Promise<Set<string>>,
  options: SweepOptions,
): Promise<SweepResult> {
  const cutoff = (options.now ?? Date.now()) - options.olderThanMs;
  const removedTemp = await removeTemp(tmpDir, inFlight, cutoff);
  let removedBlobs = 0;
  let batch: Array<{ sha256: string; path: string }> = [];
  for await (const { folder, names } of blobFolders(rootDir)) {
    for (const name of names) {
      const path = join(folder, name);
      const info = await stat(path).catch(() => undefined);
      if (!info || info.mtimeMs > cutoff) continue;
      batch.push({ sha256: name, path });
      if (batch.length >= BATCH) {
        removedBlobs += await removeUnreferenced(batch, isReferenced);
        batch = [];
      }
    }
  }
  removedBlobs += await removeUnreferenced(batch, isReferenced);
  return { removedBlobs, removedTemp };
}
