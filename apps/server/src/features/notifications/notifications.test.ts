import { randomUUID } from 'node:crypto';
import { desc, eq, schema } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mailer, MailMessage } from '../../platform/mailer.ts';
import { signUp } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import {
  createFolder,
  createRoom,
  grant,
  joinOrganization,
  makePdf,
  type OrgPerson,
  type Person,
  personWithOrganization,
  type Room,
  revoke,
  uploadTo,
} from '../dataroom/dataroom-reads.test-support.ts';
import { notifyDocumentAdded, notifyGrantReceived } from './notifications.service.ts';

let t: TestApp;
let room: Room;
let folderA: string;
let subfolder: string;
let folderB: string;
let g1: OrgPerson; // organisation G: folder A
let g2: Person; // second member of G
let u: Person; // personally: folder B
let w: Person; // personally: whole room, reads Persian
let r: Person; // folder A, revoked
let e: Person; // folder A, expired
const everyone = () => [g1, g2, u, w, r, e, room.owner];

beforeAll(async () => {
  t = await buildTestApp();
  room = await createRoom(t);
  folderA = await createFolder(room, 'A');
  subfolder = await createFolder(room, 'A1', folderA);
  folderB = await createFolder(room, 'B');
  g1 = await personWithOrganization(t, { name: 'G One' });
  g2 = await signUp(t, { name: 'G Two' });
  await joinOrganization(g1, g1.organizationId, g2);
  u = await signUp(t, { name: 'U' });
  w = await signUp(t, { name: 'W', locale: 'fa' });
  r = await signUp(t, { name: 'R' });
  e = await signUp(t, { name: 'E' });
  await grant(room, { organizationId: g1.organizationId, level: 'view', folders: [folderA] });
  await grant(room, { userEmail: u.email, level: 'view', folders: [folderB] });
  await grant(room, { userEmail: w.email, level: 'view' });
  const revoked = await grant(room, { userEmail: r.email, level: 'view', folders: [folderA] });
  await revoke(room, revoked);
  const soon = new Date(t.deps.now().getTime() + 60_000).toISOString();
  await grant(room, { userEmail: e.email, level: 'view', folders: [folderA], expiresAt: soon });
  t.clock.advance(120_000);
  // Each grant told its people (the route calls notifyGrantReceived in the grant's transaction).
  expect((await kindsOf(g2)).map((item) => item.kind)).toEqual(['dataroom.grant_received']);
  expect((await kindsOf(u)).map((item) => item.kind)).toEqual(['dataroom.grant_received']);
  expect(await kindsOf(room.owner)).toEqual([]);
  // The tests below count what uploads and questions add.
  await t.deps.db.delete(schema.notifications);
}, 60_000);
afterAll(() => t.close());

async function kindsOf(person: Person) {
  const response = await person.client.get('/api/v1/me/notifications');
  expect(response.status).toBe(200);
  return response.body.items as Array<{
    id: string;
    kind: string;
    data: Record<string, unknown>;
    readAt: string | null;
  }>;
}

describe('document added', () => {
  it('reaches the grantees who can see the folder (subfolders included), not the others', async () => {
    const docId = await uploadTo(room, { name: 'deep.pdf', content: await makePdf(['Deep']) }, subfolder);
    const notified = [];
    for (const person of everyone()) if ((await kindsOf(person)).length) notified.push(person.userId);
    expect(notified.sort()).toEqual([g1.userId, g2.userId, w.userId].sort());
    const [item] = await kindsOf(g2);
    expect(item).toMatchObject({
      kind: 'dataroom.document_added',
      readAt: null,
      data: {
        opportunityId: room.opportunityId,
        documentId: docId,
        documentName: 'deep.pdf',
        roomTitle: { en: 'Copper mine' },
      },
    });
  });

  it('reaches only whole-room grantees for a top-level document', async () => {
    await uploadTo(room, { name: 'top.pdf', content: await makePdf(['Top']) });
    expect((await kindsOf(w)).length).toBe(2);
    expect((await kindsOf(g1)).length).toBe(1);
    expect((await kindsOf(u)).length).toBe(0);
  });

  it('mails each recipient in their language when SMTP is configured', async () => {
    const sent: MailMessage[] = [];
    const smtp: Mailer = {
      transport: 'smtp',
      async send(_tx, message) {
        sent.push(message);
      },
    };
    const docB = await uploadTo(room, { name: 'b.pdf', content: await makePdf(['B']) }, folderB);
    sent.length = 0;
    await t.deps.db.transaction((tx) =>
      notifyDocumentAdded(
        tx as never,
        { ...t.deps, mailer: smtp },
        {
          roomId: room.roomId,
          documentId: docB,
          folderId: folderB,
          name: 'b.pdf',
          uploadedBy: room.owner.userId,
        },
      ),
    );
    expect(sent.map((mail) => mail.to).sort()).toEqual([u.email, w.email].sort());
    const persian = sent.find((mail) => mail.to === w.email)!;
    expect(persian.subject).toContain('معدن مس');
    expect(persian.text).toContain(`/opportunities/${room.opportunityId}/dataroom`);
    expect(sent.find((mail) => mail.to === u.email)!.subject).toContain('Copper mine');
  });

  it('tells nobody about a document in a binned folder', async () => {
    const binned = await createFolder(room, 'Gone');
    expect((await room.owner.client.delete(`/api/v1/dataroom/folders/${binned}`)).status).toBe(204);
    const before = await t.deps.db.select({ id: schema.notifications.id }).from(schema.notifications);
    await t.deps.db.transaction((tx) =>
      notifyDocumentAdded(tx as never, t.deps, {
        roomId: room.roomId,
        documentId: randomUUID(),
        folderId: binned,
        name: 'ghost.pdf',
        uploadedBy: null,
      }),
    );
    const after = await t.deps.db.select({ id: schema.notifications.id }).from(schema.notifications);
    expect(after.length).toBe(before.length);
  });
});

describe('grant received', () => {
  it('reaches every member of a granted organisation, or the one user', async () => {
    const before = (await kindsOf(g2)).length;
    await t.deps.db.transaction((tx) =>
      notifyGrantReceived(tx as never, t.deps, {
        roomId: room.roomId,
        grantId: randomUUID(),
        userId: null,
        organizationId: g1.organizationId,
      }),
    );
    expect(await kindsOf(g1)).toContainEqual(
      expect.objectContaining({
        kind: 'dataroom.grant_received',
        data: expect.objectContaining({ opportunityId: room.opportunityId }),
      }),
    );
    expect((await kindsOf(g2)).length).toBe(before + 1);
    expect((await kindsOf(u)).map((item) => item.kind)).not.toContain('dataroom.grant_received');
  });
});

describe('reading notifications', () => {
  it('counts unread, marks one and all read, and refuses someone else’s', async () => {
    const items = await kindsOf(w);
    expect((await w.client.get('/api/v1/me/notifications')).body.unread).toBe(items.length);
    expect((await g1.client.post(`/api/v1/me/notifications/${items[0]!.id}/read`)).status).toBe(404);
    expect((await w.client.post(`/api/v1/me/notifications/${items[0]!.id}/read`)).status).toBe(204);
    const after = (await w.client.get('/api/v1/me/notifications')).body;
    expect(after.unread).toBe(items.length - 1);
    expect(after.items.find((item: { id: string }) => item.id === items[0]!.id).readAt).not.toBeNull();
    expect((await w.client.post('/api/v1/me/notifications/read-all')).status).toBe(204);
    expect((await w.client.get('/api/v1/me/notifications')).body.unread).toBe(0);
  });

  it('pages newest first with a cursor', async () => {
    const rows = await t.deps.db
      .select({ id: schema.notifications.id })
      .from(schema.notifications)
      .where(eq(schema.notifications.userId, w.userId))
      .orderBy(desc(schema.notifications.createdAt));
    const values = Array.from({ length: 35 }, (_, i) => ({
      userId: w.userId,
      kind: 'dataroom.document_added',
      data: { n: i },
      createdAt: new Date(t.deps.now().getTime() + i * 1000),
    }));
    await t.deps.db.insert(schema.notifications).values(values);
    const first = (await w.client.get('/api/v1/me/notifications')).body;
    expect(first.items).toHaveLength(30);
    expect(first.items[0].data).toEqual({ n: 34 });
    const second = (await w.client.get(`/api/v1/me/notifications?cursor=${first.nextCursor}`)).body;
    expect(second.items).toHaveLength(35 + rows.length - 30);
    expect(second.nextCursor).toBeNull();
  });
});
