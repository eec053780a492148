import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_SHARED_BUFFERS } from '@karvan/db';
import type { AppConfig } from './platform/context.ts';

/** Everything configurable, from the environment with command-line flags taking precedence. */
export interface RuntimeConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** The embedded database's buffer cache (PostgreSQL's `shared_buffers`). */
  pgliteSharedBuffers: string;
  smtpUrl: string | null;
  mailFrom: string;
  app: AppConfig;
}

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
export const WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Reads `--name value` and `--name=value` flags. */
export function readFlag(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) return argv[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

const GiB = 1024 ** 3;

/** A positive whole number of bytes from the environment, or the default when unset. */
function readBytes(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`${name} must be a number of bytes, not "${raw}"`);
  return value;
}

export function loadConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const port = Number(readFlag(argv, 'port') ?? env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${port}"`);
  const host = readFlag(argv, 'host') ?? env['HOST'] ?? '127.0.0.1';
  const publicUrl = (env['KARVAN_PUBLIC_URL'] ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    host,
    dataDir: resolve(readFlag(argv, 'data-dir') ?? env['KARVAN_DATA_DIR'] ?? '.karvan'),
    databaseUrl: readFlag(argv, 'database-url') ?? env['DATABASE_URL'] ?? null,
    pgliteSharedBuffers: env['KARVAN_PGLITE_SHARED_BUFFERS']?.trim() || SERVER_SHARED_BUFFERS,
    smtpUrl: env['SMTP_URL'] ?? null,
    mailFrom: env['MAIL_FROM'] ?? 'Karvan <no-reply@karvan.localhost>',
    app: {
      publicUrl,
      webDistDir: WEB_DIST_DIR,
      dataDir: null,
      isSecureCookies: publicUrl.startsWith('https://'),
      version: packageJson.version,
      authRateLimitPerMinute: Number(env['KARVAN_AUTH_RATE_LIMIT'] ?? 20),
      dataroom: {
        maxFileBytes: readBytes(env, 'KARVAN_DATAROOM_MAX_FILE_BYTES', 2 * GiB),
        maxRoomBytes: readBytes(env, 'KARVAN_DATAROOM_MAX_ROOM_BYTES', 20 * GiB),
        officeConverter: env['KARVAN_OFFICE_CONVERTER']?.trim() || null,
      },
    },
  };
}
