import { and, asc, type Database, desc, eq, gt, isNull, ne, schema, sql } from '@karvan/db';
import type { Locale } from '@karvan/domain';
import type { PlatformRole } from '../../platform/policy.ts';
import type { TUser } from './account.schemas.ts';

const u = schema.users;

const userColumns = {
  id: u.id,
  email: u.email,
  name: u.name,
  locale: u.locale,
  calendar: u.calendar,
  currencyDisplay: u.currencyDisplay,
  platformRoles: u.platformRoles,
  totpSecret: u.totpSecret,
  createdAt: u.createdAt,
} as const;

interface UserRow {
  id: string;
  email: string;
  name: string;
  locale: string;
  calendar: string;
  currencyDisplay: string;
  platformRoles: string[];
  totpSecret: string | null;
  createdAt: Date;
}

function toUser(row: UserRow): TUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale as Locale,
    calendar: row.calendar as TUser['calendar'],
    currencyDisplay: row.currencyDisplay as TUser['currencyDisplay'],
    platformRoles: row.platformRoles as PlatformRole[],
    totpEnabled: row.totpSecret !== null,
    createdAt: row.createdAt,
  };
}

export async function findUserById(db: Database, id: string): Promise<TUser | null> {
  const [row] = await db.select(userColumns).from(u).where(eq(u.id, id));
  return row ? toUser(row) : null;
}

export async function findUserByEmail(db: Database, email: string): Promise<TUser | null> {
  const [row] = await db.select(userColumns).from(u).where(eq(u.email, email));
  return row ? toUser(row) : null;
}

/** What sign-in needs; the only reader of the password hash and TOTP secret. */
export async function findCredentialsByEmail(db: Database, email: string) {
  const [row] = await db
    .select({
      id: u.id,
      passwordHash: u.passwordHash,
      totpSecret: u.totpSecret,
      totpLastUsedStep: u.totpLastUsedStep,
      failedLoginCount: u.failedLoginCount,
      lockedUntil: u.lockedUntil,
    })
    .from(u)
    .where(eq(u.email, email));
  return row ?? null;
}

export async function findSecretsById(db: Database, id: string) {
  const [row] = await db
    .select({
      passwordHash: u.passwordHash,
      totpSecret: u.totpSecret,
      totpPendingSecret: u.totpPendingSecret,
      totpLastUsedStep: u.totpLastUsedStep,
    })
    .from(u)
    .where(eq(u.id, id));
  return row ?? null;
}

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  locale: Locale;
  calendar: TUser['calendar'];
  platformRoles?: PlatformRole[];
  isDemo?: boolean;
}

/** Inserts a user, or returns null when the e-mail is taken (no exception for a race). */
export async function insertUser(db: Database, user: NewUser): Promise<TUser | null> {
  const [row] = await db
    .insert(u)
    .values({ ...user, platformRoles: user.platformRoles ?? [] })
    .onConflictDoNothing({ target: u.email })
    .returning(userColumns);
  return row ? toUser(row) : null;
}

export async function updateUser(
  db: Database,
  id: string,
  changes: Partial<{
    name: string;
    locale: string;
    calendar: string;
    currencyDisplay: string;
    passwordHash: string;
    platformRoles: string[];
    totpSecret: string | null;
    totpPendingSecret: string | null;
    totpLastUsedStep: number | null;
    failedLoginCount: number;
    lockedUntil: Date | null;
  }>,
  now: Date,
): Promise<TUser | null> {
  const [row] = await db
    .update(u)
    .set({ ...changes, updatedAt: now })
    .where(eq(u.id, id))
    .returning(userColumns);
  return row ? toUser(row) : null;
}

/** Adds one failed attempt atomically and returns the new count. */
export async function incrementFailedLogins(db: Database, id: string): Promise<number> {
  const [row] = await db
    .update(u)
    .set({ failedLoginCount: sql`${u.failedLoginCount} + 1` })
    .where(eq(u.id, id))
    .returning({ n: u.failedLoginCount });
  return row?.n ?? 0;
}

// Sessions

export async function insertSession(
  db: Database,
  session: {
    tokenHash: string;
    userId: string;
    userAgent: string | null;
    ip: string | null;
    expiresAt: Date;
    now: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(schema.sessions)
    .values({
      tokenHash: session.tokenHash,
      userId: session.userId,
      userAgent: session.userAgent,
      ip: session.ip,
      expiresAt: session.expiresAt,
      createdAt: session.now,
      lastSeenAt: session.now,
    })
    .returning({ id: schema.sessions.id });
  return row!.id;
}

export async function listSessions(db: Database, userId: string, now: Date) {
  return db
    .select({
      id: schema.sessions.id,
      createdAt: schema.sessions.createdAt,
      lastSeenAt: schema.sessions.lastSeenAt,
      userAgent: schema.sessions.userAgent,
      ip: schema.sessions.ip,
    })
    .from(schema.sessions)
    .where(and(eq(schema.sessions.userId, userId), gt(schema.sessions.expiresAt, now)))
    .orderBy(desc(schema.sessions.lastSeenAt));
}

/** Deletes one of the user's own sessions; returns whether one was deleted. */
export async function deleteSession(db: Database, userId: string, sessionId: string): Promise<boolean> {
  const rows = await db
    .delete(schema.sessions)
    .where(and(eq(schema.sessions.id, sessionId), eq(schema.sessions.userId, userId)))
    .returning({ id: schema.sessions.id });
  return rows.length > 0;
}

/** Ends every session of a user except `keepSessionId` (after a password change or reset). */
export async function deleteOtherSessions(
  db: Database,
  userId: string,
  keepSessionId: string | null,
): Promise<void> {
  await db
    .delete(schema.sessions)
    .where(
      keepSessionId
        ? and(eq(schema.sessions.userId, userId), ne(schema.sessions.id, keepSessionId))
        : eq(schema.sessions.userId, userId),
    );
}

// API tokens

export async function insertApiToken(
  db: Database,
  token: { userId: string; name: string; prefix: string; tokenHash: string; now: Date },
) {
  const [row] = await db
    .insert(schema.apiTokens)
    .values({
      userId: token.userId,
      name: token.name,
      prefix: token.prefix,
      tokenHash: token.tokenHash,
      createdAt: token.now,
    })
    .returning({ id: schema.apiTokens.id, name: schema.apiTokens.name, prefix: schema.apiTokens.prefix });
  return row!;
}

export async function listApiTokens(db: Database, userId: string) {
  return db
    .select({
      id: schema.apiTokens.id,
      name: schema.apiTokens.name,
      prefix: schema.apiTokens.prefix,
      createdAt: schema.apiTokens.createdAt,
      lastUsedAt: schema.apiTokens.lastUsedAt,
    })
    .from(schema.apiTokens)
    .where(and(eq(schema.apiTokens.userId, userId), isNull(schema.apiTokens.revokedAt)))
    .orderBy(asc(schema.apiTokens.createdAt));
}

export async function revokeApiToken(
  db: Database,
  userId: string,
  tokenId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(schema.apiTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(schema.apiTokens.id, tokenId),
        eq(schema.apiTokens.userId, userId),
        isNull(schema.apiTokens.revokedAt),
      ),
    )
    .returning({ id: schema.apiTokens.id });
  return rows.length > 0;
}

// Password reset tokens

export async function insertResetToken(
  db: Database,
  row: { tokenHash: string; userId: string; expiresAt: Date; now: Date },
) {
  await db
    .insert(schema.passwordResetTokens)
    .values({ tokenHash: row.tokenHash, userId: row.userId, expiresAt: row.expiresAt, createdAt: row.now });
}

/** Marks a valid reset token used and returns its user, in one statement so it works once only. */
export async function consumeResetToken(db: Database, tokenHash: string, now: Date): Promise<string | null> {
  const t = schema.passwordResetTokens;
  const [row] = await db
    .update(t)
    .set({ usedAt: now })
    .where(and(eq(t.tokenHash, tokenHash), isNull(t.usedAt), gt(t.expiresAt, now)))
    .returning({ userId: t.userId });
  return row?.userId ?? null;
}
