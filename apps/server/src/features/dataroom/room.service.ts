import type { Database, StoredLocalizedText } from '@karvan/db';
import type { Locale } from '@karvan/domain';
import { bestLevel, type GrantLevel, indexNumbers, levelAllows } from '@karvan/domain/dataroom';
import { appendAudit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { type Actor, requireUser } from '../../platform/policy.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { opportunityPolicies } from '../opportunities/opportunities.policies.ts';
import { findOpportunity, isMemberOf } from '../opportunities/opportunities.repository.ts';
import { userIdOf } from '../opportunities/opportunities.service.ts';
import * as repo from './dataroom.repository.ts';
import type { TRoom, TRoomDocument, TRoomFolder } from './dataroom.schemas.ts';
import { listDocuments } from './room-access.repository.ts';
import {
  type DocumentRecord,
  type FolderRecord,
  levelForDocument,
  loadRoomForOpportunity,
  type RoomContext,
  requireOwner,
} from './room-access.ts';

/** What the caller sees of the room's tree, with the index numbers they see. */
export interface RoomView {
  folders: FolderRecord[];
  documents: Array<{ record: DocumentRecord; level: GrantLevel }>;
  numbers: Map<string, string>;
}

/**
 * The folders and documents the caller may see: the owner side sees the live tree with stable
 * numbers; a grantee the granted folders (and the path to them) and what they may open there,
 * numbered densely so a gap never betrays a hidden item; nothing before the NDA is accepted.
 */
export async function loadRoomView(deps: AppDeps, ctx: RoomContext): Promise<RoomView> {
  if (ctx.ndaPending) return { folders: [], documents: [], numbers: new Map() };
  const live = new Set(ctx.liveFolders.map((folder) => folder.id));
  const folders =
    ctx.visibleFolderIds === 'all'
      ? ctx.liveFolders
      : ctx.liveFolders.filter((folder) => (ctx.visibleFolderIds as Set<string>).has(folder.id));
  const documents = (await listDocuments(deps.db, ctx.room.id, { includeBinned: false })).flatMap(
    (record) => {
      // The owner side's level ignores the bin: a document under a binned folder is not in the tree.
      if (record.folderId !== null && !live.has(record.folderId)) return [];
      const level = levelForDocument(ctx, record);
      return level ? [{ record, level }] : [];
    },
  );
  const numbers = indexNumbers(
    folders.map((folder) => ({ id: folder.id, parentId: folder.parentId, position: folder.position })),
    documents.map(({ record }) => ({ id: record.id, parentId: record.folderId, position: record.position })),
    { dense: !ctx.isOwner },
  );
  return { folders, documents, numbers };
}

export const toRoomFolder = (folder: FolderRecord, numbers: Map<string, string>): TRoomFolder => ({
  id: folder.id,
  parentId: folder.parentId,
  name: folder.name,
  index: numbers.get(folder.id) ?? '',
});

export const toRoomDocument = (
  record: DocumentRecord,
  level: GrantLevel,
  numbers: Map<string, string>,
): TRoomDocument => ({
  id: record.id,
  folderId: record.folderId,
  name: record.name,
  index: numbers.get(record.id) ?? '',
  version: record.version.version,
  fileName: record.version.fileName,
  size: record.version.size,
  mediaType: record.version.mediaType,
  viewKind: record.version.viewKind,
  pageCount: record.version.pageCount,
  updatedAt: record.updatedAt,
  allowed: {
    view: levelAllows(level, 'view'),
    download: levelAllows(level, 'download'),
    downloadOriginal: levelAllows(level, 'download-original'),
  },
});

/** The Room answer for a context. */
export async function toRoom(deps: AppDeps, ctx: RoomContext): Promise<TRoom> {
  const view = await loadRoomView(deps, ctx);
  const { room } = ctx;
  return {
    id: room.id,
    opportunityId: room.opportunityId,
    opportunityTitle: room.opportunityTitle,
    ndaText: room.ndaText,
    ndaRevision: room.ndaRevision,
    nda: { required: ctx.access?.ndaRequired ?? false, accepted: !ctx.ndaPending },
    isOwner: ctx.isOwner,
    level: ctx.access ? bestLevel(ctx.access) : null,
    ...(ctx.isOwner ? { usedBytes: await repo.usedBytes(deps.db, room.id), maxBytes: room.maxBytes } : {}),
    folders: view.folders.map((folder) => toRoomFolder(folder, view.numbers)),
    documents: view.documents.map(({ record, level }) => toRoomDocument(record, level, view.numbers)),
  };
}

/** A data-room change's audit entry, in the change's transaction. */
export const auditRoom = (
  tx: Database,
  actor: Actor,
  at: Date,
  action: string,
  subject: { type: 'data_room' | 'data_room_folder' | 'data_room_document' | 'data_room_grant'; id: string },
  data: Record<string, unknown>,
) => appendAudit(tx, actor, { action, subjectType: subject.type, subjectId: subject.id, data }, at);

/** The room as the caller sees it; with `asUserEmail` (owner side), as that user would. */
export async function getRoom(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  asUserEmail?: string,
): Promise<TRoom> {
  const ctx = await loadRoomForOpportunity(
    deps,
    actor,
    opportunityId,
    asUserEmail === undefined ? {} : { asUserEmail },
  );
  return toRoom(deps, ctx);
}

/** Opens the opportunity's room (owner side only; everyone else learns nothing: 404). */
export async function createRoom(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  input: { ndaText?: StoredLocalizedText | undefined },
): Promise<TRoom> {
  requireUserOrSystem(actor);
  const opportunity = await findOpportunity(deps.db, opportunityId);
  const isMember = opportunity
    ? await isMemberOf(deps.db, opportunity.organizationId, userIdOf(actor))
    : false;
  if (!opportunity || !opportunityPolicies.canCreate(actor, isMember))
    throw new AppError('dataroom.not_found');
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    const roomId = await repo.insertRoom(tx, {
      opportunityId,
      ndaText: input.ndaText ?? {},
      maxBytes: deps.config.dataroom.maxRoomBytes,
      userId: userIdOf(actor),
      at,
    });
    if (!roomId) throw new AppError('dataroom.exists');
    await auditRoom(
      tx,
      actor,
      at,
      'dataroom.room_created',
      { type: 'data_room', id: roomId },
      { opportunityId },
    );
  });
  return getRoom(deps, actor, opportunityId);
}

function requireUserOrSystem(actor: Actor): void {
  if (actor.kind === 'anonymous') requireUser(actor);
}

const sameText = (a: StoredLocalizedText, b: StoredLocalizedText) =>
  (['fa', 'ar', 'zh', 'en'] as const).every((locale) => (a[locale] ?? '') === (b[locale] ?? ''));

/** Changes the NDA; a different text is a new revision, which every grantee must accept again. */
export async function updateNda(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  ndaText: StoredLocalizedText,
): Promise<TRoom> {
  const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
  requireOwner(ctx, actor);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    const room = await repo.lockRoom(tx, ctx.room.id);
    if (!room) throw new AppError('dataroom.not_found');
    if (sameText(room.ndaText, ndaText)) return;
    const ndaRevision = room.ndaRevision + 1;
    await repo.updateRoomNda(tx, ctx.room.id, { ndaText, ndaRevision });
    await auditRoom(
      tx,
      actor,
      at,
      'dataroom.nda_changed',
      { type: 'data_room', id: ctx.room.id },
      { ndaRevision },
    );
  });
  return getRoom(deps, actor, opportunityId);
}

/** Records that the caller accepted the NDA revision they were shown. */
export async function acceptNda(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  ndaRevision: number,
  locale: Locale,
): Promise<void> {
  const user = requireUser(actor);
  const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    const room = await repo.lockRoom(tx, ctx.room.id);
    if (!room || room.ndaRevision !== ndaRevision)
      throw new AppError('dataroom.nda_changed', { extra: { ndaRevision: room?.ndaRevision } });
    const isNew = await repo.insertNdaAcceptance(tx, {
      roomId: ctx.room.id,
      userId: user.userId,
      ndaRevision,
      locale,
      at,
    });
    if (isNew)
      await auditRoom(
        tx,
        actor,
        at,
        'dataroom.nda_accepted',
        { type: 'data_room', id: ctx.room.id },
        { ndaRevision, locale },
      );
  });
}
