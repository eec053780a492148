import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { checkUploadedPdf, inspectPdf } from './inspect-pdf.ts';

async function plainPdf(pages = 2): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage().drawText(`page ${i + 1}`, { x: 50, y: 700, font, size: 12 });
  return doc;
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : String(error);
}

describe('inspectPdf', () => {
  it('counts pages of a plain PDF and finds nothing active', async () => {
    const bytes = await (await plainPdf(3)).save();
    expect(await inspectPdf(bytes)).toEqual({ pageCount: 3, activeContent: [] });
    expect(await checkUploadedPdf(bytes)).toEqual({ pageCount: 3 });
  });

  it('finds an /OpenAction JavaScript hidden in a compressed object stream', async () => {
    const doc = await plainPdf();
    const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
    const bytes = await doc.save({ useObjectStreams: true });
    // The action sits inside a deflated object stream: a byte search cannot see it.
    expect(Buffer.from(bytes).includes('/JavaScript')).toBe(false);
    expect((await inspectPdf(bytes)).activeContent).toEqual(['javascript']);
    expect(await codeOf(checkUploadedPdf(bytes))).toBe('dataroom.pdf_active_content');
  });

  it('finds a JavaScript name tree, a page /AA and a launch action in an annotation', async () => {
    const doc = await plainPdf();
    const script = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('this.print()') });
    const names = doc.context.obj({
      JavaScript: { Names: [PDFString.of('x'), doc.context.register(script)] },
    });
    doc.catalog.set(PDFName.of('Names'), doc.context.register(names));
    expect((await inspectPdf(await doc.save())).activeContent).toEqual(['javascript']);

    const second = await plainPdf();
    const page = second.getPage(0);
    page.node.set(PDFName.of('AA'), second.context.obj({ O: { S: 'GoTo', D: [page.ref, 'Fit'] } }));
    const link = second.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [0, 0, 100, 100],
      A: { S: 'Launch', F: PDFString.of('cmd.exe') },
    });
    page.node.set(PDFName.of('Annots'), second.context.obj([second.context.register(link)]));
    expect((await inspectPdf(await second.save())).activeContent).toEqual(['additional-actions', 'launch']);
  });

  it('reads names the way readers do: /J#53 and /#4aavaScript are still JavaScript', async () => {
    const doc = await plainPdf();
    const bytes = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    // Splice a raw object with escaped names into the catalog's /OpenAction by hand.
    const withAction = bytes.replace(
      '/Type /Catalog',
      '/Type /Catalog /OpenAction << /S /#4aavaScript /J#53 (x) >>',
    );
    expect(withAction).not.toBe(bytes);
    const found = await inspectPdf(Buffer.from(withAction, 'latin1'));
    expect(found.activeContent).toEqual(['javascript']);
  });

  it('finds an attached script', async () => {
    const doc = await plainPdf();
    await doc.attach(Buffer.from('app.alert(1)'), 'payload.js', { mimeType: 'application/javascript' });
    expect((await inspectPdf(await doc.save())).activeContent).toEqual(['embedded-script']);
    const harmless = await plainPdf();
    await harmless.attach(Buffer.from('a,b'), 'table.csv', { mimeType: 'text/csv' });
    expect((await inspectPdf(await harmless.save())).activeContent).toEqual([]);
  });

  it('refuses encrypted and unreadable PDFs with their own codes', async () => {
    const doc = await plainPdf();
    doc.context.trailerInfo.Encrypt = doc.context.register(
      doc.context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: -4 }),
    );
    expect(await codeOf(inspectPdf(await doc.save()))).toBe('dataroom.pdf_encrypted');
    expect(await codeOf(inspectPdf(Buffer.from('%PDF-1.7\n garbage without objects')))).toBe(
      'dataroom.pdf_unreadable',
    );
  });
});
