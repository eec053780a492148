import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { appendAudit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor, UserActor } from '../../platform/policy.ts';
import { digestSecret, generateSecret, hashPassword, verifyPassword } from '../../platform/secrets.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { checkTotp } from '../auth/auth.service.ts';
import { listMembershipsOfUser } from '../organizations/organizations.repository.ts';
import * as accounts from './account.repository.ts';
import type { TMeResponse, TUpdateMeRequest, TUser } from './account.schemas.ts';

async function loadUser(deps: AppDeps, userId: string): Promise<TUser> {
  const user = await accounts.findUserById(deps.db, userId);
  if (!user) throw new AppError('auth.required');
  return user;
}

export async function getMe(deps: AppDeps, actor: UserActor): Promise<TMeResponse> {
  const user = await loadUser(deps, actor.userId);
  const memberships = await listMembershipsOfUser(deps.db, actor.userId);
  return { user, memberships };
}

export async function updateMe(deps: AppDeps, actor: UserActor, changes: TUpdateMeRequest): Promise<TUser> {
  return inTransaction(deps.db, async (tx) => {
    const user = await accounts.updateUser(tx, actor.userId, changes, deps.now());
    if (!user) throw new AppError('auth.required');
    await appendAudit(
      tx,
      actor,
      {
        action: 'user.updated',
        subjectType: 'user',
        subjectId: actor.userId,
        data: { fields: Object.keys(changes) },
      },
      deps.now(),
    );
    return user;
  });
}

/** Changes the password after checking the current one, and ends the user's other sessions. */
export async function changePassword(
  deps: AppDeps,
  actor: UserActor,
  current: string,
  next: string,
): Promise<void> {
  const secrets = await accounts.findSecretsById(deps.db, actor.userId);
  if (!secrets || !(await verifyPassword(secrets.passwordHash, current)))
    throw new AppError('auth.wrong_password');
  const passwordHash = await hashPassword(next);
  await inTransaction(deps.db, async (tx) => {
    await accounts.updateUser(tx, actor.userId, { passwordHash }, deps.now());
    await accounts.deleteOtherSessions(tx, actor.userId, actor.via === 'session' ? actor.credentialId : null);
    await appendAudit(
      tx,
      actor,
      { action: 'user.password_changed', subjectType: 'user', subjectId: actor.userId },
      deps.now(),
    );
  });
}

/** Starts two-factor setup: a new secret kept as pending until a code from the app confirms it. */
export async function setupTotp(deps: AppDeps, actor: UserActor) {
  const secret = new OTPAuth.Secret({ size: 20 });
  const totp = new OTPAuth.TOTP({
    issuer: 'Karvan',
    label: actor.email,
    secret,
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  });
  const otpauthUrl = totp.toString();
  await inTransaction(deps.db, async (tx) => {
    await accounts.updateUser(tx, actor.userId, { totpPendingSecret: secret.base32 }, deps.now());
    await appendAudit(
      tx,
      actor,
      { action: 'user.totp_setup_started', subjectType: 'user', subjectId: actor.userId },
      deps.now(),
    );
  });
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1 });
  return { secret: secret.base32, otpauthUrl, qrSvg };
}

export async function enableTotp(deps: AppDeps, actor: UserActor, code: string): Promise<void> {
  const secrets = await accounts.findSecretsById(deps.db, actor.userId);
  if (!secrets?.totpPendingSecret || secrets.totpSecret) throw new AppError('auth.totp_not_pending');
  const step = checkTotp(secrets.totpPendingSecret, code, null, deps.now());
  if (step === null) throw new AppError('auth.totp_invalid');
  await inTransaction(deps.db, async (tx) => {
    await accounts.updateUser(
      tx,
      actor.userId,
      { totpSecret: secrets.totpPendingSecret, totpPendingSecret: null, totpLastUsedStep: step },
      deps.now(),
    );
    await appendAudit(
      tx,
      actor,
      { action: 'user.totp_enabled', subjectType: 'user', subjectId: actor.userId },
      deps.now(),
    );
  });
}

export async function disableTotp(deps: AppDeps, actor: UserActor, code: string): Promise<void> {
  const secrets = await accounts.findSecretsById(deps.db, actor.userId);
  if (!secrets?.totpSecret) throw new AppError('auth.totp_not_pending');
  if (checkTotp(secrets.totpSecret, code, secrets.totpLastUsedStep, deps.now()) === null) {
    throw new AppError('auth.totp_invalid');
  }
  await inTransaction(deps.db, async (tx) => {
    await accounts.updateUser(tx, actor.userId, { totpSecret: null, totpLastUsedStep: null }, deps.now());
    await appendAudit(
      tx,
      actor,
      { action: 'user.totp_disabled', subjectType: 'user', subjectId: actor.userId },
      deps.now(),
    );
  });
}

export async function listMySessions(deps: AppDeps, actor: UserActor) {
  const rows = await accounts.listSessions(deps.db, actor.userId, deps.now());
  return rows.map((row) => ({ ...row, isCurrent: actor.via === 'session' && row.id === actor.credentialId }));
}

export async function endMySession(deps: AppDeps, actor: UserActor, sessionId: string): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    if (!(await accounts.deleteSession(tx, actor.userId, sessionId)))
      throw new AppError('resource.not_found');
    await appendAudit(
      tx,
      actor,
      { action: 'session.ended', subjectType: 'session', subjectId: sessionId },
      deps.now(),
    );
  });
}

export const listMyApiTokens = (deps: AppDeps, actor: UserActor) =>
  accounts.listApiTokens(deps.db, actor.userId);

/** Token format `kvn_<43 chars>`; the prefix shown in lists is the first 8 characters after `kvn_`. */
/** Creates a personal API token for `userId`; `actor` is who asked (the user, or the command line). */
export async function createApiToken(deps: AppDeps, actor: Actor, userId: string, name: string) {
  const secret = generateSecret();
  const token = `kvn_${secret}`;
  return inTransaction(deps.db, async (tx) => {
    const created = await accounts.insertApiToken(tx, {
      userId,
      name,
      prefix: `kvn_${secret.slice(0, 8)}`,
      tokenHash: digestSecret(token),
      now: deps.now(),
    });
    await appendAudit(
      tx,
      actor,
      { action: 'token.created', subjectType: 'api_token', subjectId: created.id, data: { name, userId } },
      deps.now(),
    );
    return { ...created, token };
  });
}

export async function revokeMyApiToken(deps: AppDeps, actor: UserActor, tokenId: string): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    if (!(await accounts.revokeApiToken(tx, actor.userId, tokenId, deps.now())))
      throw new AppError('resource.not_found');
    await appendAudit(
      tx,
      actor,
      { action: 'token.revoked', subjectType: 'api_token', subjectId: tokenId },
      deps.now(),
    );
  });
}
