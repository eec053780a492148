import { liveFolders } from '@karvan/domain/dataroom';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy.ts';
import { inTransaction } from '../../platform/transaction.ts';
import * as repo from './dataroom.repository.ts';
import type { TBin } from './dataroom.schemas.ts';
import { lockRoomOrFail, positionUnder } from './folders.service.ts';
import { auditRoom } from './room.service.ts';
import { loadRoomById, loadRoomForOpportunity, type RoomContext, requireOwner } from './room-access.ts';
import { roomFileStore } from './room-files.ts';

export type BinKind = 'folders' | 'documents';

export async function listBin(deps: AppDeps, actor: Actor, opportunityId: string): Promise<TBin> {
  const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
  requireOwner(ctx, actor);
  const bin = await repo.listBin(deps.db, ctx.room.id);
  return {
    folders: bin.folders.map(({ deletedByName, ...row }) => ({ ...row, deletedBy: { name: deletedByName } })),
    documents: bin.documents.map(({ deletedByName, ...row }) => ({
      ...row,
      deletedBy: { name: deletedByName },
    })),
  };
}

interface BinItem {
  id: string;
  roomId: string;
  /** The folder it was in (for a folder: its parent). */
  parentId: string | null;
  name: string;
}

/** An item that was itself put in the bin, for the owner side; 404 otherwise. */
async function loadBinItem(
  deps: AppDeps,
  actor: Actor,
  kind: BinKind,
  itemId: string,
): Promise<{ ctx: RoomContext; item: BinItem }> {
  const row =
    kind === 'folders'
      ? await repo.findFolder(deps.db, itemId)
      : await repo.findDocumentRow(deps.db, itemId).then((d) => d && { ...d, parentId: d.folderId });
  if (!row) throw new AppError('resource.not_found');
  const ctx = await loadRoomById(deps, actor, row.roomId);
  requireOwner(ctx, actor);
  if (row.deletedAt === null) throw new AppError('resource.not_found');
  return { ctx, item: { id: row.id, roomId: row.roomId, parentId: row.parentId, name: row.name } };
}

const subjectOf = (kind: BinKind, id: string) =>
  ({ type: kind === 'folders' ? 'data_room_folder' : 'data_room_document', id }) as const;

/** Takes an item out of the bin: back where it was, or to the top level when that folder is gone. */
export async function restoreItem(deps: AppDeps, actor: Actor, kind: BinKind, itemId: string): Promise<void> {
  const { ctx, item } = await loadBinItem(deps, actor, kind, itemId);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    await lockRoomOrFail(tx, ctx.room.id);
    const live = liveFolders(await repo.listAllFolders(tx, ctx.room.id));
    const isHomeLive = item.parentId === null || live.some((folder) => folder.id === item.parentId);
    // The old position is still free (positions are never reused); at the top level it needs a new one.
    const place = isHomeLive ? {} : { position: await positionUnder(tx, ctx.room.id, null) };
    const restored = { deletedAt: null, deletedBy: null, ...place };
    if (kind === 'folders')
      await repo.updateFolder(tx, item.id, { ...restored, ...(isHomeLive ? {} : { parentId: null }) });
    else await repo.updateDocument(tx, item.id, { ...restored, ...(isHomeLive ? {} : { folderId: null }) });
    await auditRoom(
      tx,
      actor,
      at,
      `dataroom.${kind === 'folders' ? 'folder' : 'document'}_restored`,
      subjectOf(kind, item.id),
      {
        roomId: ctx.room.id,
        name: item.name,
        toTopLevel: !isHomeLive,
      },
    );
  });
}

/** The folder and every folder under it, in any state. */
function subtreeOf(folders: readonly repo.FolderRow[], rootId: string): string[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const folder of folders)
      if (folder.parentId === ids[i] && !ids.includes(folder.id)) ids.push(folder.id);
  }
  return ids;
}

/**
 * Deletes an item in the bin for good: its versions and page texts go with it, and afterwards the
 * bytes of every file no version uses any more.
 */
export async function purgeItem(deps: AppDeps, actor: Actor, kind: BinKind, itemId: string): Promise<void> {
  const { ctx, item } = await loadBinItem(deps, actor, kind, itemId);
  const at = deps.now();
  const files = await inTransaction(deps.db, async (tx) => {
    await lockRoomOrFail(tx, ctx.room.id);
    const folderIds =
      kind === 'folders' ? subtreeOf(await repo.listAllFolders(tx, ctx.room.id), item.id) : [];
    const documentIds = kind === 'folders' ? await repo.documentIdsInFolders(tx, folderIds) : [item.id];
    const sha256s = await repo.filesOfDocuments(tx, documentIds);
    await repo.deleteDocuments(tx, documentIds);
    await repo.deleteFolders(tx, folderIds);
    await auditRoom(
      tx,
      actor,
      at,
      `dataroom.${kind === 'folders' ? 'folder' : 'document'}_purged`,
      subjectOf(kind, item.id),
      {
        roomId: ctx.room.id,
        name: item.name,
        documents: documentIds.length,
        folders: folderIds.length,
      },
    );
    return sha256s;
  });
  await removeUnusedFiles(deps, files);
}

/**
 * Removes each file's row and bytes when no version uses it. Under the address lock an upload of
 * the same bytes either committed first (the file stays) or waits and then stores them again.
 * The bytes go before the row's deletion commits: a failed commit leaves a row without bytes,
 * which the next upload of that content heals; never a version without its file.
 */
export async function removeUnusedFiles(deps: AppDeps, sha256s: string[]): Promise<void> {
  const store = roomFileStore(deps);
  for (const sha256 of sha256s) {
    await inTransaction(deps.db, async (tx) => {
      await repo.lockFileAddress(tx, sha256);
      if (await repo.dropFileIfUnused(tx, sha256)) await store.remove(sha256);
    });
  }
}
