import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSoffice, WRITES_PDF } from '../../platform/office-to-pdf.test-support.ts';
import { readPdfText } from '../../platform/pdf/read-pdf-text.test-support.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import {
  createRoom,
  fetchBytes,
  grant,
  isPng,
  type OrgPerson,
  personWithOrganization,
  type Room,
  uploadTo,
} from './dataroom-reads.test-support.ts';
import { docx } from './room-fixtures.test-support.ts';

// With a converter configured (a real separate process with LibreOffice's command line), office
// documents open in the viewer and download as a watermarked PDF like any PDF.
let t: TestApp;
let room: Room;
let reader: OrgPerson;
let docxId: string;

beforeAll(async () => {
  const converter = await fakeSoffice(WRITES_PDF);
  t = await buildTestApp({
    dataroom: { maxFileBytes: 2 * 1024 ** 3, maxRoomBytes: 20 * 1024 ** 3, officeConverter: converter },
  });
  room = await createRoom(t);
  docxId = await uploadTo(room, { name: 'contract.docx', content: await docx() });
  reader = await personWithOrganization(t, { name: 'Li Wei', organizationName: { zh: '华信矿业' } });
  await grant(room, { organizationId: reader.organizationId, level: 'download' });
}, 60_000);
afterAll(() => t.close());

const url = (rest: string) => `/api/v1/dataroom/documents/${docxId}/${rest}`;

describe('office documents through the converter', () => {
  it('open in the viewer with the converted pages drawn as watermarked images', async () => {
    const opened = await reader.client.post(url('views'));
    expect(opened.status).toBe(201);
    expect(opened.body.pageCount).toBe(1);
    const page = await fetchBytes(t, reader.client, url('pages/1'));
    expect(page.status).toBe(200);
    expect(isPng(page.bytes)).toBe(true);
    expect((await fetchBytes(t, reader.client, url('pages/2'))).status).toBe(404);
  });

  it('download as a PDF carrying the watermark', async () => {
    const download = await fetchBytes(t, reader.client, url('download'));
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    const [page] = await readPdfText(download.bytes);
    expect(page!.text).toContain('Li Wei');
    expect(page!.text).toContain('华信矿业');
  });
});
