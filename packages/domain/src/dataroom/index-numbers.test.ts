import { describe, expect, it } from 'vitest';
import { indexNumbers, nextPosition } from './index-numbers.ts';
import { isSameOrDescendant, liveFolders } from './live-tree.ts';

describe('indexNumbers', () => {
  const folders = [
    { id: 'geo', parentId: null, position: 1 },
    { id: 'fin', parentId: null, position: 3 },
    { id: 'reports', parentId: 'geo', position: 2 },
  ];
  const documents = [
    { id: 'licence', parentId: null, position: 4 },
    { id: 'map', parentId: 'geo', position: 1 },
    { id: 'core', parentId: 'reports', position: 1 },
  ];

  it('gives owners the stable positions, gaps included', () => {
    const numbers = indexNumbers(folders, documents, { dense: false });
    expect(Object.fromEntries(numbers)).toEqual({
      geo: '1',
      fin: '3',
      licence: '4',
      map: '1.1',
      reports: '1.2',
      core: '1.2.1',
    });
  });

  it('counts a grantee’s numbers over what they see, so no gap shows', () => {
    const numbers = indexNumbers(folders, documents, { dense: true });
    expect(numbers.get('fin')).toBe('2');
    expect(numbers.get('licence')).toBe('3');
    expect(numbers.get('core')).toBe('1.2.1');
  });
});

describe('nextPosition', () => {
  it('is one more than the highest position ever used', () => {
    expect(nextPosition([])).toBe(1);
    expect(nextPosition([1, 5, 2])).toBe(6);
  });
});

describe('liveFolders', () => {
  const at = new Date('2026-11-21T00:00:00Z');
  it('drops a deleted folder and everything under it', () => {
    const rows = [
      { id: 'a', parentId: null, deletedAt: null },
      { id: 'b', parentId: 'a', deletedAt: at },
      { id: 'c', parentId: 'b', deletedAt: null },
      { id: 'd', parentId: 'a', deletedAt: null },
    ];
    expect(liveFolders(rows).map((row) => row.id)).toEqual(['a', 'd']);
  });

  it('treats a cycle as not live instead of looping', () => {
    const rows = [
      { id: 'a', parentId: 'b', deletedAt: null },
      { id: 'b', parentId: 'a', deletedAt: null },
    ];
    expect(liveFolders(rows)).toEqual([]);
  });

  it('finds a move under itself', () => {
    const rows = [
      { id: 'a', parentId: null, deletedAt: null },
      { id: 'b', parentId: 'a', deletedAt: null },
    ];
    expect(isSameOrDescendant(rows, 'a', 'b')).toBe(true);
    expect(isSameOrDescendant(rows, 'a', 'a')).toBe(true);
    expect(isSameOrDescendant(rows, 'b', 'a')).toBe(false);
    expect(isSameOrDescendant(rows, 'a', null)).toBe(false);
  });
});
