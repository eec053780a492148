import { describe, expect, it } from 'vitest';
import type { RoomDocument, RoomFolder } from './dataroom.api.ts';
import {
  buildFolderTree,
  compareIndex,
  countDocumentsUnder,
  descendantIds,
  documentsIn,
  folderPath,
  moveTargets,
} from './room-tree.ts';

const folder = (id: string, parentId: string | null, index: string): RoomFolder => ({
  id,
  parentId,
  name: `Folder ${index}`,
  index,
});
const doc = (id: string, folderId: string | null, index: string): RoomDocument => ({
  id,
  folderId,
  name: `Doc ${index}`,
  index,
  version: 1,
  fileName: `${id}.pdf`,
  size: 10,
  mediaType: 'application/pdf',
  viewKind: 'pdf',
  pageCount: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  allowed: { view: true, download: false, downloadOriginal: false },
});

// 1 Legal (1.1 Permits, 1.10 Contracts → 1.10.1 Drafts), 2 Geology
const folders = [
  folder('geology', null, '2'),
  folder('contracts', 'legal', '1.10'),
  folder('legal', null, '1'),
  folder('drafts', 'contracts', '1.10.1'),
  folder('permits', 'legal', '1.9'),
];

describe('compareIndex', () => {
  it('orders index numbers part by part as numbers', () => {
    expect(['1.10', '1.9', '2', '1', '1.9.1'].sort(compareIndex)).toEqual(['1', '1.9', '1.9.1', '1.10', '2']);
  });
});

describe('buildFolderTree', () => {
  it('nests folders under their parents in index order', () => {
    const tree = buildFolderTree(folders);
    expect(tree.map((node) => node.folder.id)).toEqual(['legal', 'geology']);
    expect(tree[0]?.children.map((node) => node.folder.id)).toEqual(['permits', 'contracts']);
    expect(tree[0]?.children[1]?.children.map((node) => node.folder.id)).toEqual(['drafts']);
  });

  it('puts a folder whose parent is not visible at the top level', () => {
    // A grantee with a grant for "contracts" only does not see "legal".
    const tree = buildFolderTree([folder('contracts', 'legal', '1'), folder('drafts', 'contracts', '1.1')]);
    expect(tree.map((node) => node.folder.id)).toEqual(['contracts']);
    expect(tree[0]?.children.map((node) => node.folder.id)).toEqual(['drafts']);
  });

  it('survives a cycle in bad data', () => {
    const tree = buildFolderTree([folder('a', 'b', '1'), folder('b', 'a', '2')]);
    expect(tree).toEqual([]);
  });
});

describe('folderPath and descendants', () => {
  it('gives the path from the top down', () => {
    expect(folderPath(folders, 'drafts').map((f) => f.id)).toEqual(['legal', 'contracts', 'drafts']);
    expect(folderPath(folders, null)).toEqual([]);
  });

  it('finds a folder and everything below it', () => {
    expect([...descendantIds(folders, 'legal')].sort()).toEqual(['contracts', 'drafts', 'legal', 'permits']);
    expect([...descendantIds(folders, 'geology')]).toEqual(['geology']);
  });

  it('never offers a folder itself or its subfolders as a move target', () => {
    expect(moveTargets(folders, 'contracts').map((f) => f.id)).toEqual(['legal', 'permits', 'geology']);
    expect(moveTargets(folders, null)).toHaveLength(folders.length);
  });
});

describe('documents', () => {
  const documents = [
    doc('d2', 'legal', '1.12'),
    doc('d1', 'legal', '1.2'),
    doc('top', null, '3'),
    doc('deep', 'drafts', '1.10.1.1'),
  ];

  it('lists the documents of one folder in index order', () => {
    expect(documentsIn(documents, 'legal').map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(documentsIn(documents, null).map((d) => d.id)).toEqual(['top']);
  });

  it('counts the documents under a folder, subfolders included', () => {
    expect(countDocumentsUnder(folders, documents, 'legal')).toBe(3);
    expect(countDocumentsUnder(folders, documents, 'geology')).toBe(0);
  });
});
