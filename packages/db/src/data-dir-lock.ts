import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** What the process holding a data directory says about itself (written next to the lock). */
export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  /** `server` or `cli`; a server also says where the local command bridge listens. */
  role: 'server' | 'cli';
  bridge?: { port: number; secret: string };
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    super(
      owner
        ? `The data directory ${dataDir} is in use by ${owner.role} process ${owner.pid} on ${owner.hostname} since ${owner.startedAt}.`
        : `The data directory ${dataDir} is being opened by another process.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly owner: LockOwner;
  /** Rewrites the owner record (a server adds its bridge address once it listens). */
  update(owner: Partial<LockOwner>): void;
  release(): void;
}

const lockPath = (dataDir: string) => join(dataDir, 'karvan.lock');
const ownerPath = (dataDir: string) => join(dataDir, 'karvan.lock', 'owner.json');

/** A lock directory without an owner record younger than this is another process mid-acquire. */
const OWNERLESS_GRACE_MS = 10_000;

/** Reads who holds the data directory, or null when nobody does (or it is unreadable mid-write). */
export function readLockOwner(dataDir: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(ownerPath(dataDir), 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(dataDir: string, owner: LockOwner | null): boolean {
  if (owner) return owner.hostname === hostname() && !isProcessAlive(owner.pid);
  try {
    return Date.now() - statSync(lockPath(dataDir)).mtimeMs > OWNERLESS_GRACE_MS;
  } catch {
    return true;
  }
}

/**
 * Takes the data directory for this process, or throws DataDirLockedError.
 *
 * PGlite puts no lock on its files and a second process would corrupt them (STACK-NOTES), so
 * Karvan guards the directory itself: `mkdir` is atomic, and the owner record (pid, host) lets a
 * later process recognise a lock left by a killed one. A stale lock is renamed away before it is
 * removed, so two processes that both find it stale cannot both win.
 */
export function acquireDataDirLock(dataDir: string, role: LockOwner['role']): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      mkdirSync(lockPath(dataDir));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readLockOwner(dataDir);
      if (!isStale(dataDir, owner)) throw new DataDirLockedError(dataDir, owner);
      const graveyard = `${lockPath(dataDir)}.stale-${process.pid}-${attempt}`;
      try {
        renameSync(lockPath(dataDir), graveyard);
        rmSync(graveyard, { recursive: true, force: true });
      } catch {
        // Another process cleared or took it first; try again.
      }
      continue;
    }
    let owner: LockOwner = {
      pid: process.pid,
      hostname: hostname(),
      startedAt: new Date().toISOString(),
      role,
    };
    const write = () => writeFileSync(ownerPath(dataDir), JSON.stringify(owner), { mode: 0o600 });
    write();
    let isReleased = false;
    const release = () => {
      if (isReleased) return;
      isReleased = true;
      process.off('exit', release);
      rmSync(lockPath(dataDir), { recursive: true, force: true });
    };
    process.on('exit', release);
    return {
      get owner() {
        return owner;
      },
      update(partial) {
        owner = { ...owner, ...partial };
        write();
      },
      release,
    };
  }
  throw new DataDirLockedError(dataDir, readLockOwner(dataDir));
}
