import { and, eq, schema } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfText } from '../../platform/pdf/read-pdf-text.test-support.ts';
import { renderPdfPage } from '../../platform/pdf/render-pdf-page.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import {
  createFolder,
  createRoom,
  fetchBytes,
  grant,
  isPng,
  makePdf,
  makePng,
  type OrgPerson,
  personWithOrganization,
  type Room,
  uploadTo,
} from './dataroom-reads.test-support.ts';
import { docx } from './room-fixtures.test-support.ts';

let t: TestApp;
let room: Room;
let reader: OrgPerson; // `download` on folder A, Persian name, Chinese organisation, fa locale
let viewer: OrgPerson; // `view` on folder A
let keeper: OrgPerson; // `download-original` on folder A
let pdfId: string;
let imageId: string;
let docxId: string;
let pdfBytes: Buffer;

const PERSIAN_NAME = 'شهره کاظمی';
const CHINESE_ORG = '华信矿业有限公司';
const KEEPER_ORG = 'Keeper Capital';

beforeAll(async () => {
  t = await buildTestApp();
  room = await createRoom(t);
  const folderA = await createFolder(room, 'Finance');
  pdfBytes = await makePdf(['Copper reserves page one', 'Revenue projections page two', 'Risks page three']);
  pdfId = await uploadTo(room, { name: 'feasibility.pdf', content: pdfBytes }, folderA);
  imageId = await uploadTo(room, { name: 'site.png', content: makePng() }, folderA);
  docxId = await uploadTo(room, { name: 'contract.docx', content: await docx() }, folderA);
  reader = await personWithOrganization(t, {
    name: PERSIAN_NAME,
    organizationName: { zh: CHINESE_ORG },
    locale: 'fa',
  });
  viewer = await personWithOrganization(t, { name: 'View Only' });
  keeper = await personWithOrganization(t, { name: 'Keeper', organizationName: { en: KEEPER_ORG } });
  await grant(room, { organizationId: reader.organizationId, level: 'download', folders: [folderA] });
  await grant(room, { organizationId: viewer.organizationId, level: 'view', folders: [folderA] });
  await grant(room, { userEmail: keeper.email, level: 'download-original', folders: [folderA] });
}, 60_000);
afterAll(() => t.close());

const url = (id: string, rest: string) => `/api/v1/dataroom/documents/${id}/${rest}`;

async function activityOf(userId: string) {
  return t.deps.db
    .select({
      action: schema.dataRoomActivity.action,
      page: schema.dataRoomActivity.page,
      durationMs: schema.dataRoomActivity.durationMs,
      documentId: schema.dataRoomActivity.documentId,
    })
    .from(schema.dataRoomActivity)
    .where(eq(schema.dataRoomActivity.userId, userId))
    .orderBy(schema.dataRoomActivity.id);
}

async function auditActions(userId: string) {
  const rows = await t.deps.db
    .select({ action: schema.auditLog.action })
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.actorUserId, userId)));
  return rows.map((row) => row.action);
}

describe('downloads', () => {
  it('gives a `download` grantee the PDF with their watermark on every page', async () => {
    const response = await fetchBytes(t, reader.client, url(pdfId, 'download'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(String(response.headers['content-disposition'])).toContain("filename*=UTF-8''feasibility.pdf");
    const pages = await readPdfText(response.bytes);
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(page.text).toContain(PERSIAN_NAME);
      expect(page.text).toContain(CHINESE_ORG);
      expect(page.text).toContain(reader.email);
      expect(page.text).toContain('UTC');
    }
    expect(pages[1]!.text).toContain('Revenue projections page two');
    expect(await activityOf(reader.userId)).toContainEqual(
      expect.objectContaining({ action: 'download', documentId: pdfId }),
    );
    expect(await auditActions(reader.userId)).toContain('dataroom.document_downloaded');
  });

  it('refuses the original to a `download` grantee and any copy to a `view` grantee (403)', async () => {
    const original = await fetchBytes(t, reader.client, url(pdfId, 'download?variant=original'));
    expect(original.status).toBe(403);
    expect(original.json?.code).toBe('dataroom.download_not_allowed');
    const viewOnly = await fetchBytes(t, viewer.client, url(pdfId, 'download'));
    expect(viewOnly.status).toBe(403);
    expect(viewOnly.json?.code).toBe('dataroom.download_not_allowed');
  });

  it('streams the original bytes to a `download-original` grantee, or the stamped copy on request', async () => {
    const response = await fetchBytes(t, keeper.client, url(pdfId, 'download'));
    expect(response.status).toBe(200);
    expect(response.bytes.equals(pdfBytes)).toBe(true);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(String(response.headers['content-disposition'])).toMatch(
      /^attachment; filename="feasibility\.pdf"; filename\*=UTF-8''/,
    );
    expect(await activityOf(keeper.userId)).toContainEqual(
      expect.objectContaining({ action: 'download-original' }),
    );

    const stamped = await fetchBytes(t, keeper.client, url(pdfId, 'download?variant=watermarked'));
    expect(stamped.status).toBe(200);
    expect(stamped.bytes.equals(pdfBytes)).toBe(false);
    const text = (await readPdfText(stamped.bytes))[0]!.text;
    expect(text).toContain(keeper.email);
    // Granted personally, not through an organisation: the watermark still names where they work.
    expect(text).toContain(KEEPER_ORG);
  });

  it('turns an image into a one-page watermarked PDF', async () => {
    const response = await fetchBytes(t, reader.client, url(imageId, 'download'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(String(response.headers['content-disposition'])).toContain('site.pdf');
    const pages = await readPdfText(response.bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.text).toContain(reader.email);
  });

  it('answers 409 when an office file cannot carry a watermark, but gives its original to `download-original`', async () => {
    const refused = await fetchBytes(t, reader.client, url(docxId, 'download'));
    expect(refused.status).toBe(409);
    expect(refused.json?.code).toBe('dataroom.watermark_unavailable');
    const original = await fetchBytes(t, keeper.client, url(docxId, 'download'));
    expect(original.status).toBe(200);
    expect(original.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('viewing', () => {
  it('opens a document (recorded as `open`) and refuses one the browser cannot show', async () => {
    const opened = await viewer.client.post(url(pdfId, 'views'));
    expect(opened.status).toBe(201);
    expect(opened.body).toEqual({ pageCount: 3, version: 1 });
    expect(await activityOf(viewer.userId)).toContainEqual(
      expect.objectContaining({ action: 'open', page: null }),
    );
    const office = await viewer.client.post(url(docxId, 'views'));
    expect(office.status).toBe(409);
    expect(office.body.code).toBe('dataroom.not_viewable');
    const image = await viewer.client.post(url(imageId, 'views'));
    expect(image.body).toEqual({ pageCount: 1, version: 1 });
  });

  it('serves watermarked PNG pages to a `view` grantee: page 2 differs from page 1, thumbnails are smaller', async () => {
    const one = await fetchBytes(t, viewer.client, url(pdfId, 'pages/1'));
    const two = await fetchBytes(t, viewer.client, url(pdfId, 'pages/2'));
    expect(one.status).toBe(200);
    expect(two.status).toBe(200);
    expect(two.headers['content-type']).toBe('image/png');
    expect(two.headers['cache-control']).toBe('private, no-store');
    expect(isPng(one.bytes) && isPng(two.bytes)).toBe(true);
    expect(one.bytes.equals(two.bytes)).toBe(false);
    const thumb = await fetchBytes(t, viewer.client, url(pdfId, 'pages/1?size=thumb'));
    expect(isPng(thumb.bytes)).toBe(true);
    expect(thumb.bytes.length).toBeLessThan(one.bytes.length);
    // Full pages are activity, thumbnails are not.
    const pages = (await activityOf(viewer.userId)).filter((row) => row.action === 'page');
    expect(pages.map((row) => row.page)).toEqual([1, 2]);
    const image = await fetchBytes(t, viewer.client, url(imageId, 'pages/1'));
    expect(isPng(image.bytes)).toBe(true);
  });

  it('draws the watermark into the pixels: the page differs from a plain render and from another viewer’s', async () => {
    const served = await fetchBytes(t, viewer.client, url(pdfId, 'pages/1'));
    const plain = await renderPdfPage(pdfBytes, 1, { scale: 1.5 });
    expect(served.bytes.length).toBeGreaterThan(0);
    expect(served.bytes.equals(plain)).toBe(false);
    const other = await fetchBytes(t, reader.client, url(pdfId, 'pages/1'));
    expect(other.bytes.equals(served.bytes)).toBe(false);
  });

  it('answers 404 for a page the document does not have', async () => {
    expect((await fetchBytes(t, viewer.client, url(pdfId, 'pages/4'))).status).toBe(404);
    expect((await fetchBytes(t, viewer.client, url(imageId, 'pages/2'))).status).toBe(404);
    expect((await viewer.client.post(url(pdfId, 'pages/9/time'), { ms: 1000 })).status).toBe(404);
  });

  it('adds reported time to the newest view of the page, capped per report, ignoring negatives', async () => {
    expect((await viewer.client.post(url(pdfId, 'pages/2/time'), { ms: 4000 })).status).toBe(204);
    expect((await viewer.client.post(url(pdfId, 'pages/2/time'), { ms: -50_000 })).status).toBe(204);
    expect((await viewer.client.post(url(pdfId, 'pages/2/time'), { ms: 10 * 60 * 60 * 1000 })).status).toBe(
      204,
    );
    const page2 = (await activityOf(viewer.userId)).find((row) => row.action === 'page' && row.page === 2);
    expect(page2?.durationMs).toBe(4000 + 30 * 60 * 1000);
    const page1 = (await activityOf(viewer.userId)).find((row) => row.action === 'page' && row.page === 1);
    expect(page1?.durationMs).toBeNull();
  });

  it('does not record the owner side as grantee activity, but audits it', async () => {
    const owner = room.owner;
    expect((await owner.client.post(url(pdfId, 'views'))).status).toBe(201);
    expect((await fetchBytes(t, owner.client, url(pdfId, 'pages/1?size=thumb'))).status).toBe(200);
    expect((await fetchBytes(t, owner.client, url(pdfId, 'download'))).status).toBe(200);
    expect(await activityOf(owner.userId)).toEqual([]);
    const audited = await auditActions(owner.userId);
    expect(audited).toContain('dataroom.document_opened');
    expect(audited).toContain('dataroom.original_downloaded');
  });
});
