import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { TestClient } from '../../test/client.ts';
import { createOrganization, signUp } from '../../test/factories.ts';
import type { TestApp } from '../../test/harness.ts';
import { writeZip } from '../opportunities/import-files/xlsx-fixture.ts';

export type SignedUp = Awaited<ReturnType<typeof signUp>>;

/** An owner with an organisation, an opportunity and its data room. */
export async function ownerWithRoom(t: TestApp) {
  const owner = await signUp(t);
  const organization = await createOrganization(owner.client);
  const created = await owner.client.post('/api/v1/opportunities', {
    organizationId: organization.id,
    kind: 'mining',
    title: { fa: 'معدن مس', en: 'Copper mine' },
    province: 'IR-08',
  });
  if (created.status !== 201) throw new Error(created.text);
  const opportunityId = created.body.id as string;
  const room = await owner.client.post(`/api/v1/opportunities/${opportunityId}/dataroom`, {
    ndaText: { en: 'Keep it secret.' },
  });
  if (room.status !== 201) throw new Error(room.text);
  return { owner, organization, opportunityId, roomUrl: `/api/v1/opportunities/${opportunityId}/dataroom` };
}

export const upload = (
  client: TestClient,
  opportunityId: string,
  file: { name: string; content: Buffer | Uint8Array | string },
  fields: Record<string, string> = {},
) =>
  client.upload(`/api/v1/opportunities/${opportunityId}/dataroom/documents`, fields, {
    name: file.name,
    content: typeof file.content === 'string' ? file.content : Buffer.from(file.content),
  });

/** A PDF with one page of text per entry. */
export async function pdfWith(pages: string[], options: { javascript?: boolean } = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) doc.addPage([300, 200]).drawText(text, { x: 20, y: 100, size: 12, font });
  if (options.javascript) {
    const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
  }
  return Buffer.from(await doc.save());
}

export function png(): Buffer {
  const canvas = createCanvas(4, 4);
  canvas.getContext('2d').fillRect(0, 0, 2, 2);
  return canvas.toBuffer('image/png');
}

export async function docx(): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'karvan-docx-'));
  const path = join(dir, 'a.docx');
  await writeZip(path, [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      name: 'word/document.xml',
      data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Mine plan for the copper pit</w:t></w:r></w:p></w:body></w:document>',
    },
  ]);
  const bytes = readFileSync(path);
  rmSync(dir, { recursive: true, force: true });
  return bytes;
}

/** Plain text of `bytes` length that differs every call (so each is a new file). */
export const textFile = (bytes: number) =>
  randomBytes(Math.ceil(bytes / 2))
    .toString('hex')
    .slice(0, bytes);

/** Files in the store: blob addresses, and what is left in tmp/. */
export function storeContents(t: TestApp): { blobs: string[]; temp: string[] } {
  const root = join(t.deps.config.dataDir!, 'files');
  const all = (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
  return {
    blobs: all.filter((path) => !path.startsWith('tmp')).map((path) => path.split('/').pop()!),
    temp: all.filter((path) => path.startsWith('tmp')),
  };
}

/** A fresh browser-like client with no session. */
export const anonymous = (t: TestApp) => new TestClient(t.app, { locale: 'en' });
