import { formatNumber } from '@karvan/domain';
import { PDFDocument } from 'pdf-lib';
import { createPdfTextKit } from '../../../platform/pdf/pdf-text-kit.ts';
import { createPageFrame, MARGIN, MUTED, PAGE_SIZE } from './pdf-page-frame.ts';
import { drawCover } from './pdf-report-cover.ts';
import { drawYearTables } from './pdf-report-tables.ts';
import type { ModelExportInput } from './report-content.ts';
import { reportLabelsFor } from './report-labels.ts';

export type { ModelExportInput } from './report-content.ts';

/**
 * The PDF report of one model version in `input.locale`: A4 landscape; page 1 with the opportunity
 * title, model name, version and creation date (Solar Hijri for fa), the key results and a bar
 * chart of the project cash flow; then the income statement, cash flow and funding tables, split
 * into pages by year columns; "page n of N" on every page. fa and ar pages are laid out right to
 * left. Text is real text (embedded Vazirmatn and Noto Sans SC subsets with ToUnicode maps), so it
 * can be searched and copied.
 */
export async function modelReportPdf(input: ModelExportInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const labels = reportLabelsFor(input.locale);
  doc.setTitle(`${input.title} — ${input.modelName}`);
  doc.setLanguage(input.locale);
  doc.setCreator('Karvan');
  // A fixed date keeps the bytes reproducible for the same version; it is the version's own date.
  doc.setCreationDate(input.createdAt);
  doc.setModificationDate(input.createdAt);
  const kit = await createPdfTextKit(doc);
  const frame = createPageFrame(kit, input.locale);
  drawCover(doc.addPage(PAGE_SIZE), kit, frame, input, labels);
  drawYearTables(doc, frame, input, labels);
  const pages = doc.getPages();
  const total = formatNumber(pages.length, input.locale);
  pages.forEach((page, i) => {
    kit.drawText(page, labels.page(formatNumber(i + 1, input.locale), total), {
      x: PAGE_SIZE[0] / 2,
      y: MARGIN / 2,
      size: 8,
      align: 'center',
      direction: frame.direction,
      color: MUTED,
    });
  });
  return doc.save();
}
