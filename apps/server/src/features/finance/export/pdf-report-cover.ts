import type { PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import type { PdfTextKit } from '../../../platform/pdf/pdf-text-kit.ts';
import { CONTENT_WIDTH, MUTED, type PageFrame, RULE, TOP } from './pdf-page-frame.ts';
import {
  chooseScale,
  formatAmount,
  formatYear,
  keyResultsOf,
  type ModelExportInput,
  versionLine,
} from './report-content.ts';
import type { ReportLabels } from './report-labels.ts';

const RESULTS_WIDTH = 390;
const CHART_OFFSET = 430;
const CHART_WIDTH = CONTENT_WIDTH - CHART_OFFSET;
const POSITIVE = rgb(0.16, 0.45, 0.68);
const NEGATIVE = rgb(0.8, 0.32, 0.26);

/** Page 1: opportunity title, model name, version and date, key results and the cash-flow chart. */
export function drawCover(
  page: PDFPage,
  kit: PdfTextKit,
  frame: PageFrame,
  input: ModelExportInput,
  labels: ReportLabels,
): void {
  const user = { direction: 'auto' as const, width: CONTENT_WIDTH };
  frame.text(page, input.title, 0, TOP - 20, { size: 20, weight: 'bold', ...user });
  frame.text(page, input.modelName, 0, TOP - 46, { size: 14, ...user });
  frame.text(page, versionLine(input, labels), 0, TOP - 66, { size: 10, color: MUTED });
  drawKeyResults(page, frame, input, labels, TOP - 110);
  drawCashFlowChart(page, kit, frame, input, labels, TOP - 110);
}

function drawKeyResults(
  page: PDFPage,
  frame: PageFrame,
  input: ModelExportInput,
  labels: ReportLabels,
  top: number,
): void {
  frame.text(page, labels.keyResults, 0, top, { size: 13, weight: 'bold' });
  let y = top - 26;
  for (const result of keyResultsOf(input)) {
    frame.text(page, result.label, 0, y, { size: 10, color: MUTED, width: 200 });
    frame.text(page, result.text, 210, y, { size: 10, weight: 'bold', width: RESULTS_WIDTH - 210 });
    page.drawLine({
      start: { x: frame.boxX(0, RESULTS_WIDTH), y: y - 6 },
      end: { x: frame.boxX(0, RESULTS_WIDTH) + RESULTS_WIDTH, y: y - 6 },
      thickness: 0.4,
      color: RULE,
    });
    y -= 24;
  }
}

/**
 * Bars of the project cash flow, one per year, drawn with pdf-lib shapes: above the zero line for
 * inflows, below for outflows. Years run in reading direction (right to left for fa/ar).
 */
function drawCashFlowChart(
  page: PDFPage,
  kit: PdfTextKit,
  frame: PageFrame,
  input: ModelExportInput,
  labels: ReportLabels,
  top: number,
): void {
  const { years } = input.result;
  const flows = years.map((year) => year.projectCashFlow);
  const scale = chooseScale(flows);
  frame.text(page, labels.cashFlowChart, CHART_OFFSET, top, { size: 13, weight: 'bold', width: CHART_WIDTH });
  frame.text(page, labels.amountsIn(input.result.currency, scale), CHART_OFFSET, top - 16, {
    size: 9,
    color: MUTED,
    width: CHART_WIDTH,
  });
  const axisWidth = 50;
  const plotOffset = CHART_OFFSET + axisWidth;
  const plotWidth = CHART_WIDTH - axisWidth;
  const plotTop = top - 36;
  const plotBottom = 110;
  const high = Math.max(0, ...flows);
  const low = Math.min(0, ...flows);
  const span = high - low || 1;
  const yOf = (value: number) => plotBottom + ((value - low) / span) * (plotTop - plotBottom);
  const slot = plotWidth / Math.max(1, flows.length);
  flows.forEach((flow, i) => {
    const barWidth = slot * 0.7;
    const x = frame.boxX(plotOffset + i * slot + (slot - barWidth) / 2, barWidth);
    const y0 = yOf(0);
    const y1 = yOf(flow);
    page.drawRectangle({
      x,
      y: Math.min(y0, y1),
      width: barWidth,
      height: Math.max(0.5, Math.abs(y1 - y0)),
      color: flow >= 0 ? POSITIVE : NEGATIVE,
    });
  });
  const axisX = frame.boxX(plotOffset, plotWidth);
  page.drawLine({
    start: { x: axisX, y: yOf(0) },
    end: { x: axisX + plotWidth, y: yOf(0) },
    thickness: 0.6,
    color: MUTED,
  });
  for (const value of new Set([high, 0, low])) {
    frame.text(page, formatAmount(value, input.locale, scale), CHART_OFFSET, yOf(value) - 3, {
      size: 8,
      color: MUTED,
      align: 'end',
      width: axisWidth - 6,
    });
  }
  const step = Math.max(1, Math.ceil(years.length / 8));
  const last = years.length - 1;
  years.forEach((year, i) => {
    // Every step-th year, and the last one unless it would crowd the label before it.
    const isLabelled = i % step === 0 ? last - i >= step / 2 || i === last : i === last;
    if (!isLabelled) return;
    const label = formatYear(year.calendarYear, input.locale);
    const center = plotOffset + i * slot + slot / 2;
    const width = kit.widthOf(label, 8) + 2;
    frame.text(page, label, center - width / 2, plotBottom - 14, {
      size: 8,
      color: MUTED,
      align: 'center',
      width,
    });
  });
}
