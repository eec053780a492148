import { and, type Database, eq, gt, isNull, schema } from '@karvan/db';
import type { PlatformRole, UserActor } from './policy.ts';
import { digestSecret } from './secrets.ts';

export const SESSION_COOKIE = 'karvan_session';
export const CSRF_COOKIE = 'karvan_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_LIFETIME_MS = 30 * 24 * 3600 * 1000;
/** Sliding sessions touch `last_seen_at` at most this often, so reads stay reads. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface ResolvedUser {
  actor: UserActor;
  locale: string;
}

const userColumns = {
  userId: schema.users.id,
  email: schema.users.email,
  name: schema.users.name,
  platformRoles: schema.users.platformRoles,
  locale: schema.users.locale,
} as const;

interface UserFields {
  userId: string;
  email: string;
  name: string;
  platformRoles: string[];
  locale: string;
}

function toResolvedUser(row: UserFields, via: UserActor['via'], credentialId: string): ResolvedUser {
  return {
    locale: row.locale,
    actor: {
      kind: 'user',
      userId: row.userId,
      email: row.email,
      name: row.name,
      platformRoles: row.platformRoles as PlatformRole[],
      via,
      credentialId,
    },
  };
}

/** Finds the live session behind a cookie value, sliding its expiry forward now and then. */
export async function resolveSession(db: Database, secret: string, now: Date): Promise<ResolvedUser | null> {
  const [row] = await db
    .select({ ...userColumns, sessionId: schema.sessions.id, lastSeenAt: schema.sessions.lastSeenAt })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .where(and(eq(schema.sessions.tokenHash, digestSecret(secret)), gt(schema.sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .update(schema.sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) })
      .where(eq(schema.sessions.id, row.sessionId));
  }
  return toResolvedUser(row, 'session', row.sessionId);
}

/** Finds the user behind a personal API token that has not been revoked. */
export async function resolveApiToken(db: Database, secret: string, now: Date): Promise<ResolvedUser | null> {
  const [row] = await db
    .select({ ...userColumns, tokenId: schema.apiTokens.id, lastUsedAt: schema.apiTokens.lastUsedAt })
    .from(schema.apiTokens)
    .innerJoin(schema.users, eq(schema.users.id, schema.apiTokens.userId))
    .where(and(eq(schema.apiTokens.tokenHash, digestSecret(secret)), isNull(schema.apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(schema.apiTokens).set({ lastUsedAt: now }).where(eq(schema.apiTokens.id, row.tokenId));
  }
  return toResolvedUser(row, 'token', row.tokenId);
}
