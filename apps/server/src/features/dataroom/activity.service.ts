import { isLocale, type Locale, pickLocalizedText } from '@karvan/domain';
import { indexNumbers } from '@karvan/domain/dataroom';
import { appendAudit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/context.ts';
import type { Actor } from '../../platform/policy.ts';
import { decodeCursor, encodeCursor } from '../../platform/schemas.ts';
import { inTransaction } from '../../platform/transaction.ts';
import * as reads from './dataroom-reads.repository.ts';
import * as access from './room-access.repository.ts';
import {
  type DocumentRecord,
  loadRoomForOpportunity,
  type RoomContext,
  requireOwner,
} from './room-access.ts';

export type ActivityAction = reads.ActivityAction;

/** Audit action per kind of access: every access is audited, owner side included. */
const AUDIT_ACTIONS: Record<ActivityAction, string> = {
  open: 'dataroom.document_opened',
  page: 'dataroom.page_viewed',
  download: 'dataroom.document_downloaded',
  'download-original': 'dataroom.original_downloaded',
};

/**
 * Records one access to a document: an audit entry always, and an activity row when the caller
 * is a grantee (the owner side previewing its own room is not what the activity log is about).
 * Both in one transaction, so neither exists without the other.
 */
export async function recordAccess(
  deps: AppDeps,
  actor: Actor,
  ctx: RoomContext,
  document: DocumentRecord,
  action: ActivityAction,
  page: number | null,
): Promise<void> {
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    await appendAudit(
      tx,
      actor,
      {
        action: AUDIT_ACTIONS[action],
        subjectType: 'data_room_document',
        subjectId: document.id,
        data: { roomId: ctx.room.id, version: document.version.version, page, ownerSide: ctx.isOwner },
      },
      at,
    );
    if (ctx.isOwner || !ctx.viewer.userId) return;
    await reads.insertActivity(tx, {
      roomId: ctx.room.id,
      documentId: document.id,
      version: document.version.version,
      userId: ctx.viewer.userId,
      action,
      page,
      at,
    });
  });
}

/** One report of time on a page is at most this long: a tab left open overnight is not reading. */
export const MAX_PAGE_TIME_MS = 30 * 60 * 1000;

/** Adds a grantee's reported time to their newest view of that page; owner side and nonsense are ignored. */
export async function addPageTime(
  deps: AppDeps,
  ctx: RoomContext,
  document: DocumentRecord,
  page: number,
  ms: number,
): Promise<void> {
  if (ctx.isOwner || !ctx.viewer.userId || !(ms > 0)) return;
  const capped = Math.min(Math.round(ms), MAX_PAGE_TIME_MS);
  await reads.addPageTime(deps.db, { documentId: document.id, userId: ctx.viewer.userId, page }, capped);
}

export interface ActivityItem {
  id: string;
  at: Date;
  action: ActivityAction;
  user: { id: string; name: string; email: string } | null;
  organizations: string[];
  document: { id: string; name: string; index: string } | null;
  version: number | null;
  page: number | null;
  durationMs: number | null;
}

export interface ActivityQuery extends reads.ActivityFilter {
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** Owner's index numbers of every document of the room, binned ones included. */
async function ownerIndexNumbers(deps: AppDeps, roomId: string): Promise<Map<string, string>> {
  const folders = await access.listFolders(deps.db, roomId);
  const documents = await access.listDocuments(deps.db, roomId, { includeBinned: true });
  return indexNumbers(
    folders,
    documents.map((d) => ({ id: d.id, parentId: d.folderId, position: d.position })),
    { dense: false },
  );
}

function parseCursor(cursor: string | undefined): { at: Date; id: number } | null {
  const [at, id] = decodeCursor(cursor) ?? [];
  const date = typeof at === 'string' ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || typeof id !== 'number' || !Number.isSafeInteger(id))
    return null;
  return { at: date, id };
}

/** Turns rows into contract items, naming organisations in `locale`. */
async function toItems(
  deps: AppDeps,
  roomId: string,
  rows: reads.ActivityRow[],
  locale: Locale,
  numbers: Map<string, string>,
): Promise<ActivityItem[]> {
  const userIds = [...new Set(rows.flatMap((row) => (row.userId ? [row.userId] : [])))];
  const organizations = new Map<string, string[]>();
  for (const row of await reads.grantOrganizationsOfUsers(deps.db, roomId, userIds)) {
    const list = organizations.get(row.userId) ?? [];
    list.push(pickLocalizedText(row.name, locale)?.text ?? '');
    organizations.set(row.userId, list);
  }
  return rows.map((row) => ({
    id: String(row.id),
    at: row.at,
    action: row.action as ActivityAction,
    user: row.userId ? { id: row.userId, name: row.userName ?? '', email: row.userEmail ?? '' } : null,
    organizations: row.userId ? (organizations.get(row.userId) ?? []) : [],
    document: row.documentId
      ? { id: row.documentId, name: row.documentName ?? '', index: numbers.get(row.documentId) ?? '' }
      : null,
    version: row.version,
    page: row.page,
    durationMs: row.durationMs,
  }));
}

/** The room's activity, newest first (owner side only). */
export async function listActivity(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  query: ActivityQuery,
  locale: Locale,
): Promise<{ items: ActivityItem[]; nextCursor: string | null }> {
  const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
  requireOwner(ctx, actor);
  const limit = query.limit ?? 50;
  const rows = await reads.listActivity(deps.db, ctx.room.id, query, parseCursor(query.cursor), limit + 1);
  const page = rows.slice(0, limit);
  const items = await toItems(deps, ctx.room.id, page, locale, await ownerIndexNumbers(deps, ctx.room.id));
  const last = page.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor([last.at.toISOString(), last.id]) : null,
  };
}

/** An export is a file, not a dump: it stops here. */
export const MAX_EXPORT_ROWS = 100_000;
const EXPORT_PAGE = 1000;

/**
 * Every activity item matching the filters, newest first, for the export (owner side only;
 * the export itself is audited).
 */
export async function exportActivity(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  filter: reads.ActivityFilter,
  lang: string,
): Promise<{ items: ActivityItem[]; opportunityTitle: string; locale: Locale }> {
  const locale: Locale = isLocale(lang) ? lang : 'en';
  const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
  requireOwner(ctx, actor);
  const numbers = await ownerIndexNumbers(deps, ctx.room.id);
  const items: ActivityItem[] = [];
  let after: { at: Date; id: number } | null = null;
  while (items.length < MAX_EXPORT_ROWS) {
    const rows = await reads.listActivity(deps.db, ctx.room.id, filter, after, EXPORT_PAGE);
    items.push(...(await toItems(deps, ctx.room.id, rows, locale, numbers)));
    const last = rows.at(-1);
    if (rows.length < EXPORT_PAGE || !last) break;
    after = { at: last.at, id: last.id };
  }
  await inTransaction(deps.db, (tx) =>
    appendAudit(
      tx,
      actor,
      {
        action: 'dataroom.activity_exported',
        subjectType: 'data_room',
        subjectId: ctx.room.id,
        data: { rows: items.length },
      },
      deps.now(),
    ),
  );
  return {
    items: items.slice(0, MAX_EXPORT_ROWS),
    opportunityTitle: pickLocalizedText(ctx.room.opportunityTitle, locale)?.text ?? '',
    locale,
  };
}
