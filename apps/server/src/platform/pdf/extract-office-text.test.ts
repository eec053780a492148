import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inlineStringSheet,
  MAIN_NS,
  REL_NS,
  workbookEntries,
  writeZip,
  type ZipEntrySpec,
} from '../../features/opportunities/import-files/xlsx-fixture.ts';
import { extractOfficeText, OFFICE_TEXT_TYPES, OfficeTextError } from './extract-office-text.ts';

const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const P_NS = 'http://schemas.openxmlformats.org/presentationml/2006/main';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'karvan-office-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function zipBytes(entries: ZipEntrySpec[]): Promise<Buffer> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.zip`);
  await writeZip(path, entries);
  return readFile(path);
}

const rootRels = (target: string) =>
  `<?xml version="1.0"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="${target}"/></Relationships>`;

describe('extractOfficeText', () => {
  it('reads a Word document as one page, paragraphs on their own lines', async () => {
    const body =
      `<w:document xmlns:w="${W_NS}"><w:body>` +
      '<w:p><w:r><w:t>قرارداد </w:t></w:r><w:r><w:t>اکتشاف</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>铜矿</w:t><w:tab/><w:t>Copper</w:t></w:r></w:p>' +
      '</w:body></w:document>';
    const bytes = await zipBytes([
      { name: '_rels/.rels', data: rootRels('word/document.xml') },
      { name: 'word/document.xml', data: body },
    ]);
    expect(await extractOfficeText(bytes, OFFICE_TEXT_TYPES.docx)).toEqual(['قرارداد اکتشاف\n铜矿\tCopper']);
  });

  it('reads a workbook as one page per sheet in workbook order, shared strings resolved', async () => {
    const shared = `<sst xmlns="${MAIN_NS}"><si><t>ذخیره</t></si><si><r><t>储</t></r><r><t>量</t></r></si></sst>`;
    const first = `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>`;
    const bytes = await zipBytes(
      workbookEntries({
        sheets: [
          { name: 'Reserves', file: 'sheet1.xml', xml: first },
          { name: 'Other', file: 'sheet2.xml', xml: inlineStringSheet([['second sheet', 'دوم']]) },
        ],
        sharedStrings: shared,
      }),
    );
    expect(await extractOfficeText(bytes, OFFICE_TEXT_TYPES.xlsx)).toEqual([
      'ذخیره\t12.5\n储量',
      'second sheet\tدوم',
    ]);
  });

  it('reads a presentation as one page per slide in presentation order', async () => {
    const slide = (text: string) =>
      `<p:sld xmlns:p="${P_NS}" xmlns:a="${A_NS}"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
    const bytes = await zipBytes([
      { name: '_rels/.rels', data: rootRels('ppt/presentation.xml') },
      {
        name: 'ppt/presentation.xml',
        data: `<p:presentation xmlns:p="${P_NS}" xmlns:r="${REL_NS}"><p:sldIdLst><p:sldId id="256" r:id="rId7"/><p:sldId id="257" r:id="rId3"/></p:sldIdLst></p:presentation>`,
      },
      {
        name: 'ppt/_rels/presentation.xml.rels',
        data: `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId3" Type="${REL_NS}/slide" Target="slides/slide1.xml"/><Relationship Id="rId7" Type="${REL_NS}/slide" Target="slides/slide2.xml"/></Relationships>`,
      },
      { name: 'ppt/slides/slide1.xml', data: slide('Second in order') },
      { name: 'ppt/slides/slide2.xml', data: slide('نخست') },
    ]);
    expect(await extractOfficeText(bytes, OFFICE_TEXT_TYPES.pptx)).toEqual(['نخست', 'Second in order']);
  });

  it('stops at the zip-bomb limits and refuses what is not a zip', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const bomb = await zipBytes([
      { name: '_rels/.rels', data: rootRels('word/document.xml') },
      {
        name: 'word/document.xml',
        data: `<w:document xmlns:w="${W_NS}"><w:t>${big}</w:t></w:document>`,
        level: 9,
      },
    ]);
    const error = await extractOfficeText(bomb, OFFICE_TEXT_TYPES.docx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeTextError);
    expect((error as OfficeTextError).problem).toBe('zip_bomb');
    const notZip = await extractOfficeText(Buffer.from('%PDF-1.7'), OFFICE_TEXT_TYPES.docx).catch(
      (e: unknown) => e,
    );
    expect((notZip as OfficeTextError).problem).toBe('invalid');
    expect(await extractOfficeText(bomb, 'application/pdf')).toEqual([]);
  });
});
