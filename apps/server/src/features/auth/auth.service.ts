import { defaultCalendarFor, foldDigits, type Locale } from '@karvan/domain';
import * as OTPAuth from 'otpauth';
import { appendAudit } from '../../platform/audit.ts';
import { SESSION_LIFETIME_MS } from '../../platform/authentication.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor, UserActor } from '../../platform/policy.ts';
import {
  digestSecret,
  generateSecret,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
} from '../../platform/secrets.ts';
import { inTransaction } from '../../platform/transaction.ts';
import * as accounts from '../account/account.repository.ts';
import type { TUser } from '../account/account.schemas.ts';
import { passwordResetMail } from './auth.mail.ts';
import type { TLoginRequest, TRegisterRequest } from './auth.schemas.ts';

/** After this many wrong passwords or codes in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
const RESET_TOKEN_LIFETIME_MS = 3600 * 1000;

export interface ClientInfo {
  userAgent: string | null;
  ip: string | null;
}

export interface SignedIn {
  user: TUser;
  /** The cookie value; only its digest is stored. */
  sessionSecret: string;
}

async function openSession(
  deps: AppDeps,
  tx: AppDeps['db'],
  userId: string,
  client: ClientInfo,
): Promise<string> {
  const sessionSecret = generateSecret();
  const now = deps.now();
  await accounts.insertSession(tx, {
    tokenHash: digestSecret(sessionSecret),
    userId,
    userAgent: client.userAgent?.slice(0, 400) ?? null,
    ip: client.ip,
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
    now,
  });
  return sessionSecret;
}

export async function register(
  deps: AppDeps,
  input: TRegisterRequest,
  locale: Locale,
  client: ClientInfo,
): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(deps.db, async (tx) => {
    const userLocale = input.locale ?? locale;
    const user = await accounts.insertUser(tx, {
      email: input.email,
      name: input.name,
      passwordHash,
      locale: userLocale,
      calendar: defaultCalendarFor(userLocale),
    });
    if (!user) throw new AppError('auth.email_taken');
    const actor: Actor = toActor(user, 'session', '');
    await appendAudit(
      tx,
      actor,
      { action: 'user.registered', subjectType: 'user', subjectId: user.id },
      deps.now(),
    );
    return { user, sessionSecret: await openSession(deps, tx, user.id, client) };
  });
}

function toActor(user: TUser, via: UserActor['via'], credentialId: string): UserActor {
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: user.name,
    platformRoles: user.platformRoles,
    via,
    credentialId,
  };
}

/** Checks a TOTP code (±1 step for clock drift) and refuses a step already used (replay). */
export function checkTotp(
  secret: string,
  code: string,
  lastUsedStep: number | null,
  now: Date,
): number | null {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  });
  const delta = totp.validate({ token: foldDigits(code), timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 30_000) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

/** Counts a failed sign-in, locks the account at the limit, and throws the matching error. */
async function recordFailure(
  deps: AppDeps,
  userId: string,
  code: 'auth.invalid_credentials' | 'auth.totp_invalid',
): Promise<never> {
  const now = deps.now();
  const locked = await inTransaction(deps.db, async (tx) => {
    const failures = await accounts.incrementFailedLogins(tx, userId);
    const isLocked = failures >= MAX_FAILED_LOGINS;
    if (isLocked) {
      await accounts.updateUser(
        tx,
        userId,
        { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) },
        now,
      );
    }
    await appendAudit(
      tx,
      { kind: 'anonymous' },
      { action: isLocked ? 'auth.locked' : 'auth.login_failed', subjectType: 'user', subjectId: userId },
      now,
    );
    return isLocked;
  });
  if (locked) throw lockedError(LOCK_MINUTES * 60);
  throw new AppError(code);
}

const lockedError = (seconds: number) =>
  new AppError('auth.locked', {
    params: { minutes: Math.ceil(seconds / 60) },
    extra: { retryAfterSeconds: seconds },
  });

export async function login(deps: AppDeps, input: TLoginRequest, client: ClientInfo): Promise<SignedIn> {
  const now = deps.now();
  const credentials = await accounts.findCredentialsByEmail(deps.db, input.email);
  if (!credentials) {
    await verifyAgainstDummy(input.password);
    throw new AppError('auth.invalid_credentials');
  }
  if (credentials.lockedUntil && credentials.lockedUntil > now) {
    throw lockedError(Math.ceil((credentials.lockedUntil.getTime() - now.getTime()) / 1000));
  }
  if (!(await verifyPassword(credentials.passwordHash, input.password)))
    return recordFailure(deps, credentials.id, 'auth.invalid_credentials');
  let totpStep: number | null = null;
  if (credentials.totpSecret) {
    if (!input.totp) throw new AppError('auth.totp_required');
    totpStep = checkTotp(credentials.totpSecret, input.totp, credentials.totpLastUsedStep, now);
    if (totpStep === null) return recordFailure(deps, credentials.id, 'auth.totp_invalid');
  }
  return inTransaction(deps.db, async (tx) => {
    const user = await accounts.updateUser(
      tx,
      credentials.id,
      {
        failedLoginCount: 0,
        lockedUntil: null,
        ...(totpStep !== null ? { totpLastUsedStep: totpStep } : {}),
      },
      now,
    );
    if (!user) throw new AppError('auth.invalid_credentials');
    const sessionSecret = await openSession(deps, tx, user.id, client);
    await appendAudit(
      tx,
      toActor(user, 'session', ''),
      { action: 'auth.login', subjectType: 'user', subjectId: user.id },
      now,
    );
    return { user, sessionSecret };
  });
}

export async function logout(deps: AppDeps, actor: UserActor): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    if (actor.via === 'session') await accounts.deleteSession(tx, actor.userId, actor.credentialId);
    await appendAudit(
      tx,
      actor,
      { action: 'auth.logout', subjectType: 'user', subjectId: actor.userId },
      deps.now(),
    );
  });
}

/** Sends a reset link if the account exists; says nothing either way (no account enumeration). */
export async function requestPasswordReset(deps: AppDeps, email: string): Promise<void> {
  const user = await accounts.findUserByEmail(deps.db, email);
  if (!user) return;
  const secret = generateSecret();
  const now = deps.now();
  const link = `${deps.config.publicUrl}/reset-password?token=${secret}`;
  await inTransaction(deps.db, async (tx) => {
    await accounts.insertResetToken(tx, {
      tokenHash: digestSecret(secret),
      userId: user.id,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_LIFETIME_MS),
      now,
    });
    await deps.mailer.send(tx, {
      to: user.email,
      kind: 'password-reset',
      ...passwordResetMail(user.locale, link),
    });
    await appendAudit(
      tx,
      { kind: 'anonymous' },
      { action: 'auth.password_reset_requested', subjectType: 'user', subjectId: user.id },
      now,
    );
  });
}

/** Sets the new password, unlocks the account and signs out every session. */
export async function confirmPasswordReset(deps: AppDeps, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  const now = deps.now();
  await inTransaction(deps.db, async (tx) => {
    const userId = await accounts.consumeResetToken(tx, digestSecret(token), now);
    if (!userId) throw new AppError('auth.reset_token_invalid');
    await accounts.updateUser(tx, userId, { passwordHash, failedLoginCount: 0, lockedUntil: null }, now);
    await accounts.deleteOtherSessions(tx, userId, null);
    await appendAudit(
      tx,
      { kind: 'anonymous' },
      { action: 'auth.password_reset', subjectType: 'user', subjectId: userId },
      now,
    );
  });
}
