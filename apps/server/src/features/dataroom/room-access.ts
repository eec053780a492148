import { isLocale, type Locale, pickLocalizedText } from '@karvan/domain';
import {
  type GrantLevel,
  levelAllows,
  levelAt,
  liveFolders,
  type RoomAccess,
  resolveRoomAccess,
  visibleFolderIds,
} from '@karvan/domain/dataroom';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { isUuid } from '../../platform/ids.ts';
import { type Actor, deny, requireUser } from '../../platform/policy.ts';
import { opportunityPolicies } from '../opportunities/opportunities.policies.ts';
import { isMemberOf, organizationIdsOf } from '../opportunities/opportunities.repository.ts';
import * as repo from './room-access.repository.ts';

export type { DocumentRecord, FolderRecord, RoomRow } from './room-access.repository.ts';

/** Who is looking, as the watermark and the activity log name them. */
export interface Viewer {
  userId: string | null;
  name: string;
  email: string;
  /** The organisations the viewer's access comes through, or for a personal grant their own (display names). */
  organizationNames: string[];
}

/**
 * Everything a data-room service needs to decide what the caller may see, loaded once per request:
 * the one place that turns an actor into access (every data-room route goes through here).
 */
export interface RoomContext {
  room: repo.RoomRow;
  /** Owner side: members of the opportunity's organisation, agency officers, administrators. */
  isOwner: boolean;
  /** The grantee's access; null for the owner side. */
  access: RoomAccess | null;
  /** A grantee who must accept the current NDA before anything opens. */
  ndaPending: boolean;
  viewer: Viewer;
  /** The room's folders outside the bin. */
  liveFolders: repo.FolderRecord[];
  visibleFolderIds: Set<string> | 'all';
}

const notFound = () => new AppError('dataroom.not_found');

/** The room of an opportunity as the caller may see it; 404 when there is none or no access. */
export async function loadRoomForOpportunity(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  options: { asUserEmail?: string } = {},
): Promise<RoomContext> {
  if (actor.kind === 'anonymous') requireUser(actor);
  const room = isUuid(opportunityId) ? await repo.findRoomByOpportunity(deps.db, opportunityId) : null;
  if (!room) throw notFound();
  return contextOrThrow(deps, actor, room, options.asUserEmail);
}

export async function loadRoomById(deps: AppDeps, actor: Actor, roomId: string): Promise<RoomContext> {
  if (actor.kind === 'anonymous') requireUser(actor);
  const room = isUuid(roomId) ? await repo.findRoomById(deps.db, roomId) : null;
  if (!room) throw notFound();
  return contextOrThrow(deps, actor, room);
}

/** Managing actions are for the owner side only (403: the caller already knows the room). */
export function requireOwner(ctx: RoomContext, actor: Actor): void {
  if (!ctx.isOwner) deny(actor);
}

/**
 * The caller's level for a document: the owner side may do everything; a grantee gets the level
 * of the document's place, and nothing while the NDA is pending or when the document (or a
 * folder above it) is in the bin.
 */
export function levelForDocument(
  ctx: RoomContext,
  document: Pick<repo.DocumentRecord, 'folderId' | 'deletedAt'>,
): GrantLevel | null {
  if (ctx.isOwner) return 'download-original';
  if (ctx.ndaPending || ctx.access === null || document.deletedAt !== null) return null;
  if (document.folderId !== null && !ctx.liveFolders.some((folder) => folder.id === document.folderId))
    return null;
  return levelAt(ctx.access, document.folderId);
}

/**
 * A document the caller may see, with the level they hold: 404 when it does not exist or they
 * may not know it does; 403 `dataroom.download_not_allowed` when `need` is above their level.
 */
export async function loadDocumentFor(
  deps: AppDeps,
  actor: Actor,
  documentId: string,
  need: GrantLevel,
): Promise<{ ctx: RoomContext; document: repo.DocumentRecord; level: GrantLevel }> {
  if (actor.kind === 'anonymous') requireUser(actor);
  const hidden = () => new AppError('resource.not_found');
  const document = await repo.findDocument(deps.db, documentId);
  if (!document) throw hidden();
  const room = await repo.findRoomById(deps.db, document.roomId);
  const ctx = room ? await contextFor(deps, actor, room) : null;
  const level = ctx ? levelForDocument(ctx, document) : null;
  if (!ctx || level === null) throw hidden();
  if (!levelAllows(level, need)) throw new AppError('dataroom.download_not_allowed');
  return { ctx, document, level };
}

async function contextOrThrow(deps: AppDeps, actor: Actor, room: repo.RoomRow, asUserEmail?: string) {
  const ctx = await contextFor(deps, actor, room, asUserEmail);
  if (!ctx) throw notFound();
  return ctx;
}

/** Null when the caller has no access at all. */
async function contextFor(
  deps: AppDeps,
  actor: Actor,
  room: repo.RoomRow,
  asUserEmail?: string,
): Promise<RoomContext | null> {
  const userId = actor.kind === 'user' ? actor.userId : null;
  const isMember = await isMemberOf(deps.db, room.organizationId, userId);
  const isOwner = opportunityPolicies.canCreate(actor, isMember);
  const folders = liveFolders(await repo.listFolders(deps.db, room.id));

  if (asUserEmail !== undefined) {
    if (!isOwner) {
      // A grantee may not look through someone else's eyes; the room itself they may know.
      if (!userId || !(await granteeContext(deps, room, folders, userId))) return null;
      deny(actor);
    }
    const target = await repo.findUser(deps.db, { email: asUserEmail });
    if (!target) throw new AppError('dataroom.grantee_not_found');
    return (await granteeContext(deps, room, folders, target.id, { allowEmpty: true }))!;
  }
  if (isOwner) {
    const ownerName = isMember ? await ownerOrganizationName(deps, room, userId!) : [];
    return {
      room,
      isOwner: true,
      access: null,
      ndaPending: false,
      viewer: await viewerOf(deps, actor, ownerName),
      liveFolders: folders,
      visibleFolderIds: 'all',
    };
  }
  return userId ? granteeContext(deps, room, folders, userId) : null;
}

async function granteeContext(
  deps: AppDeps,
  room: repo.RoomRow,
  folders: repo.FolderRecord[],
  userId: string,
  options: { allowEmpty?: boolean } = {},
): Promise<RoomContext | null> {
  const organizationIds = await organizationIdsOf(deps.db, userId);
  const grants = await repo.grantsFor(deps.db, room.id, userId, organizationIds);
  const access = resolveRoomAccess(grants, folders, deps.now());
  if (access.grantIds.length === 0 && !options.allowEmpty) return null;
  const user = (await repo.findUser(deps.db, { id: userId }))!;
  const ndaPending =
    access.ndaRequired && !(await repo.hasAcceptedNda(deps.db, room.id, userId, room.ndaRevision));
  // The organisations the access comes through; for a personal grant, the user's own, so the
  // watermark always names where the reader works.
  const named = access.organizationIds.length > 0 ? access.organizationIds : organizationIds;
  const names = await repo.organizationNames(deps.db, named);
  return {
    room,
    isOwner: false,
    access,
    ndaPending,
    viewer: {
      userId,
      name: user.name,
      email: user.email,
      organizationNames: names.map((name) => displayName(name, user.locale)),
    },
    liveFolders: folders,
    visibleFolderIds: visibleFolderIds(access, folders),
  };
}

async function ownerOrganizationName(deps: AppDeps, room: repo.RoomRow, userId: string): Promise<string[]> {
  const user = await repo.findUser(deps.db, { id: userId });
  const names = await repo.organizationNames(deps.db, [room.organizationId]);
  return names.map((name) => displayName(name, user?.locale ?? 'en'));
}

async function viewerOf(deps: AppDeps, actor: Actor, organizationNames: string[]): Promise<Viewer> {
  if (actor.kind !== 'user') return { userId: null, name: 'Karvan', email: '', organizationNames };
  const user = await repo.findUser(deps.db, { id: actor.userId });
  return { userId: actor.userId, name: user?.name ?? actor.name, email: actor.email, organizationNames };
}

/** An organisation's name in the viewer's language, falling back along the usual chain. */
function displayName(name: repo.RoomRow['ndaText'], locale: string): string {
  const wanted: Locale = isLocale(locale) ? locale : 'en';
  return pickLocalizedText(name, wanted)?.text ?? '';
}
