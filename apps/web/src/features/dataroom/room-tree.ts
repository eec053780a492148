// Pure helpers over the flat folder and document lists of a Room: the tree the page draws,
// paths, and which folders a move may target. No React here, so they are unit-tested directly.
import type { RoomDocument, RoomFolder } from './dataroom.api.ts';

export interface FolderNode {
  folder: RoomFolder;
  children: FolderNode[];
}

/**
 * Compares index numbers such as "1.10" and "1.9" part by part as numbers, so 1.9 comes
 * before 1.10 (a string sort would put 1.10 first).
 */
export function compareIndex(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Builds the folder tree, siblings in index order. A folder whose parent is unknown goes to the top. */
export function buildFolderTree(folders: readonly RoomFolder[]): FolderNode[] {
  const ids = new Set(folders.map((folder) => folder.id));
  const byParent = new Map<string | null, RoomFolder[]>();
  for (const folder of folders) {
    const parent = folder.parentId && ids.has(folder.parentId) ? folder.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), folder]);
  }
  const build = (parentId: string | null, seen: Set<string>): FolderNode[] =>
    (byParent.get(parentId) ?? [])
      .filter((folder) => !seen.has(folder.id))
      .sort((a, b) => compareIndex(a.index, b.index))
      .map((folder) => ({
        folder,
        // `seen` guards against a cycle in bad data turning into endless recursion.
        children: build(folder.id, new Set([...seen, folder.id])),
      }));
  return build(null, new Set());
}

/** The documents directly in one folder (null = the top level), in index order. */
export function documentsIn(documents: readonly RoomDocument[], folderId: string | null): RoomDocument[] {
  return documents
    .filter((document) => document.folderId === folderId)
    .sort((a, b) => compareIndex(a.index, b.index));
}

/** The folders from the top down to `folderId`, for a breadcrumb; empty for the top level. */
export function folderPath(folders: readonly RoomFolder[], folderId: string | null): RoomFolder[] {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const path: RoomFolder[] = [];
  let current = folderId ? byId.get(folderId) : undefined;
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

/** A folder and everything under it, as ids. */
export function descendantIds(folders: readonly RoomFolder[], folderId: string): Set<string> {
  const result = new Set([folderId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const folder of folders) {
      if (folder.parentId && result.has(folder.parentId) && !result.has(folder.id)) {
        result.add(folder.id);
        grew = true;
      }
    }
  }
  return result;
}

/**
 * Where a folder may be moved: anywhere but into itself or below itself (the server refuses a
 * cycle with `dataroom.folder_cycle`; offering only valid targets saves the round trip).
 */
export function moveTargets(folders: readonly RoomFolder[], movingFolderId: string | null): RoomFolder[] {
  const excluded = movingFolderId ? descendantIds(folders, movingFolderId) : new Set<string>();
  return folders.filter((folder) => !excluded.has(folder.id)).sort((a, b) => compareIndex(a.index, b.index));
}

/** How many documents a folder holds, its subfolders included. */
export function countDocumentsUnder(
  folders: readonly RoomFolder[],
  documents: readonly RoomDocument[],
  folderId: string,
): number {
  const ids = descendantIds(folders, folderId);
  return documents.filter((document) => document.folderId !== null && ids.has(document.folderId)).length;
}
