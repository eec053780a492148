import type { Database, DatabaseKind } from '@karvan/db';
import type { Locale } from '@karvan/domain';
import type { Mailer } from './mailer.ts';
import type { Actor, RoutePolicy } from './policy.ts';

/** Settings the app is built with (read from the environment and flags in config.ts). */
export interface AppConfig {
  /** Public base URL used in e-mailed links, e.g. http://localhost:3000. */
  publicUrl: string;
  /** Built web app to serve at `/`, or null to serve only the API. */
  webDistDir: string | null;
  /** Where files live (uploads waiting to be imported, later the data room's store); the embedded database too. */
  dataDir: string | null;
  /** Secure cookies only over HTTPS; off for http://localhost. */
  isSecureCookies: boolean;
  version: string;
  /** Requests per minute per address on the sign-in endpoints. */
  authRateLimitPerMinute: number;
  dataroom: DataRoomConfig;
}

/** Data-room limits and the optional Office-to-PDF converter. */
export interface DataRoomConfig {
  /** Largest single upload; the stream is cut when it passes this. */
  maxFileBytes: number;
  /** Size limit given to a new room (bytes of distinct files in it, bin included). */
  maxRoomBytes: number;
  /** A command that converts Office files to PDF (e.g. `soffice`), or null: Office files are download-only. */
  officeConverter: string | null;
}

/** What every feature needs, handed over explicitly (no globals) so tests can build their own. */
export interface AppDeps {
  db: Database;
  databaseKind: DatabaseKind;
  config: AppConfig;
  mailer: Mailer;
  /** The clock; tests move it to check expiries and lock-outs. */
  now: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every route registered, for the test that proves each one names its policy. */
    routeCatalog: Array<{ method: string | string[]; url: string; policy: RoutePolicy | undefined }>;
  }
  interface FastifyRequest {
    actor: Actor;
    locale: Locale;
  }
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}
