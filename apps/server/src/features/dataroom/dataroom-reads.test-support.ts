// Test support (not shipped code) for the reading side: rooms, grants and people built through
// the real API, and binary GETs (TestClient decodes bodies as text).
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { SESSION_COOKIE } from '../../platform/authentication.ts';
import type { TestClient } from '../../test/client.ts';
import { createOrganization, signUp } from '../../test/factories.ts';
import type { TestApp } from '../../test/harness.ts';

/** A PDF with one line of text per page and a box placed differently on each page. */
export async function makePdf(pages: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  pages.forEach((text, i) => {
    const page = doc.addPage([595, 842]);
    page.drawText(text, { x: 50, y: 760, size: 18, font });
    page.drawRectangle({ x: 50 + i * 150, y: 100 + i * 150, width: 200, height: 120 });
  });
  return Buffer.from(await doc.save());
}

export function makePng(width = 120, height = 80): Buffer {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#2266aa';
  context.fillRect(0, 0, width, height);
  return canvas.toBuffer('image/png');
}

export interface Person {
  client: TestClient;
  email: string;
  userId: string;
}
export type OrgPerson = Person & { organizationId: string };

/** A signed-up user who owns a new organisation. */
export async function personWithOrganization(
  t: TestApp,
  options: { name?: string; organizationName?: Record<string, string>; locale?: string } = {},
): Promise<OrgPerson> {
  const person = await signUp(t, { name: options.name ?? 'Test User', locale: options.locale ?? 'en' });
  const organization = await createOrganization(
    person.client,
    options.organizationName ? { name: options.organizationName } : {},
  );
  return { ...person, organizationId: organization.id };
}

/** `member` joins the organisation through an invitation. */
export async function joinOrganization(owner: Person, organizationId: string, member: Person): Promise<void> {
  const invited = await owner.client.post(`/api/v1/organizations/${organizationId}/invitations`, {
    email: member.email,
    role: 'member',
  });
  if (invited.status !== 201) throw new Error(`invite: ${invited.status} ${invited.text}`);
  const accepted = await member.client.post(`/api/v1/me/invitations/${invited.body.id}/accept`);
  if (accepted.status >= 300) throw new Error(`accept: ${accepted.status} ${accepted.text}`);
}

export interface Room {
  owner: OrgPerson;
  opportunityId: string;
  roomId: string;
}

/** An owner, their organisation, an opportunity and its data room. */
export async function createRoom(t: TestApp): Promise<Room> {
  const owner = await personWithOrganization(t, { name: 'Room Owner' });
  const created = await owner.client.post('/api/v1/opportunities', {
    organizationId: owner.organizationId,
    kind: 'mining',
    title: { fa: 'معدن مس', en: 'Copper mine' },
    province: 'IR-08',
  });
  if (created.status !== 201) throw new Error(`opportunity: ${created.status} ${created.text}`);
  const opportunityId = created.body.id as string;
  const room = await owner.client.post(`/api/v1/opportunities/${opportunityId}/dataroom`, {});
  if (room.status !== 201) throw new Error(`room: ${room.status} ${room.text}`);
  return { owner, opportunityId, roomId: room.body.id };
}

export async function createFolder(room: Room, name: string, parentId?: string): Promise<string> {
  const response = await room.owner.client.post(
    `/api/v1/opportunities/${room.opportunityId}/dataroom/folders`,
    {
      name,
      ...(parentId ? { parentId } : {}),
    },
  );
  if (response.status !== 201) throw new Error(`folder: ${response.status} ${response.text}`);
  return response.body.id;
}

export async function uploadTo(room: Room, file: { name: string; content: Buffer }, folderId?: string) {
  const response = await room.owner.client.upload(
    `/api/v1/opportunities/${room.opportunityId}/dataroom/documents`,
    folderId ? { folderId } : {},
    file,
  );
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${response.text}`);
  return response.body.id as string;
}

export interface GrantBody {
  organizationId?: string;
  userEmail?: string;
  level: 'view' | 'download' | 'download-original';
  folders?: string[];
  expiresAt?: string;
  ndaRequired?: boolean;
}

export async function grant(room: Room, body: GrantBody): Promise<string> {
  const response = await room.owner.client.post(
    `/api/v1/opportunities/${room.opportunityId}/dataroom/grants`,
    body,
  );
  if (response.status !== 201) throw new Error(`grant: ${response.status} ${response.text}`);
  return response.body.id;
}

export async function revoke(room: Room, grantId: string): Promise<void> {
  const response = await room.owner.client.delete(
    `/api/v1/opportunities/${room.opportunityId}/dataroom/grants/${grantId}`,
  );
  if (response.status !== 204) throw new Error(`revoke: ${response.status} ${response.text}`);
}

/** GET with the client's session, keeping the body as bytes. */
export async function fetchBytes(t: TestApp, client: TestClient | null, url: string) {
  const session = client?.cookie(SESSION_COOKIE);
  const response = await t.app.inject({
    method: 'GET',
    url,
    headers: {
      ...(session ? { cookie: `${SESSION_COOKIE}=${session}` } : {}),
      ...(client?.options.locale ? { 'accept-language': client.options.locale } : {}),
    },
  });
  let json: { code?: string } | undefined;
  try {
    json = JSON.parse(response.body);
  } catch {
    json = undefined;
  }
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload, json };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(PNG_SIGNATURE);
