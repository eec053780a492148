import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors.ts';
import { MeterStream } from './meter-stream.ts';
import { type SweepOptions, type SweepResult, sweepStore } from './sweep.ts';

/** An upload written to the store's tmp/ folder, hashed and counted, not yet under its address. */
export interface StagedFile {
  /** Lower-case hex SHA-256 of the content: its address in the store. */
  sha256: string;
  size: number;
  tempPath: string;
  /** The first 64 KiB (less for a smaller file), for sniffing the type. */
  head: Buffer;
  /** Flushes the bytes to disk and moves them to their address; a blob already there is kept. */
  commit(): Promise<void>;
  /** Deletes the temporary file. */
  discard(): Promise<void>;
}

export interface WriteOptions {
  /** The stream is cut and refused with `dataroom.file_too_large` as soon as it passes this size. */
  maxBytes: number;
}

/**
 * Content-addressed blobs on local disk (DESIGN.md decision 2): a file is kept once whatever
 * number of documents or versions use it, at `<root>/<aa>/<bb>/<sha256>`.
 */
export interface FileStore {
  readonly rootDir: string;
  write(source: Readable, options: WriteOptions): Promise<StagedFile>;
  open(sha256: string): Readable;
  readAll(sha256: string): Promise<Buffer>;
  pathOf(sha256: string): string;
  remove(sha256: string): Promise<void>;
  /**
   * Deletes leftovers: everything in tmp/ (except uploads this store is writing now) and every
   * blob older than `olderThanMs` that `isReferenced` does not return. The server calls it at
   * start with a lookup of `stored_files`, so a crash between commit and the database insert
   * leaves no stray file behind.
   */
  sweep(
    isReferenced: (sha256s: string[]) => Promise<Set<string>>,
    options: SweepOptions,
  ): Promise<SweepResult>;
}

export const HEAD_BYTES = 64 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;
const MiB = 1024 * 1024;

/** Blob path of `sha256` under `rootDir`; refuses anything but 64 hex digits (no path tricks). */
export function blobPath(rootDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256 address: ${sha256}`);
  return join(rootDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** Turns a failed write into the error the API answers with; other faults pass through. */
export function toStoreError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // EDQUOT: the disk has room but this user's quota does not; the same answer for the client.
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('storage.full', { extra: { cause: code } });
  return error;
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** fsync on the file, then on its folder so the rename that follows is durable too. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(path: string): Promise<void> {
  // Some file systems refuse fsync on a directory; the rename is then as durable as they allow.
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/** Creates a store rooted at `rootDir` (normally `<dataDir>/files`); folders are made on first use. */
export function createFileStore(rootDir: string): FileStore {
  const tmpDir = join(rootDir, 'tmp');
  /** Temp files being written or staged by this process: sweep must not delete them. */
  const inFlight = new Set<string>();

  const stage = (meter: MeterStream, tempPath: string): StagedFile => {
    const sha256 = meter.digest();
    let settled = false;
    const release = () => {
      settled = true;
      inFlight.delete(tempPath);
    };
    return {
      sha256,
      size: meter.bytes,
      tempPath,
      head: meter.head(),
      async commit() {
        if (settled) return;
        const target = blobPath(rootDir, sha256);
        try {
          await syncFile(tempPath);
          const existing = await stat(target).catch(() => undefined);
          if (existing) {
            // Same bytes already stored. Touch it so a sweep running now sees a fresh blob.
            const now = new Date();
            await utimes(target, now, now);
            await removeQuietly(tempPath);
          } else {
            const folder = join(target, '..');
            await mkdir(folder, { recursive: true });
            await rename(tempPath, target);
            await syncDirectory(folder);
          }
        } catch (error) {
          throw toStoreError(error);
        } finally {
          release();
        }
      },
      async discard() {
        if (settled) return;
        release();
        await removeQuietly(tempPath);
      },
    };
  };

  return {
    rootDir,
    async write(source, { maxBytes }) {
      await mkdir(tmpDir, { recursive: true }).catch((error) => {
        throw toStoreError(error);
      });
      const tempPath = join(tmpDir, randomUUID());
      inFlight.add(tempPath);
      const meter = new MeterStream(maxBytes, HEAD_BYTES);
      try {
        // pipeline keeps memory flat (backpressure) and destroys the source on failure, so an
        // oversized upload is not read to its end.
        await pipeline(source, meter, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }));
      } catch (error) {
        inFlight.delete(tempPath);
        await removeQuietly(tempPath);
        if (meter.isOverLimit) {
          throw new AppError('dataroom.file_too_large', {
            params: { maxMb: Math.max(1, Math.floor(maxBytes / MiB)) },
            extra: { maxBytes },
          });
        }
        throw toStoreError(error);
      }
      return stage(meter, tempPath);
    },
    open(sha256) {
      return createReadStream(blobPath(rootDir, sha256));
    },
    readAll(sha256) {
      return readFile(blobPath(rootDir, sha256));
    },
    pathOf(sha256) {
      return blobPath(rootDir, sha256);
    },
    async remove(sha256) {
      await removeQuietly(blobPath(rootDir, sha256));
    },
    sweep(isReferenced, options) {
      return sweepStore(rootDir, tmpDir, inFlight, isReferenced, options);
    },
  };
}
