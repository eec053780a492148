import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readLockOwner } from '@karvan/db';
import pino from 'pino';
import { buildApp } from './app.ts';
import { runCommand, USAGE } from './cli/commands.ts';
import { loadConfig, type RuntimeConfig } from './config.ts';
import { sweepRoomFiles } from './features/dataroom/room-files.ts';
import { DEMO_PASSWORD, initializeOnFirstStart, listDemoAccounts } from './features/demo/demo.service.ts';
import { startMaintenance } from './features/opportunities/opportunity-maintenance.ts';
import { generateOpenApiDocument, OPENAPI_FILE } from './openapi-document.ts';
import { forwardToServer, startCliBridge } from './platform/cli-bridge.ts';
import { DataDirLockedError, openRuntime } from './platform/runtime.ts';

const logger = pino({
  level: process.env['LOG_LEVEL'] ?? 'info',
  // Credentials never reach the log.
  redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
});

async function start(config: RuntimeConfig): Promise<void> {
  const startedAt = performance.now();
  const runtime = await openRuntime(config, 'server', logger);
  const { isFirstStart } = await initializeOnFirstStart(runtime.deps, { kind: 'system', name: 'start' });
  // Leftovers of uploads a stopped process did not finish (before anything new is uploaded).
  const swept = await sweepRoomFiles(runtime.deps);
  if (swept.removedBlobs + swept.removedTemp > 0) logger.info(swept, 'data room: removed unfinished uploads');
  const app = await buildApp(runtime.deps, { logger });
  await app.listen({ port: config.port, host: config.host });
  const stopMaintenance = startMaintenance(runtime.deps);
  const bridge = runtime.lock ? await startCliBridge((argv) => runCommand(runtime.deps, argv)) : null;
  if (bridge) runtime.lock?.update({ bridge: { port: bridge.port, secret: bridge.secret } });
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : config.port;
  const url = config.app.publicUrl.replace(`:${config.port}`, `:${port}`);
  const lines = [
    '',
    `  Karvan is running at ${url}`,
    `  API docs: ${url}/api/docs`,
    `  Database: ${runtime.handle.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  Ready in ${Math.round(performance.now() - startedAt)} ms${isFirstStart ? ' (first start: database created, demo data loaded)' : ''}`,
  ];
  const demo = listDemoAccounts();
  if (demo.length)
    lines.push(`  Demo accounts (password ${DEMO_PASSWORD}): ${demo.slice(0, 3).join(', ')}, …`);
  lines.push('  Remove the demo data with: npx karvan seed --remove-demo', '');
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    bridge?.server.close();
    stopMaintenance();
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/** Runs a command here, or in the running server when it holds the embedded database. */
async function runOrForward(config: RuntimeConfig, argv: string[]): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const runtime = await openRuntime(config, 'cli', { info: () => {}, warn: (o, m) => logger.warn(o, m) });
      try {
        const result = await runCommand(runtime.deps, argv);
        process.stdout.write(result.stdout);
        process.stderr.write(result.stderr);
        return result.exitCode;
      } finally {
        await runtime.close();
      }
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) throw error;
      const owner = error.owner ?? readLockOwner(config.dataDir);
      if (owner?.role === 'server' && owner.bridge) {
        const result = await forwardToServer(owner, argv);
        process.stdout.write(result.stdout);
        process.stderr.write(result.stderr);
        return result.exitCode;
      }
      // Another command (or a server still starting) has the directory: wait a little, then give up.
      if (attempt >= 60) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (!command || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const config = loadConfig(argv);
  if (command === 'start') {
    await start(config);
    return -1;
  }
  if (command === 'openapi') {
    const document = await generateOpenApiDocument();
    if (argv.includes('--write')) {
      writeFileSync(OPENAPI_FILE, document);
      process.stdout.write(`Wrote ${OPENAPI_FILE}\n`);
    } else if (argv.includes('--check')) {
      if (!existsSync(OPENAPI_FILE) || readFileSync(OPENAPI_FILE, 'utf8') !== document) {
        process.stderr.write(
          'apps/server/openapi.json is out of date: run `npx karvan openapi --write` and commit it.\n',
        );
        return 1;
      }
      process.stdout.write('openapi.json is up to date.\n');
    } else {
      process.stdout.write(document);
    }
    return 0;
  }
  return runOrForward(config, withAbsoluteFile(argv));
}

/** `import opportunities FILE`: the server that may run the command has another working directory. */
function withAbsoluteFile(argv: string[]): string[] {
  if (argv[0] !== 'import') return argv;
  const valued = new Set(['--org', '--lang', '--data-dir', '--database-url']);
  return argv.map((arg, i) =>
    i >= 2 && !arg.startsWith('--') && !valued.has(argv[i - 1]!) ? resolve(arg) : arg,
  );
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: Error) => {
    process.stderr.write(`karvan: ${error.message}\n`);
    process.exit(1);
  },
);
