/**
 * Who may see what in a data room, decided from the grants alone. A user's access is the union
 * of every live grant that names them or one of their organisations: per folder the highest
 * level wins, a folder grant covers the folder's subfolders, and documents at the top level need
 * a whole-room grant. Protection is the strictest of those grants: one grant that requires the
 * NDA is enough for nothing to open before the NDA is accepted.
 */

export const GRANT_LEVELS = ['view', 'download', 'download-original'] as const;
export type GrantLevel = (typeof GRANT_LEVELS)[number];

/** The facts of a grant that access depends on (a row of `data_room_grants`). */
export interface GrantFacts {
  id: string;
  level: GrantLevel;
  /** Null: the whole room. */
  folderIds: string[] | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  ndaRequired: boolean;
  organizationId: string | null;
  userId: string | null;
}

/** A live (not deleted) folder of the room. */
export interface FolderLink {
  id: string;
  parentId: string | null;
}

export interface RoomAccess {
  /** Level over the whole room (top-level documents included), or null. */
  wholeRoom: GrantLevel | null;
  /** Level per folder from folder grants, descendants included (whole-room level not folded in). */
  byFolder: ReadonlyMap<string, GrantLevel>;
  /** True when any live grant requires the NDA. */
  ndaRequired: boolean;
  /** The live grants access comes from. */
  grantIds: string[];
  /** Organisations that those grants name: the watermark names each of them. */
  organizationIds: string[];
}

const rank = (level: GrantLevel | null): number => (level === null ? -1 : GRANT_LEVELS.indexOf(level));

/** The higher of two levels (null = none). */
export const higherLevel = (a: GrantLevel | null, b: GrantLevel | null): GrantLevel | null =>
  rank(a) >= rank(b) ? a : b;

/** A grant counts until it is revoked or its expiry has passed. */
export const isGrantLive = (grant: Pick<GrantFacts, 'expiresAt' | 'revokedAt'>, now: Date): boolean =>
  grant.revokedAt === null && (grant.expiresAt === null || grant.expiresAt.getTime() > now.getTime());

/** Whether `level` permits `action`: `view` < `download` (a watermarked copy) < `download-original`. */
export const levelAllows = (level: GrantLevel | null, action: GrantLevel): boolean =>
  level !== null && rank(level) >= rank(action);

/** Children of each folder, for walking subtrees. */
function childrenOf(folders: readonly FolderLink[]): Map<string | null, string[]> {
  const children = new Map<string | null, string[]>();
  for (const folder of folders) {
    const siblings = children.get(folder.parentId) ?? [];
    siblings.push(folder.id);
    children.set(folder.parentId, siblings);
  }
  return children;
}

/** `grants` are those naming the user or one of their organisations; dead ones are skipped here. */
export function resolveRoomAccess(
  grants: readonly GrantFacts[],
  folders: readonly FolderLink[],
  now: Date,
): RoomAccess {
  const live = grants.filter((grant) => isGrantLive(grant, now));
  const children = childrenOf(folders);
  const known = new Set(folders.map((folder) => folder.id));
  const byFolder = new Map<string, GrantLevel>();
  let wholeRoom: GrantLevel | null = null;
  for (const grant of live) {
    if (grant.folderIds === null) {
      wholeRoom = higherLevel(wholeRoom, grant.level);
      continue;
    }
    const stack = grant.folderIds.filter((id) => known.has(id));
    while (stack.length > 0) {
      const id = stack.pop()!;
      byFolder.set(id, higherLevel(byFolder.get(id) ?? null, grant.level)!);
      stack.push(...(children.get(id) ?? []));
    }
  }
  return {
    wholeRoom,
    byFolder,
    ndaRequired: live.some((grant) => grant.ndaRequired),
    grantIds: live.map((grant) => grant.id),
    organizationIds: [
      ...new Set(live.flatMap((grant) => (grant.organizationId ? [grant.organizationId] : []))),
    ],
  };
}

/** The level at a place in the room: a folder id, or null for the top level. */
export function levelAt(access: RoomAccess, folderId: string | null): GrantLevel | null {
  if (folderId === null) return access.wholeRoom;
  return higherLevel(access.wholeRoom, access.byFolder.get(folderId) ?? null);
}

/** The best level anywhere in the room (what the room page shows as the grantee's access). */
export function bestLevel(access: RoomAccess): GrantLevel | null {
  let best = access.wholeRoom;
  for (const level of access.byFolder.values()) best = higherLevel(best, level);
  return best;
}

/**
 * Folders a grantee may see: those with a level of their own, and their ancestors (so the path
 * to a granted folder shows, but not its siblings). With a whole-room level, all of them.
 */
export function visibleFolderIds(access: RoomAccess, folders: readonly FolderLink[]): Set<string> {
  if (access.wholeRoom !== null) return new Set(folders.map((folder) => folder.id));
  const parentOf = new Map(folders.map((folder) => [folder.id, folder.parentId]));
  const visible = new Set<string>();
  for (const id of access.byFolder.keys()) {
    let current: string | null | undefined = id;
    while (current && !visible.has(current)) {
      visible.add(current);
      current = parentOf.get(current);
    }
  }
  return visible;
}
