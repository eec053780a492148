import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { userIdOf } from '../opportunities/opportunities.service.ts';
import * as repo from './dataroom.repository.ts';
import type { TDocumentDetail, TRoomDocument } from './dataroom.schemas.ts';
import { liveFoldersIn, lockRoomOrFail, positionUnder, requireLiveFolder } from './folders.service.ts';
import { auditRoom, loadRoomView, toRoomDocument } from './room.service.ts';
import { type DocumentRecord, loadDocumentFor, type RoomContext, requireOwner } from './room-access.ts';

/** Whether the document is in the tree: not binned, and no folder above it binned. */
const isInTree = (ctx: RoomContext, document: Pick<DocumentRecord, 'folderId' | 'deletedAt'>) =>
  document.deletedAt === null &&
  (document.folderId === null || ctx.liveFolders.some((folder) => folder.id === document.folderId));

/**
 * A live document the caller may manage: 404 when they may not know it (or it is in the bin),
 * 403 for a grantee who can see it.
 */
export async function loadDocumentToManage(
  deps: AppDeps,
  actor: Actor,
  documentId: string,
): Promise<{ ctx: RoomContext; document: DocumentRecord }> {
  const { ctx, document } = await loadDocumentFor(deps, actor, documentId, 'view');
  requireOwner(ctx, actor);
  if (!isInTree(ctx, document)) throw new AppError('resource.not_found');
  return { ctx, document };
}

/** The RoomDocument answer as the caller sees it now (fresh numbers after a change). */
export async function documentAnswer(
  deps: AppDeps,
  actor: Actor,
  documentId: string,
): Promise<TRoomDocument> {
  const { ctx, document, level } = await loadDocumentFor(deps, actor, documentId, 'view');
  const view = await loadRoomView(deps, ctx);
  return toRoomDocument(document, level, view.numbers);
}

/** A document with its version history (owner side only; grantees get an empty list). */
export async function getDocument(deps: AppDeps, actor: Actor, documentId: string): Promise<TDocumentDetail> {
  const { ctx, document, level } = await loadDocumentFor(deps, actor, documentId, 'view');
  const view = await loadRoomView(deps, ctx);
  const versions = ctx.isOwner ? await repo.listVersions(deps.db, documentId) : [];
  return {
    ...toRoomDocument(document, level, view.numbers),
    versions: versions.map(({ uploadedByName, ...version }) => ({
      ...version,
      uploadedBy: { name: uploadedByName },
    })),
  };
}

/** Renames and/or moves a document (to another live folder, or the top level with null). */
export async function updateDocument(
  deps: AppDeps,
  actor: Actor,
  documentId: string,
  input: { name?: string | undefined; folderId?: string | null | undefined },
): Promise<TRoomDocument> {
  const { ctx, document } = await loadDocumentToManage(deps, actor, documentId);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    await lockRoomOrFail(tx, ctx.room.id);
    const subject = { type: 'data_room_document', id: documentId } as const;
    if (input.name !== undefined && input.name !== document.name) {
      await repo.updateDocument(tx, documentId, { name: input.name, updatedAt: at });
      await auditRoom(tx, actor, at, 'dataroom.document_renamed', subject, {
        from: document.name,
        to: input.name,
      });
    }
    if (input.folderId !== undefined && input.folderId !== document.folderId) {
      requireLiveFolder(await liveFoldersIn(tx, ctx.room.id), input.folderId);
      const position = await positionUnder(tx, ctx.room.id, input.folderId);
      await repo.updateDocument(tx, documentId, { folderId: input.folderId, position, updatedAt: at });
      await auditRoom(tx, actor, at, 'dataroom.document_moved', subject, {
        from: document.folderId,
        to: input.folderId,
      });
    }
  });
  return documentAnswer(deps, actor, documentId);
}

/** Puts a document in the bin. */
export async function deleteDocument(deps: AppDeps, actor: Actor, documentId: string): Promise<void> {
  const { ctx, document } = await loadDocumentToManage(deps, actor, documentId);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    await lockRoomOrFail(tx, ctx.room.id);
    await repo.updateDocument(tx, documentId, { deletedAt: at, deletedBy: userIdOf(actor) });
    await auditRoom(
      tx,
      actor,
      at,
      'dataroom.document_deleted',
      { type: 'data_room_document', id: documentId },
      {
        roomId: ctx.room.id,
        name: document.name,
      },
    );
  });
}
