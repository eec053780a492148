import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fakeSoffice, WRITES_PDF } from './office-to-pdf.test-support.ts';
import { ConversionFailed, createOfficeConverter } from './office-to-pdf.ts';

describe('createOfficeConverter', () => {
  it('runs the converter and returns the PDF it wrote', async () => {
    const converter = createOfficeConverter(await fakeSoffice(WRITES_PDF));
    const pdf = await converter.toPdf(new Uint8Array(321), 'docx');
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getWidth()).toBe(321);
  });

  it('reports a converter that fails or writes nothing', async () => {
    const failing = createOfficeConverter(
      await fakeSoffice('process.stderr.write("broken file"); process.exit(1);'),
    );
    await expect(failing.toPdf(new Uint8Array(3), 'xlsx')).rejects.toThrow(ConversionFailed);
    const silent = createOfficeConverter(await fakeSoffice('process.exit(0);'));
    await expect(silent.toPdf(new Uint8Array(3), 'xlsx')).rejects.toThrow(/wrote no PDF/);
  });

  it('stops a converter that hangs', async () => {
    const hanging = createOfficeConverter(await fakeSoffice('setTimeout(() => {}, 60000);'), {
      timeoutMs: 300,
    });
    await expect(hanging.toPdf(new Uint8Array(3), 'pptx')).rejects.toThrow(/timed out/);
  });
});
