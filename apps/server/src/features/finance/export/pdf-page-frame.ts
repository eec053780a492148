import type { Locale } from '@karvan/domain';
import { isRtlLocale } from '@karvan/domain';
import { type PDFPage, rgb } from 'pdf-lib';
import type { DrawTextOptions, PdfTextKit } from '../../../platform/pdf/pdf-text-kit.ts';

/** A4 landscape in points. */
export const PAGE_SIZE: [number, number] = [841.89, 595.28];
export const MARGIN = 36;
export const CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN;
export const TOP = PAGE_SIZE[1] - MARGIN;

export const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.38, 0.42, 0.48);
export const RULE = rgb(0.8, 0.82, 0.86);
export const SHADE = rgb(0.94, 0.95, 0.97);

/**
 * Page geometry in reading order: offsets are measured from the start edge (left for LTR, right
 * for fa/ar), so one layout serves both directions and RTL pages come out mirrored — label column
 * on the right, years running right to left, as Persian and Arabic readers expect.
 */
export interface PageFrame {
  isRtl: boolean;
  direction: 'ltr' | 'rtl';
  /** Left x of a box `width` wide whose start edge is `offset` from the content's start edge. */
  boxX(offset: number, width: number): number;
  /** x of the start edge of a box at `offset` (where start-aligned text is anchored). */
  startX(offset: number): number;
  /** Draws text start-aligned at `offset`, shrinking it to `maxWidth` when given. */
  text(page: PDFPage, text: string, offset: number, y: number, options: TextStyle): number;
}

export interface TextStyle {
  size: number;
  weight?: DrawTextOptions['weight'];
  color?: DrawTextOptions['color'];
  align?: 'start' | 'end' | 'center';
  /** Box width for 'end'/'center' alignment and for shrinking overlong text. */
  width?: number;
  /**
   * 'auto' for user content (titles, names): its own first strong character sets its base
   * direction, so an English model name inside a Persian report keeps "(30 years)" in order.
   */
  direction?: 'auto';
}

/** The largest size ≤ `size` (and ≥ 60 % of it) at which `text` fits in `maxWidth`. */
export function fittedSize(kit: PdfTextKit, text: string, size: number, maxWidth: number): number {
  const width = kit.widthOf(text, size);
  if (width <= maxWidth) return size;
  return Math.max(size * 0.6, (size * maxWidth) / width);
}

export function createPageFrame(kit: PdfTextKit, locale: Locale): PageFrame {
  const isRtl = isRtlLocale(locale);
  const direction = isRtl ? 'rtl' : 'ltr';
  const boxX = (offset: number, width: number) =>
    isRtl ? PAGE_SIZE[0] - MARGIN - offset - width : MARGIN + offset;
  const startX = (offset: number) => (isRtl ? PAGE_SIZE[0] - MARGIN - offset : MARGIN + offset);
  return {
    isRtl,
    direction,
    boxX,
    startX,
    text(page, text, offset, y, style) {
      const size = style.width === undefined ? style.size : fittedSize(kit, text, style.size, style.width);
      const align = style.align ?? 'start';
      const width = style.width ?? 0;
      // Anchor in reading order, then let the kit place the line's start or end there.
      const anchorOffset = align === 'start' ? offset : align === 'end' ? offset + width : offset + width / 2;
      const x = startX(anchorOffset);
      const kitAlign =
        align === 'center'
          ? 'center'
          : align === 'start'
            ? isRtl
              ? 'right'
              : 'left'
            : isRtl
              ? 'left'
              : 'right';
      return kit.drawText(page, text, {
        x,
        y,
        size,
        align: kitAlign,
        direction: style.direction ?? direction,
        ...(style.weight ? { weight: style.weight } : {}),
        color: style.color ?? INK,
      }).width;
    },
  };
}
