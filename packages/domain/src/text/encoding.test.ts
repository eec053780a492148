import { describe, expect, it } from 'vitest';
import { detectTextEncoding } from './encoding.ts';

/**
 * Windows-1256 bytes of a few Persian letters, from the code page table (Microsoft
 * "bestfit1256.txt"; WHATWG index-windows-1256): not producible with TextEncoder, which only
 * writes UTF-8.
 */
const CP1256: Readonly<Record<string, number>> = {
  ا: 0xc7,
  ب: 0xc8,
  ت: 0xca,
  د: 0xcf,
  ر: 0xd1,
  س: 0xd3,
  ش: 0xd4,
  ع: 0xda,
  ف: 0xdd,
  ک: 0x98,
  ل: 0xe1,
  م: 0xe3,
  ن: 0xe4,
  ه: 0xe5,
  و: 0xe6,
  ي: 0xed, // Arabic yeh U+064A: cp1256 has no Persian yeh (U+06CC); Persian Windows writes this one
  ' ': 0x20,
  ',': 0x2c,
  '\n': 0x0a,
};

function encodeCp1256(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((character) => {
      const byte = CP1256[character];
      if (byte === undefined) throw new Error(`no cp1256 byte for ${character}`);
      return byte;
    }),
  );
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detectTextEncoding', () => {
  it('recognises Persian text saved as Windows-1256 (legacy Excel "CSV")', () => {
    const salam = Uint8Array.from([0xd3, 0xe1, 0xc7, 0xe3]);
    expect(new TextDecoder('windows-1256').decode(salam)).toBe('سلام');
    expect(detectTextEncoding(salam)).toBe('windows-1256');

    const row = encodeCp1256('کرمان,معدن مس\nشرکت,سرمايه');
    expect(new TextDecoder('windows-1256').decode(row)).toBe('کرمان,معدن مس\nشرکت,سرمايه');
    expect(detectTextEncoding(row)).toBe('windows-1256');
  });

  it('recognises UTF-8 with and without the BOM', () => {
    expect(detectTextEncoding(utf8('external_id,title_fa\nKRM-1,معدن مس'))).toBe('utf-8');
    expect(detectTextEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('عنوان,铜矿')]))).toBe('utf-8-bom');
    expect(detectTextEncoding(utf8('铜矿开采，广东省'))).toBe('utf-8');
  });

  it('calls pure ASCII and an empty sample UTF-8', () => {
    expect(detectTextEncoding(utf8('external_id,kind\n'))).toBe('utf-8');
    expect(detectTextEncoding(new Uint8Array())).toBe('utf-8');
  });

  it('tolerates a multi-byte character cut by the end of the sample', () => {
    const bytes = utf8('استان کرمان'); // two bytes per Persian letter
    expect(detectTextEncoding(bytes.subarray(0, 5))).toBe('utf-8'); // ends with the first byte of "ت"
    const chinese = utf8('省'); // E7 9C 81
    expect(detectTextEncoding(chinese.subarray(0, 2))).toBe('utf-8');
    const emoji = utf8('⛏️🪨'); // ends with a four-byte sequence
    expect(detectTextEncoding(emoji.subarray(0, emoji.length - 1))).toBe('utf-8');
  });

  it('does not tolerate a broken sequence in the middle', () => {
    const bytes = utf8('استان');
    const broken = Uint8Array.from([...bytes.subarray(0, 3), ...bytes.subarray(4)]); // a lead byte then a lead byte
    expect(detectTextEncoding(broken)).toBe('windows-1256');
  });

  it('refuses overlong forms and surrogates as UTF-8', () => {
    expect(detectTextEncoding(Uint8Array.from([0xc0, 0xaf]))).toBe('windows-1256'); // overlong "/"
    expect(detectTextEncoding(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe('windows-1256'); // U+D800
    expect(detectTextEncoding(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe('windows-1256'); // > U+10FFFF
  });

  it('recognises UTF-16 by its BOM (Excel "Unicode Text")', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x33, 0x06, 0x44, 0x06, 0x27, 0x06, 0x45, 0x06]);
    expect(new TextDecoder('utf-16le').decode(le)).toBe('سلام');
    expect(detectTextEncoding(le)).toBe('utf-16le');
    const be = Uint8Array.from([0xfe, 0xff, 0x06, 0x33, 0x06, 0x44, 0x06, 0x27, 0x06, 0x45]);
    expect(new TextDecoder('utf-16be').decode(be)).toBe('سلام');
    expect(detectTextEncoding(be)).toBe('utf-16be');
  });

  it('recognises UTF-16 without a BOM from its 0x00/0x06 high bytes', () => {
    const text = 'کرمان,Kerman\n';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      le[2 * i] = unit & 0xff;
      le[2 * i + 1] = unit >> 8;
      be[2 * i] = unit >> 8;
      be[2 * i + 1] = unit & 0xff;
    }
    expect(detectTextEncoding(le)).toBe('utf-16le');
    expect(detectTextEncoding(be)).toBe('utf-16be');
  });
});
