import { writeFileSync } from 'node:fs';
import { formatNumber, LOCALES, type Locale } from '@karvan/domain';
import { COPPER_MINE_TEMPLATE, evaluateModel, ZFinancialModel } from '@karvan/domain/finance';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PdfPageText, readPdfText } from '../../../platform/pdf/read-pdf-text.test-support.ts';
import { modelReportPdf } from './model-report-pdf.ts';
import { YEARS_PER_PAGE } from './pdf-report-tables.ts';
import { formatAmount, type ModelExportInput } from './report-content.ts';
import { reportLabelsFor } from './report-labels.ts';

const TITLES: Record<Locale, string> = {
  fa: 'معدن مس سرچشمه‌ی جنوبی',
  ar: 'منجم النحاس الجنوبي',
  zh: '南部铜矿项目',
  en: 'Southern copper mine',
};

const document = ZFinancialModel.parse(COPPER_MINE_TEMPLATE);
const result = evaluateModel(document);

export function copperMineExport(locale: Locale): ModelExportInput {
  return {
    title: TITLES[locale],
    modelName: document.name,
    version: 3,
    createdAt: new Date('2025-03-21T08:00:00Z'),
    document,
    result,
    locale,
  };
}

// pdf.js drops U+200C from extracted text (see platform/pdf/pdf-text-kit.test.ts), and bidi marks
// that Intl puts in Arabic numbers (U+200E, U+200F, U+061C) do their work in the bidi step and are
// not drawn; expected strings are compared without them.
const asExtracted = (text: string) => text.replace(/[\u200c\u200e\u200f\u061c]/g, '');
/**
 * A line mixing directions ("ارزش فعلی خالص (NPV)") comes back from pdf.js as one item per bidi
 * run, in drawing order; such lines are checked word by word.
 */
const hasWords = (text: string | undefined, line: string) =>
  asExtracted(line)
    .split(/[\s()]+/)
    .filter(Boolean)
    .every((word) => text?.includes(word));

describe.each(LOCALES)('modelReportPdf in %s', (locale) => {
  const labels = reportLabelsFor(locale);
  let pages: PdfPageText[];

  beforeAll(async () => {
    const bytes = await modelReportPdf(copperMineExport(locale));
    if (process.env['KARVAN_PDF_DEBUG']) writeFileSync(`/tmp/model-report-${locale}.pdf`, bytes);
    pages = await readPdfText(bytes);
  });

  it('opens with the title, the model name, the version and the key results', () => {
    const cover = pages[0]?.items.map((item) => item.str) ?? [];
    expect(cover).toContain(asExtracted(TITLES[locale]));
    expect(cover).toContain(document.name);
    expect(hasWords(pages[0]?.text, labels.metrics.npv)).toBe(true);
    expect(pages[0]?.text).toContain(formatAmount(result.npv, locale, 1));
    expect(cover).toContain(asExtracted(labels.metrics.projectIrr));
    expect(cover).toContain(
      asExtracted(
        formatNumber(result.projectIrr ?? 0, locale, {
          style: 'percent',
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }),
      ),
    );
  });

  it('tables every year of the model in the language of the report', () => {
    const text = pages.map((page) => page.text).join(' ');
    for (const year of result.years) {
      expect(text).toContain(formatNumber(year.calendarYear, locale, { useGrouping: false }));
    }
    expect(text).toContain(asExtracted(labels.rows.projectCashFlow));
    expect(text).toContain(asExtracted(labels.incomeStatement));
  });

  it('numbers every page', () => {
    const total = formatNumber(pages.length, locale);
    pages.forEach((page, i) => {
      const footer = page.items
        .filter((item) => item.y < 30)
        .map((item) => item.str)
        .join(' ');
      expect(hasWords(footer, labels.page(formatNumber(i + 1, locale), total))).toBe(true);
    });
    expect(pages.length).toBe(1 + 3 * Math.ceil(result.years.length / YEARS_PER_PAGE));
  });
});

describe('modelReportPdf layout', () => {
  it('writes Persian with Persian digits and a Solar Hijri date, Chinese with Latin digits', async () => {
    const [fa] = await readPdfText(await modelReportPdf(copperMineExport('fa')));
    expect(fa?.text).toContain('۱۴۰۴'); // 2025-03-21 is 1 Farvardin 1404
    expect(fa?.text).toMatch(/[۰-۹]/);
    const [zh] = await readPdfText(await modelReportPdf(copperMineExport('zh')));
    expect(zh?.text).toContain('2025年3月21日');
  });

  it('lays Persian tables out right to left: the first year is right of the later ones', async () => {
    const pages = await readPdfText(await modelReportPdf(copperMineExport('fa')));
    const table = pages[1]?.items ?? [];
    const xOf = (year: number) =>
      table.find((item) => item.str === formatNumber(year, 'fa', { useGrouping: false }))?.x ?? Number.NaN;
    expect(xOf(2026)).toBeGreaterThan(xOf(2027));
    const label = table.find((item) => item.str === asExtracted(reportLabelsFor('fa').rows.revenue));
    expect(label?.x).toBeGreaterThan(xOf(2026));
  });
});
