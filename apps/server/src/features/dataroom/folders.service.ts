import type { Database } from '@karvan/db';
import { isSameOrDescendant, liveFolders, nextPosition } from '@karvan/domain/dataroom';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { userIdOf } from '../opportunities/opportunities.service.ts';
import * as repo from './dataroom.repository.ts';
import type { TRoomFolder } from './dataroom.schemas.ts';
import { auditRoom, loadRoomView, toRoomFolder } from './room.service.ts';
import { loadRoomById, loadRoomForOpportunity, type RoomContext, requireOwner } from './room-access.ts';

/** The next free position under a parent, read while the room row is locked. */
export async function positionUnder(tx: Database, roomId: string, parentId: string | null): Promise<number> {
  return nextPosition(await repo.usedPositions(tx, roomId, parentId));
}

/**
 * The room's live folders as they are inside the transaction (the room row is locked by then),
 * so a check such as "not under itself" cannot race a concurrent move.
 */
export async function liveFoldersIn(tx: Database, roomId: string): Promise<repo.FolderRow[]> {
  return liveFolders(await repo.listAllFolders(tx, roomId));
}

/** A destination folder must be a live folder of the same room (null: the top level). */
export function requireLiveFolder(folders: readonly { id: string }[], folderId: string | null): void {
  if (folderId !== null && !folders.some((folder) => folder.id === folderId))
    throw new AppError('resource.not_found');
}

export async function lockRoomOrFail(tx: Database, roomId: string): Promise<void> {
  if (!(await repo.lockRoom(tx, roomId))) throw new AppError('dataroom.not_found');
}

/** A live folder and its room, for a managing action: 404 unknown or binned, 403 for grantees. */
async function loadFolderToManage(
  deps: AppDeps,
  actor: Actor,
  folderId: string,
): Promise<{ ctx: RoomContext; folder: repo.FolderRow }> {
  const folder = await repo.findFolder(deps.db, folderId);
  if (!folder) throw new AppError('resource.not_found');
  const ctx = await loadRoomById(deps, actor, folder.roomId);
  requireOwner(ctx, actor);
  requireLiveFolder(ctx.liveFolders, folder.id);
  return { ctx, folder };
}

async function folderAnswer(
  deps: AppDeps,
  actor: Actor,
  roomId: string,
  folderId: string,
): Promise<TRoomFolder> {
  const ctx = await loadRoomById(deps, actor, roomId);
  const view = await loadRoomView(deps, ctx);
  const folder = view.folders.find((candidate) => candidate.id === folderId);
  if (!folder) throw new AppError('resource.not_found');
  return toRoomFolder(folder, view.numbers);
}

export async function createFolder(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  input: { name: string; parentId?: string | undefined },
): Promise<TRoomFolder> {
  const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
  requireOwner(ctx, actor);
  const parentId = input.parentId ?? null;
  const at = deps.now();
  const folderId = await inTransaction(deps.db, async (tx) => {
    await lockRoomOrFail(tx, ctx.room.id);
    requireLiveFolder(await liveFoldersIn(tx, ctx.room.id), parentId);
    const id = await repo.insertFolder(tx, {
      roomId: ctx.room.id,
      parentId,
      name: input.name,
      position: await positionUnder(tx, ctx.room.id, parentId),
      userId: userIdOf(actor),
      at,
    });
    await auditRoom(
      tx,
      actor,
      at,
      'dataroom.folder_created',
      { type: 'data_room_folder', id },
      {
        roomId: ctx.room.id,
        parentId,
        name: input.name,
      },
    );
    return id;
  });
  return folderAnswer(deps, actor, ctx.room.id, folderId);
}

/** Renames and/or moves a folder; a move under itself (or its subfolders) is refused. */
export async function updateFolder(
  deps: AppDeps,
  actor: Actor,
  folderId: string,
  input: { name?: string | undefined; parentId?: string | null | undefined },
): Promise<TRoomFolder> {
  const { ctx, folder } = await loadFolderToManage(deps, actor, folderId);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    await lockRoomOrFail(tx, ctx.room.id);
    const live = await liveFoldersIn(tx, ctx.room.id);
    requireLiveFolder(live, folderId);
    const subject = { type: 'data_room_folder', id: folderId } as const;
    if (input.name !== undefined && input.name !== folder.name) {
      await repo.updateFolder(tx, folderId, { name: input.name });
      await auditRoom(tx, actor, at, 'dataroom.folder_renamed', subject, {
        from: folder.name,
        to: input.name,
      });
    }
    if (input.parentId !== undefined && input.parentId !== folder.parentId) {
      requireLiveFolder(live, input.parentId);
      if (isSameOrDescendant(live, folderId, input.parentId)) throw new AppError('dataroom.folder_cycle');
      const position = await positionUnder(tx, ctx.room.id, input.parentId);
      await repo.updateFolder(tx, folderId, { parentId: input.parentId, position });
      await auditRoom(tx, actor, at, 'dataroom.folder_moved', subject, {
        from: folder.parentId,
        to: input.parentId,
      });
    }
  });
  return folderAnswer(deps, actor, ctx.room.id, folderId);
}

/** Puts the folder, and with it everything under it, in the bin. */
export async function deleteFolder(deps: AppDeps, actor: Actor, folderId: string): Promise<void> {
  const { ctx, folder } = await loadFolderToManage(deps, actor, folderId);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    await lockRoomOrFail(tx, ctx.room.id);
    requireLiveFolder(await liveFoldersIn(tx, ctx.room.id), folderId);
    await repo.updateFolder(tx, folderId, { deletedAt: at, deletedBy: userIdOf(actor) });
    await auditRoom(
      tx,
      actor,
      at,
      'dataroom.folder_deleted',
      { type: 'data_room_folder', id: folderId },
      {
        roomId: ctx.room.id,
        name: folder.name,
      },
    );
  });
}
