import { describe, expect, it } from 'vitest';
import { findUnsafeCharacters, hasUnsafeCharacters } from './unsafe-characters.ts';

describe('findUnsafeCharacters', () => {
  it('flags the RTL override of the "Trojan Source" file-name trick', () => {
    const name = 'invoice\u202Egpj.exe';
    expect(findUnsafeCharacters(name)).toEqual([{ index: 7, codePoint: 'U+202E', kind: 'bidi-control' }]);
  });

  it('flags every embedding, override and isolate control U+202A–U+202E and U+2066–U+2069', () => {
    const controls = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    for (const code of controls) {
      const found = findUnsafeCharacters(`شرکت${String.fromCharCode(code)}`);
      expect(found, code.toString(16)).toHaveLength(1);
      expect(found[0]?.kind).toBe('bidi-control');
    }
  });

  it('does NOT flag ZWNJ, which Persian orthography requires ("سنگ‌آهن", "می‌روم")', () => {
    expect(findUnsafeCharacters('سنگ\u200Cآهن')).toEqual([]);
    expect(findUnsafeCharacters('می‌روم')).toEqual([]);
  });

  it('does NOT flag ZWJ, LRM, RLM or ALM (they cannot reorder text)', () => {
    expect(findUnsafeCharacters('a\u200Db\u200Ec\u200Fd\u061Ce')).toEqual([]);
  });

  it('allows tab, line feed and CR LF; flags a lone CR, other C0, DEL and C1', () => {
    expect(findUnsafeCharacters('line 1\r\nline 2\n\tindented')).toEqual([]);
    expect(findUnsafeCharacters('a\rb')).toEqual([{ index: 1, codePoint: 'U+000D', kind: 'control' }]);
    expect(findUnsafeCharacters('\u0000\u001B\u007F\u0085\u009F').map((c) => c.codePoint)).toEqual([
      'U+0000',
      'U+001B',
      'U+007F',
      'U+0085',
      'U+009F',
    ]);
  });

  it('flags unpaired surrogates but accepts astral characters (emoji, CJK extension B)', () => {
    expect(findUnsafeCharacters('⛏️🇮🇷🇨🇳 𠀀')).toEqual([]);
    expect(findUnsafeCharacters('a\uD800b')).toEqual([
      { index: 1, codePoint: 'U+D800', kind: 'lone-surrogate' },
    ]);
    expect(findUnsafeCharacters('\uDC00')).toEqual([
      { index: 0, codePoint: 'U+DC00', kind: 'lone-surrogate' },
    ]);
  });

  it('reports every occurrence with its index', () => {
    expect(findUnsafeCharacters('\u2067x\u2069').map((c) => c.index)).toEqual([0, 2]);
  });

  it('accepts ordinary fa/ar/zh/en names', () => {
    for (const name of [
      'شرکت معدنی گل‌گهر',
      'الشركة السعودية للتعدين',
      '中国五矿集团有限公司',
      'Gol-e-Gohar Co.',
    ]) {
      expect(findUnsafeCharacters(name), name).toEqual([]);
    }
  });
});

describe('hasUnsafeCharacters', () => {
  it('is true exactly when findUnsafeCharacters finds something', () => {
    expect(hasUnsafeCharacters('invoice\u202Egpj.exe')).toBe(true);
    expect(hasUnsafeCharacters('سنگ‌آهن')).toBe(false);
    expect(hasUnsafeCharacters('')).toBe(false);
  });
});
