// `npm start`: builds the web app when its build is missing or older than its sources, then runs
// `karvan start` (migrate, load reference data, demo data on first start, serve).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'apps/web');
const builtIndex = join(web, 'dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = [join(web, 'src'), join(root, 'packages/domain/src')];
const isStale =
  !existsSync(builtIndex) ||
  Math.max(...sources.map(newestMtime), statSync(join(web, 'index.html')).mtimeMs) >
    statSync(builtIndex).mtimeMs;

if (isStale) {
  console.log('Building the web app…');
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@karvan/web'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The server runs as a child: pass on the signals so that stopping this script stops it too
// (the browser test stops the server this way; before, the server outlived it).
const server = spawn(
  process.execPath,
  [join(root, 'apps/server/bin/karvan.js'), 'start', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
