// Pure rules of the page viewer: which key turns which way, and page numbers in range.

/**
 * The page step of a key: +1 forward, -1 back, 0 none. Arrows follow the reading direction:
 * in a right-to-left page the left arrow points forward, as it would in a printed Persian book.
 */
export function pageStepForKey(key: string, dir: 'ltr' | 'rtl'): -1 | 0 | 1 {
  if (key === 'PageDown') return 1;
  if (key === 'PageUp') return -1;
  if (key === 'ArrowRight') return dir === 'rtl' ? -1 : 1;
  if (key === 'ArrowLeft') return dir === 'rtl' ? 1 : -1;
  return 0;
}

/** A page number held within 1..pageCount (a page count under 1 still allows page 1). */
export function clampPage(page: number, pageCount: number): number {
  if (!Number.isFinite(page)) return 1;
  return Math.min(Math.max(1, Math.round(page)), Math.max(1, pageCount));
}

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

/** The next zoom step up (+1) or down (-1) from the current zoom, staying within the steps. */
export function nextZoom(current: number, direction: 1 | -1): number {
  if (direction === 1) return ZOOM_STEPS.find((step) => step > current + 1e-9) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((step) => step < current - 1e-9) ?? ZOOM_STEPS[0];
}

/** Tells whether a key press belongs to a text field (the page-number box), not to the viewer. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}
