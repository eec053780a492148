import { describe, expect, it } from 'vitest';
import { FoldedKeyIndex, foldImportKey } from './fold-import-key.ts';

describe('foldImportKey', () => {
  it('ignores case, spaces, underscores and hyphens', () => {
    expect(foldImportKey('title_fa')).toBe('titlefa');
    expect(foldImportKey('Title FA')).toBe('titlefa');
    expect(foldImportKey('  TITLE-FA ')).toBe('titlefa');
  });

  it('folds Arabic yeh/kaf to Persian and drops ZWNJ, so ar- and fa-typed headers meet', () => {
    // "فارسي" with Arabic yeh (U+064A), "سرمایه‌گذاری" with and without ZWNJ.
    expect(foldImportKey('عنوان (فارسي)')).toBe(foldImportKey('عنوان (فارسی)'));
    expect(foldImportKey('نوع سرمایه‌گذاری')).toBe(foldImportKey('نوع سرمایه گذاری'));
    expect(foldImportKey('كرمان')).toBe('کرمان');
  });

  it('treats full-width brackets like ASCII ones and strips a BOM', () => {
    expect(foldImportKey('标题（波斯语）')).toBe(foldImportKey('标题(波斯语)'));
    expect(foldImportKey('\uFEFFexternal_id')).toBe('externalid');
  });

  it('folds Persian and Arabic-Indic digits', () => {
    expect(foldImportKey('IR-۰۸')).toBe('ir08');
    expect(foldImportKey('IR-٠٨')).toBe('ir08');
  });
});

describe('FoldedKeyIndex', () => {
  it('resolves any spelling that folds to a known key', () => {
    const index = new FoldedKeyIndex<string>();
    index.add('Joint venture', 'joint-venture');
    expect(index.get('joint-venture')).toBe('joint-venture');
    expect(index.get('JOINT_VENTURE')).toBe('joint-venture');
    expect(index.get('equity')).toBeNull();
  });

  it('refuses a key claimed by two different values instead of picking one', () => {
    const index = new FoldedKeyIndex<string>();
    index.add('Markazi', 'IR-00');
    index.add('markazi', 'IR-00');
    expect(index.get('MARKAZI')).toBe('IR-00');
    index.add('Markazi', 'XX-01');
    expect(index.get('Markazi')).toBeNull();
    expect(index.isAmbiguous('Markazi')).toBe(true);
  });

  it('ignores keys that fold to nothing', () => {
    const index = new FoldedKeyIndex<string>();
    index.add(' — ', 'dash');
    expect(index.get('')).toBeNull();
  });
});

describe('FoldedKeyIndex.ambiguousKeys', () => {
  it('lists the folded keys that two values claim', () => {
    const index = new FoldedKeyIndex<string>();
    index.add('Central', 'IR-00');
    index.add('central', 'XX-99');
    index.add('Yazd', 'IR-21');
    expect(index.ambiguousKeys()).toEqual(['central']);
  });
});
