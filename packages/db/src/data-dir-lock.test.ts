import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, readLockOwner } from './data-dir-lock.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'karvan-lock-'));

describe('data directory lock', () => {
  it('lets one holder in and refuses a second, naming the first', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir, 'server');
    expect(() => acquireDataDirLock(dir, 'cli')).toThrow(DataDirLockedError);
    try {
      acquireDataDirLock(dir, 'cli');
    } catch (error) {
      expect((error as DataDirLockedError).owner).toMatchObject({ pid: process.pid, role: 'server' });
    }
    lock.release();
    const again = acquireDataDirLock(dir, 'cli');
    expect(readLockOwner(dir)?.role).toBe('cli');
    again.release();
    expect(existsSync(join(dir, 'karvan.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that was killed', async () => {
    const dir = freshDir();
    // A real process that exits at once: its pid is then free.
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid!;
    await new Promise((resolve) => child.on('exit', resolve));
    mkdirSync(join(dir, 'karvan.lock'));
    writeFileSync(
      join(dir, 'karvan.lock', 'owner.json'),
      JSON.stringify({ pid, hostname: hostname(), startedAt: new Date().toISOString(), role: 'server' }),
    );
    const lock = acquireDataDirLock(dir, 'server');
    expect(lock.owner.pid).toBe(process.pid);
    lock.release();
  });

  it('does not take over a fresh lock whose owner record is not written yet', () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'karvan.lock'));
    expect(() => acquireDataDirLock(dir, 'cli')).toThrow(/being opened by another process/);
  });

  it('records the bridge address for the command line', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir, 'server');
    lock.update({ bridge: { port: 1234, secret: 's' } });
    expect(readLockOwner(dir)?.bridge).toEqual({ port: 1234, secret: 's' });
    lock.release();
  });
});
