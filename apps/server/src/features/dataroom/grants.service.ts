import type { Locale } from '@karvan/domain';
import { isGrantLive } from '@karvan/domain/dataroom';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { fieldError } from '../../platform/validation-messages.ts';
import { notifyGrantReceived } from '../notifications/notifications.service.ts';
import { userIdOf } from '../opportunities/opportunities.service.ts';
import * as repo from './dataroom.repository.ts';
import type { TCreateGrantRequest, TGrant } from './dataroom.schemas.ts';
import { auditRoom, loadRoomView } from './room.service.ts';
import { findUser } from './room-access.repository.ts';
import { loadRoomForOpportunity, type RoomContext, requireOwner } from './room-access.ts';

async function loadOwnedRoom(deps: AppDeps, actor: Actor, opportunityId: string): Promise<RoomContext> {
  const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
  requireOwner(ctx, actor);
  return ctx;
}

function statusOf(row: repo.GrantRow, now: Date): TGrant['status'] {
  if (row.revokedAt !== null) return 'revoked';
  return isGrantLive(row, now) ? 'active' : 'expired';
}

function toGrant(row: repo.GrantRow, ctx: RoomContext, numbers: Map<string, string>, now: Date): TGrant {
  const folders =
    row.folderIds === null
      ? null
      : // Folders in the bin are left out: they grant nothing until restored.
        ctx.liveFolders
          .filter((folder) => row.folderIds!.includes(folder.id))
          .map((folder) => ({ id: folder.id, name: folder.name, index: numbers.get(folder.id) ?? '' }));
  return {
    id: row.id,
    organization: row.organizationId ? { id: row.organizationId, name: row.organizationName ?? {} } : null,
    user: row.userId ? { id: row.userId, name: row.userName ?? '', email: row.userEmail ?? '' } : null,
    level: row.level,
    folders,
    expiresAt: row.expiresAt,
    ndaRequired: row.ndaRequired,
    createdAt: row.createdAt,
    createdBy: { name: row.createdByName },
    revokedAt: row.revokedAt,
    status: statusOf(row, now),
  };
}

async function grantsAnswer(deps: AppDeps, ctx: RoomContext, grantId?: string): Promise<TGrant[]> {
  const [rows, view] = await Promise.all([
    repo.listGrants(deps.db, ctx.room.id, grantId),
    loadRoomView(deps, ctx),
  ]);
  return rows.map((row) => toGrant(row, ctx, view.numbers, deps.now()));
}

export async function listGrants(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
): Promise<{ items: TGrant[] }> {
  const ctx = await loadOwnedRoom(deps, actor, opportunityId);
  return { items: await grantsAnswer(deps, ctx) };
}

/** The grantee named by the request: an existing organisation, or a registered user by e-mail. */
async function resolveGrantee(deps: AppDeps, input: TCreateGrantRequest) {
  if (input.organizationId !== undefined) {
    if (!(await repo.organizationExists(deps.db, input.organizationId)))
      throw new AppError('dataroom.grantee_not_found');
    return { organizationId: input.organizationId, userId: null };
  }
  const user = await findUser(deps.db, { email: input.userEmail! });
  if (!user) throw new AppError('dataroom.grantee_not_found');
  return { organizationId: null, userId: user.id };
}

export async function createGrant(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  input: TCreateGrantRequest,
  locale: Locale,
): Promise<TGrant> {
  const ctx = await loadOwnedRoom(deps, actor, opportunityId);
  const grantee = await resolveGrantee(deps, input);
  const folderIds = input.folders ? [...new Set(input.folders)] : null;
  const unknown = (folderIds ?? []).findIndex((id) => !ctx.liveFolders.some((folder) => folder.id === id));
  if (unknown >= 0)
    throw new AppError('validation.failed', {
      errors: [fieldError(`folders.${unknown}`, 'invalid_value', locale)],
    });
  const at = deps.now();
  const grantId = await inTransaction(deps.db, async (tx) => {
    const id = await repo.insertGrant(tx, {
      roomId: ctx.room.id,
      ...grantee,
      level: input.level,
      folderIds,
      expiresAt: input.expiresAt ?? null,
      ndaRequired: input.ndaRequired ?? false,
      createdBy: userIdOf(actor),
      at,
    });
    await auditRoom(
      tx,
      actor,
      at,
      'dataroom.grant_created',
      { type: 'data_room_grant', id },
      {
        roomId: ctx.room.id,
        ...grantee,
        level: input.level,
        folderIds,
        expiresAt: input.expiresAt?.toISOString() ?? null,
        ndaRequired: input.ndaRequired ?? false,
      },
    );
    await notifyGrantReceived(tx, deps, { roomId: ctx.room.id, grantId: id, ...grantee });
    return id;
  });
  const [grant] = await grantsAnswer(deps, ctx, grantId);
  return grant!;
}

/** Revokes a grant; it stops counting on the caller's next request. Revoking twice is harmless. */
export async function revokeGrant(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  grantId: string,
): Promise<void> {
  const ctx = await loadOwnedRoom(deps, actor, opportunityId);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    const revoked = await repo.revokeGrant(tx, ctx.room.id, grantId, { at, userId: userIdOf(actor) });
    if (!revoked) {
      if (await repo.grantExists(tx, ctx.room.id, grantId)) return;
      throw new AppError('resource.not_found');
    }
    await auditRoom(
      tx,
      actor,
      at,
      'dataroom.grant_revoked',
      { type: 'data_room_grant', id: grantId },
      {
        roomId: ctx.room.id,
      },
    );
  });
}
