import { describe, expect, it } from 'vitest';
import {
  fillRight,
  isMultiCellPaste,
  parsePastedCells,
  pasteIntoRow,
  solarHijriYearOf,
  toDocumentRow,
} from './year-grid.ts';

describe('parsePastedCells', () => {
  it('reads a tab-separated spreadsheet row', () => {
    expect(parsePastedCells('20\t45\t35\n')).toEqual({ values: [20, 45, 35], invalid: [] });
  });

  it('reads digits in any script, grouping and percent signs', () => {
    expect(parsePastedCells('۲۰٪\t٤٥%\t1,200\t۲/۵').values).toEqual([20, 45, 1200, 2.5]);
  });

  it('reads a copied column as consecutive years', () => {
    expect(parsePastedCells('60\r\n90\r\n100\r\n').values).toEqual([60, 90, 100]);
  });

  it('takes the first row of a block', () => {
    expect(parsePastedCells('1\t2\n3\t4').values).toEqual([1, 2]);
  });

  it('keeps empty cells empty and reports text that is not a number', () => {
    expect(parsePastedCells('10\t\tabc\t5')).toEqual({ values: [10, null, null, 5], invalid: [2] });
  });
});

describe('isMultiCellPaste', () => {
  it('is true only for tabs or line breaks inside the text', () => {
    expect(isMultiCellPaste('1\t2')).toBe(true);
    expect(isMultiCellPaste('1\n2')).toBe(true);
    expect(isMultiCellPaste('12.5\n')).toBe(false);
  });
});

describe('pasteIntoRow', () => {
  it('writes from the start column, grows the row, stops at the last year', () => {
    expect(pasteIntoRow([1], 2, [5, 6, 7], 4)).toEqual([1, null, 5, 6]);
  });
});

describe('fillRight', () => {
  it('copies a value into every later column', () => {
    expect(fillRight([0.6, 0.9, null], 1, 5)).toEqual([0.6, 0.9, 0.9, 0.9, 0.9]);
  });

  it('overwrites later values too', () => {
    expect(fillRight([1, 2, 3], 0, 3)).toEqual([1, 1, 1]);
  });
});

describe('toDocumentRow', () => {
  it('drops trailing empty cells and keeps holes for the server to report', () => {
    expect(toDocumentRow([0.2, null, 0.8, null, null])).toEqual([0.2, null, 0.8]);
    expect(toDocumentRow([null])).toEqual([]);
  });
});

describe('solarHijriYearOf', () => {
  it('gives the Solar Hijri year holding most of a Gregorian year', () => {
    expect(solarHijriYearOf(2026)).toBe(1405);
    expect(solarHijriYearOf(2024)).toBe(1403);
  });
});
