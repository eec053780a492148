import { describe, expect, it } from 'vitest';
import {
  bestLevel,
  type FolderLink,
  type GrantFacts,
  levelAllows,
  levelAt,
  resolveRoomAccess,
  visibleFolderIds,
} from './access.ts';

const now = new Date('2026-11-21T12:00:00Z');
// geology (g) ⊃ reports (r) ⊃ drill logs (d); finance (f) beside it.
const folders: FolderLink[] = [
  { id: 'g', parentId: null },
  { id: 'r', parentId: 'g' },
  { id: 'd', parentId: 'r' },
  { id: 'f', parentId: null },
];
const grant = (over: Partial<GrantFacts>): GrantFacts => ({
  id: 'x',
  level: 'view',
  folderIds: null,
  expiresAt: null,
  revokedAt: null,
  ndaRequired: false,
  organizationId: null,
  userId: 'u',
  ...over,
});

describe('resolveRoomAccess', () => {
  it('a folder grant covers its subfolders and nothing beside them, nor the top level', () => {
    const access = resolveRoomAccess([grant({ folderIds: ['r'] })], folders, now);
    expect(levelAt(access, 'd')).toBe('view');
    expect(levelAt(access, 'r')).toBe('view');
    expect(levelAt(access, 'g')).toBeNull();
    expect(levelAt(access, 'f')).toBeNull();
    expect(levelAt(access, null)).toBeNull();
    expect([...visibleFolderIds(access, folders)].sort()).toEqual(['d', 'g', 'r']);
  });

  it('unites grants: the highest level wins per place', () => {
    const access = resolveRoomAccess(
      [
        grant({ id: 'a', level: 'view' }),
        grant({ id: 'b', level: 'download-original', folderIds: ['f'], organizationId: 'o1', userId: null }),
        grant({ id: 'c', level: 'download', folderIds: ['g'], organizationId: 'o2', userId: null }),
      ],
      folders,
      now,
    );
    expect(levelAt(access, null)).toBe('view');
    expect(levelAt(access, 'f')).toBe('download-original');
    expect(levelAt(access, 'd')).toBe('download');
    expect(bestLevel(access)).toBe('download-original');
    expect(access.organizationIds.sort()).toEqual(['o1', 'o2']);
  });

  it('skips revoked and expired grants, and an expiry is exclusive', () => {
    const access = resolveRoomAccess(
      [
        grant({ id: 'revoked', revokedAt: new Date('2026-11-20T00:00:00Z') }),
        grant({ id: 'expired', level: 'download', expiresAt: now }),
        grant({ id: 'later', folderIds: ['f'], expiresAt: new Date('2026-11-22T00:00:00Z') }),
      ],
      folders,
      now,
    );
    expect(access.grantIds).toEqual(['later']);
    expect(levelAt(access, null)).toBeNull();
    expect(levelAt(access, 'f')).toBe('view');
  });

  it('requires the NDA when any live grant does, even if a stronger one does not', () => {
    const access = resolveRoomAccess(
      [
        grant({ id: 'a', level: 'download-original' }),
        grant({ id: 'b', ndaRequired: true, folderIds: ['f'] }),
      ],
      folders,
      now,
    );
    expect(access.ndaRequired).toBe(true);
    const dead = resolveRoomAccess(
      [grant({ id: 'a' }), grant({ id: 'b', ndaRequired: true, revokedAt: now })],
      folders,
      now,
    );
    expect(dead.ndaRequired).toBe(false);
  });

  it('ignores folder ids that are not live folders of the room', () => {
    const access = resolveRoomAccess([grant({ folderIds: ['gone'] })], folders, now);
    expect(access.byFolder.size).toBe(0);
    expect(bestLevel(access)).toBeNull();
  });
});

describe('levelAllows', () => {
  it('orders view < download < download-original', () => {
    expect(levelAllows('view', 'view')).toBe(true);
    expect(levelAllows('view', 'download')).toBe(false);
    expect(levelAllows('download', 'download')).toBe(true);
    expect(levelAllows('download', 'download-original')).toBe(false);
    expect(levelAllows('download-original', 'download')).toBe(true);
    expect(levelAllows(null, 'view')).toBe(false);
  });
});
