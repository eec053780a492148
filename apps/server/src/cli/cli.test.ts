import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
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

const importFile = join(dataDir, 'cli-import.csv');
writeFileSync(
  importFile,
  [
    'external_id,kind,title_en,title_fa,province',
    'CLI-1,mining,CLI copper prospect,اکتشاف مس,IR-08',
    'CLI-2,energy,CLI solar farm,نیروگاه خورشیدی,IR-25',
    'CLI-3,mining,CLI bad row,ردیف بد,Atlantis',
  ].join('\n'),
);

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

  it('imports opportunities: a dry run writes nothing, all-or-nothing refuses bad rows, --valid-only and --publish write', () => {
    const args = ['import', 'opportunities', importFile, '--org', 'demo-mining-development'];
    const dry = karvan(...args, '--dry-run', '--json');
    expect(dry.code).toBe(1);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      total: 3,
      imported: 0,
      updated: 0,
      dryRun: true,
      wouldImport: 2,
      rejected: [{ row: 4, column: 'province', code: 'unknown_province' }],
    });
    expect(JSON.parse(karvan(...args, '--json').stdout)).toMatchObject({ imported: 0, updated: 0 });
    const written = karvan(...args, '--valid-only', '--publish', '--json');
    expect(written.code).toBe(0);
    expect(JSON.parse(written.stdout)).toMatchObject({ total: 3, imported: 2, updated: 0 });
    expect(karvan(...args, '--valid-only').stdout).toContain('Imported 0 new opportunities, updated 2.');
    expect(karvan('import', 'opportunities', importFile, '--org', 'no-such-org').code).toBe(1);
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
    // A relative path is resolved here, not in the server's working directory.
    const relative = spawnSync(
      process.execPath,
      [
        bin,
        'import',
        'opportunities',
        basename(importFile),
        '--org',
        'demo-mining-development',
        '--valid-only',
        '--json',
      ],
      { env, encoding: 'utf8', timeout: 60_000, cwd: dirname(importFile) },
    );
    expect(JSON.parse(relative.stdout)).toMatchObject({ imported: 0, updated: 2 });
    const search = await fetch(`${url}/api/v1/opportunities?q=${encodeURIComponent('CLI')}`);
    expect(((await search.json()) as { total: number }).total).toBe(2);

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
