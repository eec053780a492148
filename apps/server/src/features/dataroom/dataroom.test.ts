import { eq, schema } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES_AROUND_AN_OWNER } from '../../test/actors.ts';
import { createOrganization, signUp } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import * as rooms from './room.service.ts';
import {
  anonymous,
  ownerWithRoom,
  pdfWith,
  png,
  storeContents,
  upload,
} from './room-fixtures.test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

type Room = {
  folders: Array<{ id: string; name: string; index: string }>;
  documents: Array<{ name: string; index: string }>;
};
const indexOf = (room: Room) =>
  [
    ...room.folders.map((f) => `${f.index} ${f.name}`),
    ...room.documents.map((d) => `${d.index} ${d.name}`),
  ].sort();

async function folder(
  client: Awaited<ReturnType<typeof signUp>>['client'],
  opportunityId: string,
  name: string,
  parentId?: string,
) {
  const response = await client.post(`/api/v1/opportunities/${opportunityId}/dataroom/folders`, {
    name,
    ...(parentId ? { parentId } : {}),
  });
  if (response.status !== 201) throw new Error(response.text);
  return response.body as { id: string; index: string };
}

describe('rooms and folders', () => {
  it('creates one room per opportunity and numbers folders stably for the owner', async () => {
    const { owner, opportunityId, roomUrl } = await ownerWithRoom(t);
    expect((await owner.client.post(roomUrl, {})).body.code).toBe('dataroom.exists');
    const a = await folder(owner.client, opportunityId, 'Geology');
    const b = await folder(owner.client, opportunityId, 'Finance');
    const c = await folder(owner.client, opportunityId, 'Legal');
    expect([a.index, b.index, c.index]).toEqual(['1', '2', '3']);
    expect((await owner.client.delete(`/api/v1/dataroom/folders/${b.id}`)).status).toBe(204);
    await folder(owner.client, opportunityId, 'Permits');
    const room = (await owner.client.get(roomUrl)).body;
    expect(indexOf(room)).toEqual(['1 Geology', '3 Legal', '4 Permits']);
    const audit = await t.deps.db.select({ action: schema.auditLog.action }).from(schema.auditLog);
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['dataroom.room_created', 'dataroom.folder_created', 'dataroom.folder_deleted']),
    );
  });

  it('renames and moves folders and documents, refusing a move under itself', async () => {
    const { owner, opportunityId, roomUrl } = await ownerWithRoom(t);
    const geology = await folder(owner.client, opportunityId, 'Geology');
    const logs = await folder(owner.client, opportunityId, 'Logs', geology.id);
    const cycle = await owner.client.patch(`/api/v1/dataroom/folders/${geology.id}`, { parentId: logs.id });
    expect([cycle.status, cycle.body.code]).toEqual([422, 'dataroom.folder_cycle']);
    const self = await owner.client.patch(`/api/v1/dataroom/folders/${geology.id}`, { parentId: geology.id });
    expect(self.body.code).toBe('dataroom.folder_cycle');
    const moved = await owner.client.patch(`/api/v1/dataroom/folders/${logs.id}`, {
      parentId: null,
      name: 'Drill logs',
    });
    expect(moved.body).toMatchObject({ parentId: null, name: 'Drill logs', index: '2' });
    const doc = await upload(owner.client, opportunityId, { name: 'map.png', content: png() });
    const renamed = await owner.client.patch(`/api/v1/dataroom/documents/${doc.body.id}`, {
      name: 'Site map',
      folderId: geology.id,
    });
    expect(renamed.body).toMatchObject({
      name: 'Site map',
      folderId: geology.id,
      index: '1.1',
      fileName: 'map.png',
    });
    expect(indexOf((await owner.client.get(roomUrl)).body)).toEqual([
      '1 Geology',
      '1.1 Site map',
      '2 Drill logs',
    ]);
  });

  it('bin: lists, restores where it was (or to the top), purges and removes unused bytes', async () => {
    const { owner, opportunityId, roomUrl } = await ownerWithRoom(t);
    const reports = await folder(owner.client, opportunityId, 'Reports');
    const bytes = await pdfWith(['Purge me']);
    const inFolder = await upload(
      owner.client,
      opportunityId,
      { name: 'r.pdf', content: bytes },
      { folderId: reports.id },
    );
    const shared = await upload(owner.client, opportunityId, { name: 'copy.pdf', content: bytes });
    expect((await owner.client.delete(`/api/v1/dataroom/documents/${inFolder.body.id}`)).status).toBe(204);
    expect((await owner.client.delete(`/api/v1/dataroom/folders/${reports.id}`)).status).toBe(204);
    const bin = (await owner.client.get(`${roomUrl}/bin`)).body;
    expect(bin.folders.map((f: { name: string }) => f.name)).toEqual(['Reports']);
    expect(bin.documents[0]).toMatchObject({
      name: 'r.pdf',
      fileName: 'r.pdf',
      deletedBy: { name: 'Test User' },
    });
    // Its folder is in the bin: the document comes back at the top level.
    expect(
      (await owner.client.post(`/api/v1/dataroom/bin/documents/${inFolder.body.id}/restore`)).status,
    ).toBe(204);
    expect((await owner.client.post(`/api/v1/dataroom/bin/folders/${reports.id}/restore`)).status).toBe(204);
    const room = (await owner.client.get(roomUrl)).body;
    expect(room.documents.find((d: { id: string }) => d.id === inFolder.body.id).folderId).toBeNull();
    expect(room.folders.map((f: { name: string }) => f.name)).toEqual(['Reports']);
    // Not in the bin: cannot be purged.
    expect((await owner.client.delete(`/api/v1/dataroom/bin/documents/${shared.body.id}`)).status).toBe(404);

    const [version] = await t.deps.db
      .select({ sha256: schema.dataRoomDocumentVersions.sha256 })
      .from(schema.dataRoomDocumentVersions)
      .where(eq(schema.dataRoomDocumentVersions.documentId, shared.body.id));
    const sha256 = version!.sha256;
    await owner.client.delete(`/api/v1/dataroom/documents/${inFolder.body.id}`);
    expect((await owner.client.delete(`/api/v1/dataroom/bin/documents/${inFolder.body.id}`)).status).toBe(
      204,
    );
    expect(storeContents(t).blobs).toContain(sha256); // still used by the copy
    await owner.client.delete(`/api/v1/dataroom/documents/${shared.body.id}`);
    expect((await owner.client.delete(`/api/v1/dataroom/bin/documents/${shared.body.id}`)).status).toBe(204);
    expect(storeContents(t).blobs).not.toContain(sha256);
    const rows = await t.deps.db
      .select()
      .from(schema.storedFiles)
      .where(eq(schema.storedFiles.sha256, sha256));
    expect(rows).toEqual([]);
    const texts = await t.deps.db
      .select()
      .from(schema.dataRoomPageTexts)
      .where(eq(schema.dataRoomPageTexts.documentId, shared.body.id));
    expect(texts).toEqual([]);
  });
});

describe('grants and the NDA', () => {
  it('grants to an organisation and to a user by e-mail; unknown e-mail is 422', async () => {
    const { owner, opportunityId, roomUrl } = await ownerWithRoom(t);
    const investor = await signUp(t);
    const investorOrg = await createOrganization(investor.client);
    const byOrg = await owner.client.post(`${roomUrl}/grants`, {
      organizationId: investorOrg.id,
      level: 'download',
    });
    expect(byOrg.status).toBe(201);
    expect(byOrg.body).toMatchObject({
      level: 'download',
      status: 'active',
      folders: null,
      user: null,
      createdBy: { name: 'Test User' },
    });
    const person = await signUp(t);
    const byUser = await owner.client.post(`${roomUrl}/grants`, {
      userEmail: person.email.toUpperCase(),
      level: 'view',
    });
    expect(byUser.body.user).toMatchObject({ id: person.userId, email: person.email });
    const nobody = await owner.client.post(`${roomUrl}/grants`, {
      userEmail: 'nobody@example.com',
      level: 'view',
    });
    expect([nobody.status, nobody.body.code]).toEqual([422, 'dataroom.grantee_not_found']);
    await upload(owner.client, opportunityId, { name: 'teaser.png', content: png() });
    const seen = (await investor.client.get(roomUrl)).body;
    expect(seen).toMatchObject({ isOwner: false, level: 'download' });
    expect(seen.usedBytes).toBeUndefined();
    expect(seen.documents[0].allowed).toEqual({ view: true, download: true, downloadOriginal: false });
    expect((await person.client.get(roomUrl)).body.level).toBe('view');
    expect((await owner.client.get(`${roomUrl}/grants`)).body.items).toHaveLength(2);
  });

  it('a folder grant shows only that folder’s path and documents, numbered densely', async () => {
    const { owner, opportunityId, roomUrl } = await ownerWithRoom(t);
    await folder(owner.client, opportunityId, 'Finance');
    const geology = await folder(owner.client, opportunityId, 'Geology');
    const hidden = await folder(owner.client, opportunityId, 'Hidden', geology.id);
    const reports = await folder(owner.client, opportunityId, 'Reports', geology.id);
    await upload(owner.client, opportunityId, { name: 'top.png', content: png() });
    await upload(
      owner.client,
      opportunityId,
      { name: 'secret.png', content: png() },
      { folderId: hidden.id },
    );
    await upload(owner.client, opportunityId, { name: 'core.png', content: png() }, { folderId: reports.id });
    const grantee = await signUp(t);
    await owner.client.post(`${roomUrl}/grants`, {
      userEmail: grantee.email,
      level: 'view',
      folders: [reports.id],
    });
    const room = (await grantee.client.get(roomUrl)).body;
    expect(indexOf(room)).toEqual(['1 Geology', '1.1 Reports', '1.1.1 core.png']);
    expect(indexOf((await owner.client.get(roomUrl)).body)).toContain('2.2 Reports');
    // The owner sees it as the grantee would; the grantee cannot look through others' eyes.
    const asUser = (await owner.client.get(`${roomUrl}?asUser=${encodeURIComponent(grantee.email)}`)).body;
    expect(asUser.isOwner).toBe(false);
    expect(indexOf(asUser)).toEqual(indexOf(room));
    expect((await grantee.client.get(`${roomUrl}?asUser=${encodeURIComponent(owner.email)}`)).status).toBe(
      403,
    );
    const outsider = await signUp(t);
    expect((await outsider.client.get(`${roomUrl}?asUser=${encodeURIComponent(grantee.email)}`)).status).toBe(
      404,
    );
    const list = (await owner.client.get(`${roomUrl}/grants`)).body.items;
    expect(list[0].folders).toEqual([{ id: reports.id, name: 'Reports', index: '2.2' }]);
  });

  it('expiry and revocation take effect at once', async () => {
    const { owner, roomUrl } = await ownerWithRoom(t);
    const a = await signUp(t);
    const b = await signUp(t);
    const expiresAt = new Date(t.deps.now().getTime() + 60_000);
    await owner.client.post(`${roomUrl}/grants`, {
      userEmail: a.email,
      level: 'view',
      expiresAt: expiresAt.toISOString(),
    });
    const grant = await owner.client.post(`${roomUrl}/grants`, { userEmail: b.email, level: 'view' });
    expect((await a.client.get(roomUrl)).status).toBe(200);
    expect((await b.client.get(roomUrl)).status).toBe(200);
    expect((await owner.client.delete(`${roomUrl}/grants/${grant.body.id}`)).status).toBe(204);
    expect((await b.client.get(roomUrl)).status).toBe(404);
    t.clock.advance(61_000);
    expect((await a.client.get(roomUrl)).body.code).toBe('dataroom.not_found');
    const statuses = (await owner.client.get(`${roomUrl}/grants`)).body.items.map(
      (g: { status: string }) => g.status,
    );
    expect(statuses.sort()).toEqual(['expired', 'revoked']);
  });

  it('nothing opens before the NDA is accepted, and a changed text must be accepted again', async () => {
    const { owner, opportunityId, roomUrl } = await ownerWithRoom(t);
    await upload(owner.client, opportunityId, { name: 'nda-protected.png', content: png() });
    const grantee = await signUp(t);
    await owner.client.post(`${roomUrl}/grants`, {
      userEmail: grantee.email,
      level: 'view',
      ndaRequired: true,
    });
    const pending = (await grantee.client.get(roomUrl)).body;
    expect(pending).toMatchObject({
      nda: { required: true, accepted: false },
      ndaRevision: 1,
      folders: [],
      documents: [],
    });
    expect(pending.ndaText).toEqual({ en: 'Keep it secret.' });
    const stale = await grantee.client.post(`${roomUrl}/nda/accept`, { ndaRevision: 2 });
    expect([stale.status, stale.body.code]).toEqual([409, 'dataroom.nda_changed']);
    expect((await grantee.client.post(`${roomUrl}/nda/accept`, { ndaRevision: 1 })).status).toBe(204);
    expect((await grantee.client.get(roomUrl)).body.documents).toHaveLength(1);
    const changed = await owner.client.patch(roomUrl, { ndaText: { en: 'Keep it very secret.' } });
    expect(changed.body.ndaRevision).toBe(2);
    const same = await owner.client.patch(roomUrl, { ndaText: { en: 'Keep it very secret.' } });
    expect(same.body.ndaRevision).toBe(2);
    expect((await grantee.client.get(roomUrl)).body).toMatchObject({
      nda: { accepted: false },
      documents: [],
    });
    expect((await grantee.client.post(`${roomUrl}/nda/accept`, { ndaRevision: 2 })).status).toBe(204);
    expect((await grantee.client.get(roomUrl)).body.documents).toHaveLength(1);
  });
});

describe('every role against the managing routes', () => {
  it('owner side may; everyone else gets 404 (anonymous 401); a grantee 403 on managing', async () => {
    const { owner, organization, opportunityId, roomUrl } = await ownerWithRoom(t);
    const geology = await folder(owner.client, opportunityId, 'Geology');
    const doc = await upload(owner.client, opportunityId, { name: 'a.png', content: png() });
    const grant = await owner.client.post(`${roomUrl}/grants`, { userEmail: owner.email, level: 'view' });
    const member = await signUp(t);
    await t.deps.db
      .insert(schema.memberships)
      .values({ organizationId: organization.id, userId: member.userId, role: 'member' });
    const officer = await signUp(t, { platformRoles: ['agency-officer'] });
    const admin = await signUp(t, { platformRoles: ['admin'] });
    const outsider = await signUp(t);
    const clients = {
      anonymous: anonymous(t),
      outsider: outsider.client,
      member: member.client,
      officer: officer.client,
      admin: admin.client,
    };
    expect(Object.keys(clients).sort()).toEqual(
      Object.keys(ROLES_AROUND_AN_OWNER)
        .filter((r) => r !== 'cli')
        .sort(),
    );

    const probes = (c: typeof owner.client) => [
      c.get(roomUrl),
      c.get(`${roomUrl}/bin`),
      c.get(`${roomUrl}/grants`),
      c.post(`${roomUrl}/folders`, { name: 'X' }),
      c.patch(`/api/v1/dataroom/folders/${geology.id}`, { name: 'Geology' }),
      c.get(`/api/v1/dataroom/documents/${doc.body.id}`),
      c.patch(`/api/v1/dataroom/documents/${doc.body.id}`, { name: 'a.png' }),
      c.post(`${roomUrl}/grants`, { userEmail: owner.email, level: 'view' }),
      c.delete(`${roomUrl}/grants/${grant.body.id}`),
      upload(c, opportunityId, { name: 'b.png', content: png() }),
    ];
    const expected: Record<string, number> = {
      anonymous: 401,
      outsider: 404,
      member: 0,
      officer: 0,
      admin: 0,
    };
    for (const [role, client] of Object.entries(clients)) {
      const statuses = (await Promise.all(probes(client))).map((r) => r.status);
      if (expected[role] === 0)
        expect(
          statuses.every((s) => s >= 200 && s < 300),
          `${role}: ${statuses}`,
        ).toBe(true);
      else expect(statuses, role).toEqual(statuses.map(() => expected[role]));
    }
    // The command line acts as the platform: owner side.
    const cli = ROLES_AROUND_AN_OWNER['cli']![0];
    expect((await rooms.getRoom(t.deps, cli, opportunityId)).isOwner).toBe(true);
    // A grantee can see, but not manage.
    const grantee = await signUp(t);
    await owner.client.post(`${roomUrl}/grants`, { userEmail: grantee.email, level: 'view' });
    expect((await grantee.client.get(`/api/v1/dataroom/documents/${doc.body.id}`)).body.versions).toEqual([]);
    expect(
      (await grantee.client.patch(`/api/v1/dataroom/documents/${doc.body.id}`, { name: 'x' })).status,
    ).toBe(403);
    expect((await grantee.client.get(`${roomUrl}/grants`)).status).toBe(403);
    expect((await upload(grantee.client, opportunityId, { name: 'c.png', content: png() })).status).toBe(403);
    // Creating a room: owner side only; others learn nothing.
    const other = await ownerWithRoom(t);
    expect(
      (await outsider.client.post(`/api/v1/opportunities/${other.opportunityId}/dataroom`, {})).status,
    ).toBe(404);
  });
});
