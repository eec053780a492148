/**
 * The live part of a room's folder tree: a folder counts only when neither it nor any ancestor
 * is in the bin, so deleting a folder hides everything under it without touching those rows.
 */
export interface FolderRow {
  id: string;
  parentId: string | null;
  deletedAt: Date | null;
}

export function liveFolders<T extends FolderRow>(folders: readonly T[]): T[] {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const verdict = new Map<string, boolean>();
  const isLive = (folder: T): boolean => {
    const known = verdict.get(folder.id);
    if (known !== undefined) return known;
    // Mark first so a corrupt cycle ends (as not live) instead of recursing forever.
    verdict.set(folder.id, false);
    const parent = folder.parentId === null ? null : byId.get(folder.parentId);
    const live =
      folder.deletedAt === null && (folder.parentId === null || (parent !== undefined && isLive(parent!)));
    verdict.set(folder.id, live);
    return live;
  };
  return folders.filter(isLive);
}

/** True when `candidate` is `folderId` itself or lies under it (a move there would make a cycle). */
export function isSameOrDescendant(
  folders: readonly FolderRow[],
  folderId: string,
  candidate: string | null,
): boolean {
  const parentOf = new Map(folders.map((folder) => [folder.id, folder.parentId]));
  const seen = new Set<string>();
  let current = candidate;
  while (current !== null && !seen.has(current)) {
    if (current === folderId) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}
