// Uploads 1 GiB over HTTP to a real Karvan server started for the purpose (its own process, a
// fresh data directory with the demo data, PGlite), and reports the SERVER's peak resident
// memory (VmHWM from /proc) against the DESIGN.md bound of 150 MB. Run by dataroom.bench.ts:
//   npx tsx bench/dataroom/http-upload-server.ts
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { uploadOverHttp } from './http-upload.ts';
import { generatedStream, STORE_BYTES } from './store-write.ts';

const KARVAN = fileURLToPath(new URL('../../apps/server/bin/karvan.js', import.meta.url));
const OFFICER = 'officer@mining-development.demo.example';
const RSS_TARGET_MB = 150;
const MB = 1_000_000;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not start');
}

/** Resident memory now and at its peak (kB in /proc/PID/status), in bytes. */
async function memoryOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'karvan-bench-upload-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [KARVAN, 'start', '--port', String(port), '--data-dir', dataDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: '', KARVAN_DATA_DIR: dataDir },
  });
  try {
    await waitForHealth(base, child);
    const token = spawnSync(
      process.execPath,
      [KARVAN, 'token', 'create', OFFICER, '--name', 'bench', '--data-dir', dataDir],
      {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '', KARVAN_DATA_DIR: dataDir },
      },
    ).stdout.trim();
    const auth = { authorization: `Bearer ${token}` };
    const list = (await (await fetch(`${base}/api/v1/opportunities?limit=1`)).json()) as {
      items: Array<{ id: string }>;
    };
    const opportunityId = list.items[0]!.id;
    const created = await fetch(`${base}/api/v1/opportunities/${opportunityId}/dataroom`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{}',
    });
    if (created.status !== 201) throw new Error(`creating the room answered ${created.status}`);
    const before = await memoryOf(child.pid!);
    // Sampled while the upload runs: the start-up peak (migrations, demo data) is not the upload's.
    let duringPeak = before.rss;
    const sampler = setInterval(async () => {
      duringPeak = Math.max(duringPeak, (await memoryOf(child.pid!).catch(() => before)).rss);
    }, 100);
    const result = await uploadOverHttp(
      base,
      token,
      opportunityId,
      STORE_BYTES,
      generatedStream(STORE_BYTES),
    );
    clearInterval(sampler);
    const growth = duringPeak - before.rss;
    console.log(`  HTTP upload to a real server (PGlite), 1 GiB: ${result}`);
    console.log(
      `  server RSS before the upload ${(before.rss / MB).toFixed(0)} MB (PGlite's in-process database included), ` +
        `highest during it ${(duringPeak / MB).toFixed(0)} MB: the upload added ${(growth / MB).toFixed(0)} MB; ` +
        `target < ${RSS_TARGET_MB} MB — ${growth < RSS_TARGET_MB * MB ? 'PASS' : 'MISSED'}`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
