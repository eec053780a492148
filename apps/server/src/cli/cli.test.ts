import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The karvan command line as a user runs it, on a real embedded data directory: first with no
 * server, then with a server holding the directory (commands are handed to it), and a second
 * server refused. TEST_DATABASE_URL is ignored here on purpose: this is about the embedded mode.
 */
const bin = fileURLToPath(new URL('../../bin/karvan.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'karvan-cli-'));
const env = { ...process.env, KARVAN_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
delete (env as Record<string, string | undefined>)['DATABASE_URL'];

const karvan = (...args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

let server: ChildProcess | null = null;
afterAll(() => {
  server?.kill('SIGTERM');
});

function startServer(): Promise<{ process: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'start', '--port', '0'], { env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    child.stdout.on('data', () => {
      if (output.includes('Karvan is running at')) {
        clearTimeout(timer);
        resolve({ process: child, output: () => output });
      }
    });
    child.on('exit', () => reject(new Error(`server exited:\n${output}`)));
  });
}

describe('karvan command line', () => {
  it('works without a server: create-admin, token create (prints only the token), seed, audit verify', () => {
    const admin = karvan('create-admin', 'root@example.com', '--password', 'a long password 1');
    expect(admin).toMatchObject({ code: 0 });
    expect(admin.stdout).toContain('Created platform administrator root@example.com');
    const token = karvan('token', 'create', 'root@example.com', '--name', 'ci');
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^kvn_[A-Za-z0-9_-]{43}\n$/);
    expect(karvan('seed', '--demo').stdout).toMatch(/Demo data: \d+ organisations/);
    const verify = karvan('audit', 'verify');
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/Audit log intact: \d+ entries/);
    expect(karvan('frobnicate').code).toBe(2);
    expect(karvan('token', 'create', 'nobody@example.com', '--name', 'x').code).toBe(1);
  });

  it('works the same while the server runs, and a second server is refused', async () => {
    const running = await startServer();
    server = running.process;
    const token = karvan('token', 'create', 'root@example.com', '--name', 'while-running');
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^kvn_/);
    const url = /running at (http:\/\/\S+)/.exec(running.output())![1]!;
    const me = await fetch(`${url}/api/v1/me`, {
      headers: { authorization: `Bearer ${token.stdout.trim()}` },
    });
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('root@example.com');
    expect(karvan('audit', 'verify').code).toBe(0);

    const second = spawnSync(process.execPath, [bin, 'start', '--port', '0'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/in use by server process \d+/);

    server.kill('SIGTERM');
    await new Promise((resolve) => server!.on('exit', resolve));
    server = null;
    // After the server stopped, the command line opens the directory itself again.
    expect(karvan('audit', 'verify').code).toBe(0);
  });
});
