import type { YearRow } from '@karvan/domain/finance';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { CONTENT_WIDTH, MUTED, PAGE_SIZE, type PageFrame, RULE, SHADE, TOP } from './pdf-page-frame.ts';
import {
  formatAmount,
  formatRatio,
  formatYear,
  isRatioRow,
  type ModelExportInput,
  rowValue,
  scaleOf,
  YEAR_SECTIONS,
} from './report-content.ts';
import type { ReportLabels, ReportRowKey } from './report-labels.ts';

const LABEL_WIDTH = 190;
/** Narrowest year column that holds "−1,234.5" (or its Persian-digit form) at 8 pt. */
const MIN_YEAR_COLUMN = 52;
const ROW_HEIGHT = 17;

/** How many year columns fit beside the label column: 11 on A4 landscape. */
export const YEARS_PER_PAGE = Math.floor((CONTENT_WIDTH - LABEL_WIDTH) / MIN_YEAR_COLUMN);

/**
 * The yearly tables (income statement, cash flow, funding), each split into pages of at most
 * YEARS_PER_PAGE year columns so every page fits; returns the pages it added.
 */
export function drawYearTables(
  doc: PDFDocument,
  frame: PageFrame,
  input: ModelExportInput,
  labels: ReportLabels,
): PDFPage[] {
  const { years } = input.result;
  const scale = scaleOf(input.result);
  const unitLine = labels.amountsIn(input.result.currency, scale);
  const pages: PDFPage[] = [];
  for (const section of YEAR_SECTIONS) {
    for (let first = 0; first < years.length; first += YEARS_PER_PAGE) {
      const page = doc.addPage(PAGE_SIZE);
      pages.push(page);
      const chunk = years.slice(first, first + YEARS_PER_PAGE);
      const range = `${formatYear(chunk[0]?.calendarYear ?? 0, input.locale)}–${formatYear(chunk[chunk.length - 1]?.calendarYear ?? 0, input.locale)}`;
      frame.text(page, `${labels[section.title]} · ${range}`, 0, TOP - 14, { size: 13, weight: 'bold' });
      frame.text(page, unitLine, 0, TOP - 32, { size: 9, color: MUTED });
      drawTable(page, frame, input, labels, section.rows, chunk, scale, TOP - 60);
    }
  }
  return pages;
}

function drawTable(
  page: PDFPage,
  frame: PageFrame,
  input: ModelExportInput,
  labels: ReportLabels,
  rows: readonly ReportRowKey[],
  years: readonly YearRow[],
  scale: number,
  top: number,
): void {
  const columnWidth = (CONTENT_WIDTH - LABEL_WIDTH) / YEARS_PER_PAGE;
  const columnOffset = (i: number) => LABEL_WIDTH + i * columnWidth;
  const tableWidth = LABEL_WIDTH + years.length * columnWidth;
  page.drawRectangle({
    x: frame.boxX(0, tableWidth),
    y: top - 5,
    width: tableWidth,
    height: ROW_HEIGHT,
    color: SHADE,
  });
  frame.text(page, labels.year, 4, top, { size: 8.5, weight: 'bold', width: LABEL_WIDTH - 8 });
  years.forEach((year, i) => {
    const text = formatYear(year.calendarYear, input.locale);
    frame.text(page, text, columnOffset(i), top, {
      size: 8.5,
      weight: 'bold',
      align: 'end',
      width: columnWidth - 4,
    });
  });
  let y = top - ROW_HEIGHT;
  rows.forEach((key, r) => {
    if (r % 2 === 1) {
      page.drawRectangle({
        x: frame.boxX(0, tableWidth),
        y: y - 5,
        width: tableWidth,
        height: ROW_HEIGHT,
        color: SHADE,
      });
    }
    frame.text(page, labels.rows[key], 4, y, { size: 8, width: LABEL_WIDTH - 8 });
    years.forEach((year, i) => {
      frame.text(page, cellText(year, key, input, labels, scale), columnOffset(i), y, {
        size: 8,
        align: 'end',
        width: columnWidth - 4,
      });
    });
    y -= ROW_HEIGHT;
  });
  page.drawLine({
    start: { x: frame.boxX(0, tableWidth), y: y + ROW_HEIGHT - 5 },
    end: { x: frame.boxX(0, tableWidth) + tableWidth, y: y + ROW_HEIGHT - 5 },
    thickness: 0.5,
    color: RULE,
  });
}

function cellText(
  year: YearRow,
  key: ReportRowKey,
  input: ModelExportInput,
  labels: ReportLabels,
  scale: number,
): string {
  const value = rowValue(year, key);
  if (value === null) return labels.notApplicable;
  return isRatioRow(key) ? formatRatio(value, input.locale) : formatAmount(value, input.locale, scale);
}
