import { normalizeForSearch, toSearchText } from '@karvan/domain';
import { indexNumbers, levelAt } from '@karvan/domain/dataroom';
import type { AppDeps } from '../../platform/context.ts';
import type { Actor } from '../../platform/policy.ts';
import * as reads from './dataroom-reads.repository.ts';
import * as access from './room-access.repository.ts';
import {
  type DocumentRecord,
  levelForDocument,
  loadRoomForOpportunity,
  type RoomContext,
} from './room-access.ts';

/** Live documents the caller may open, and index numbers as the caller sees them. */
export async function visibleDocuments(
  deps: AppDeps,
  ctx: RoomContext,
): Promise<{ documents: DocumentRecord[]; numbers: Map<string, string> }> {
  const all = await access.listDocuments(deps.db, ctx.room.id, { includeBinned: false });
  const documents = all.filter((document) => levelForDocument(ctx, document) !== null);
  const folders =
    ctx.visibleFolderIds === 'all'
      ? ctx.liveFolders
      : ctx.liveFolders.filter((folder) => (ctx.visibleFolderIds as Set<string>).has(folder.id));
  const numbers = indexNumbers(
    folders,
    documents.map((d) => ({ id: d.id, parentId: d.folderId, position: d.position })),
    // Grantees count over what they see, so a gap never reveals a hidden item.
    { dense: !ctx.isOwner },
  );
  return { documents, numbers };
}

/**
 * The places whose documents the caller may open, for filtering in SQL: every live folder and the
 * top level for the owner side; for a grantee the folders with a level of their own (not the
 * ancestors shown only as a path) and the top level with a whole-room grant; nothing while the
 * NDA is pending.
 */
export function searchScope(ctx: RoomContext): reads.SearchScope {
  const roomId = ctx.room.id;
  if (ctx.isOwner) return { roomId, folderIds: ctx.liveFolders.map((f) => f.id), includeTopLevel: true };
  if (ctx.ndaPending || !ctx.access) return { roomId, folderIds: [], includeTopLevel: false };
  const granted = ctx.access;
  return {
    roomId,
    folderIds: ctx.liveFolders.filter((f) => levelAt(granted, f.id) !== null).map((f) => f.id),
    includeTopLevel: granted.wholeRoom !== null,
  };
}

const MAX_HITS = 50;
const SNIPPET_CHARS = 160;

/**
 * Folds a character the way search does where that keeps the length (case, Arabic/Persian
 * letter forms, digits), so a match found in the folded text points into the original.
 */
const foldedChars = new Map<string, string>();
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    const normal = normalizeForSearch(ch);
    folded = Array.from(normal).length === 1 ? normal : ch;
    if (foldedChars.size < 10_000) foldedChars.set(ch, folded);
  }
  return folded;
}

/** A window of the page text around the first query word found in it (the start if none is). */
export function snippetOf(text: string, searchText: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  // One folded entry per original character, so a position in one is a position in the other.
  const folded = chars.map(foldChar);
  const joined = folded.join('');
  let at = -1;
  for (const word of searchText.split(' ').filter(Boolean)) {
    const found = joined.indexOf(word);
    if (found >= 0) {
      at = Array.from(joined.slice(0, found)).length;
      break;
    }
  }
  const start = Math.max(0, at < 0 ? 0 : at - SNIPPET_CHARS / 3);
  const end = Math.min(chars.length, start + SNIPPET_CHARS);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}

export interface SearchHit {
  document: { id: string; name: string; index: string };
  page: number;
  snippet: string;
}

/** Full-text search inside the documents the caller may view. */
export async function searchRoom(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  q: string,
): Promise<{ items: SearchHit[] }> {
  const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
  const searchText = toSearchText(q);
  if (searchText === '') return { items: [] };
  const hits = await reads.searchPages(deps.db, searchScope(ctx), searchText, MAX_HITS);
  if (hits.length === 0) return { items: [] };
  // The SQL scope already keeps out what the caller may not see; the check per document is the
  // same rule again, so a scope bug cannot leak a hit.
  const { documents, numbers } = await visibleDocuments(deps, ctx);
  const byId = new Map(documents.map((d) => [d.id, d]));
  return {
    items: hits.flatMap((hit) => {
      const document = byId.get(hit.documentId);
      if (!document) return [];
      return [
        {
          document: { id: document.id, name: document.name, index: numbers.get(document.id) ?? '' },
          page: hit.page,
          snippet: snippetOf(hit.text, searchText),
        },
      ];
    }),
  };
}
