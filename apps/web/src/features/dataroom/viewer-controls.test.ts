import { describe, expect, it } from 'vitest';
import { clampPage, isTypingTarget, nextZoom, pageStepForKey } from './viewer-controls.ts';

describe('pageStepForKey', () => {
  it('turns forward with the right arrow when reading left to right', () => {
    expect(pageStepForKey('ArrowRight', 'ltr')).toBe(1);
    expect(pageStepForKey('ArrowLeft', 'ltr')).toBe(-1);
  });

  it('mirrors the arrows when reading right to left', () => {
    expect(pageStepForKey('ArrowLeft', 'rtl')).toBe(1);
    expect(pageStepForKey('ArrowRight', 'rtl')).toBe(-1);
  });

  it('ignores other keys and keeps PageUp/PageDown the same in both directions', () => {
    expect(pageStepForKey('a', 'ltr')).toBe(0);
    expect(pageStepForKey('PageDown', 'rtl')).toBe(1);
    expect(pageStepForKey('PageUp', 'ltr')).toBe(-1);
  });
});

describe('clampPage', () => {
  it('keeps page numbers within the document', () => {
    expect(clampPage(0, 3)).toBe(1);
    expect(clampPage(9, 3)).toBe(3);
    expect(clampPage(2.4, 3)).toBe(2);
    expect(clampPage(Number.NaN, 3)).toBe(1);
    expect(clampPage(2, 0)).toBe(1);
  });
});

describe('nextZoom', () => {
  it('steps through the zoom levels and stops at the ends', () => {
    expect(nextZoom(1, 1)).toBe(1.25);
    expect(nextZoom(1, -1)).toBe(0.75);
    expect(nextZoom(3, 1)).toBe(3);
    expect(nextZoom(0.5, -1)).toBe(0.5);
  });
});

describe('isTypingTarget', () => {
  it('recognises text fields', () => {
    expect(isTypingTarget({ tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget)).toBe(
      true,
    );
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: false } as unknown as EventTarget)).toBe(
      false,
    );
    expect(isTypingTarget(null)).toBe(false);
  });
});
