import { appendAudit, verifyAuditChain } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor, PlatformRole } from '../../platform/policy.ts';
import { decodeCursor, encodeCursor } from '../../platform/schemas.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findUserById } from '../account/account.repository.ts';
import * as repo from './admin.repository.ts';

const PAGE = 50;

export async function listUsers(deps: AppDeps, q: string | undefined, cursor: string | undefined) {
  const after = decodeCursor(cursor);
  const { items, hasMore } = await repo.listUsers(deps.db, {
    q,
    beforeEmail: after ? String(after[0]) : null,
    limit: PAGE,
  });
  const last = items.at(-1);
  return {
    items: items.map((u) => ({ ...u, platformRoles: u.platformRoles as PlatformRole[] })),
    nextCursor: hasMore && last ? encodeCursor([last.email]) : null,
  };
}

/** Grants or withdraws platform roles (admin, agency-officer). */
export async function setPlatformRoles(deps: AppDeps, actor: Actor, userId: string, roles: PlatformRole[]) {
  const unique = [...new Set(roles)].sort();
  await inTransaction(deps.db, async (tx) => {
    if (!(await repo.setPlatformRoles(tx, userId, unique, deps.now())))
      throw new AppError('resource.not_found');
    await appendAudit(
      tx,
      actor,
      { action: 'user.platform_roles_set', subjectType: 'user', subjectId: userId, data: { roles: unique } },
      deps.now(),
    );
  });
  return (await findUserById(deps.db, userId))!;
}

export async function listOutbox(deps: AppDeps, cursor: string | undefined) {
  const after = decodeCursor(cursor);
  const { items, hasMore } = await repo.listOutbox(
    deps.db,
    after ? { createdAt: new Date(String(after[0])), id: String(after[1]) } : null,
    PAGE,
  );
  const last = items.at(-1);
  return {
    items,
    nextCursor: hasMore && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

export async function listAudit(deps: AppDeps, cursor: string | undefined) {
  const after = decodeCursor(cursor);
  const { items, hasMore } = await repo.listAudit(deps.db, after ? Number(after[0]) : null, PAGE);
  const last = items.at(-1);
  return { items, nextCursor: hasMore && last ? encodeCursor([last.seq]) : null };
}

export const verifyAudit = (deps: AppDeps) => verifyAuditChain(deps.db);
