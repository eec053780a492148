import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import {
  createFolder,
  createRoom,
  fetchBytes,
  grant,
  makePdf,
  type OrgPerson,
  personWithOrganization,
  type Room,
  revoke,
  uploadTo,
} from './dataroom-reads.test-support.ts';

// Who may learn what exists: every sub-resource of a document answers 404 to a caller who may
// not know the document exists, 401 to nobody signed in; the room's lists and files likewise.

let t: TestApp;
let room: Room;
let docA: string;
let docB: string;
let docTop: string;
let granteeA: OrgPerson; // `download` on folder A, through their organisation
let outsider: OrgPerson; // signed in, no grant
let folderA: string;

beforeAll(async () => {
  t = await buildTestApp();
  room = await createRoom(t);
  folderA = await createFolder(room, 'A');
  const folderB = await createFolder(room, 'B');
  docA = await uploadTo(room, { name: 'a.pdf', content: await makePdf(['Alpha copper ledger']) }, folderA);
  docB = await uploadTo(room, { name: 'b.pdf', content: await makePdf(['Zebra secret ledger']) }, folderB);
  docTop = await uploadTo(room, { name: 'top.pdf', content: await makePdf(['Top level zebra ledger']) });
  granteeA = await personWithOrganization(t, { name: 'Grantee A' });
  outsider = await personWithOrganization(t, { name: 'Outsider' });
  await grant(room, { organizationId: granteeA.organizationId, level: 'download', folders: [folderA] });
}, 60_000);
afterAll(() => t.close());

/** Every sub-resource of a document, as status codes. */
async function documentStatuses(client: TestClient | null, id: string) {
  const base = `/api/v1/dataroom/documents/${id}`;
  const post = async (path: string, body: unknown) =>
    client ? (await client.post(path, body)).status : (await new TestClient(t.app).post(path, body)).status;
  return {
    views: await post(`${base}/views`, {}),
    page: (await fetchBytes(t, client, `${base}/pages/1`)).status,
    thumb: (await fetchBytes(t, client, `${base}/pages/1?size=thumb`)).status,
    download: (await fetchBytes(t, client, `${base}/download`)).status,
    original: (await fetchBytes(t, client, `${base}/download?variant=original`)).status,
    time: await post(`${base}/pages/1/time`, { ms: 1000 }),
  };
}

const all = (status: number) => ({
  views: status,
  page: status,
  thumb: status,
  download: status,
  original: status,
  time: status,
});

const roomUrls = () => {
  const base = `/api/v1/opportunities/${room.opportunityId}/dataroom`;
  return {
    search: `${base}/search?q=ledger`,
    questions: `${base}/questions`,
    activity: `${base}/activity`,
    export: `${base}/activity/export?format=csv`,
  };
};

describe('documents outside the grants', () => {
  it('serve a grantee what their grant covers', async () => {
    expect(await documentStatuses(granteeA.client, docA)).toEqual({
      ...all(200),
      views: 201,
      original: 403,
      time: 204,
    });
  });

  it('are 404 for every sub-resource of a document in another folder or at the top level', async () => {
    expect(await documentStatuses(granteeA.client, docB)).toEqual(all(404));
    expect(await documentStatuses(granteeA.client, docTop)).toEqual(all(404));
  });

  it('are never found by search', async () => {
    const response = await granteeA.client.get(roomUrls().search);
    expect(response.status, response.text).toBe(200);
    const hits = response.body.items;
    expect(hits.map((hit: { document: { id: string } }) => hit.document.id)).toEqual([docA]);
    const zebra = await granteeA.client.get(
      `/api/v1/opportunities/${room.opportunityId}/dataroom/search?q=zebra`,
    );
    expect(zebra.status).toBe(200);
    expect(zebra.body.items).toEqual([]);
    // The owner side finds both.
    const owner = await room.owner.client.get(
      `/api/v1/opportunities/${room.opportunityId}/dataroom/search?q=zebra`,
    );
    expect(owner.body.items.map((hit: { document: { id: string } }) => hit.document.id).sort()).toEqual(
      [docB, docTop].sort(),
    );
  });
});

describe('guessed ids', () => {
  it('are 404 whether random, sequential or the nil uuid, for grantees and owners alike', async () => {
    for (const id of [
      randomUUID(),
      '00000000-0000-0000-0000-000000000001',
      '00000000-0000-0000-0000-000000000000',
    ]) {
      expect(await documentStatuses(granteeA.client, id)).toEqual(all(404));
      expect((await room.owner.client.post(`/api/v1/dataroom/documents/${id}/views`)).status).toBe(404);
      expect(
        (await room.owner.client.post(`/api/v1/dataroom/questions/${id}/publish`, { isPublished: true }))
          .status,
      ).toBe(404);
      expect((await room.owner.client.post(`/api/v1/me/notifications/${id}/read`)).status).toBe(404);
    }
    const search = await granteeA.client.get(
      `/api/v1/opportunities/${randomUUID()}/dataroom/search?q=ledger`,
    );
    expect(search.status).toBe(404);
  });
});

describe('people without access', () => {
  it('a user of another organisation gets 404 everywhere', async () => {
    expect(await documentStatuses(outsider.client, docA)).toEqual(all(404));
    for (const url of Object.values(roomUrls()))
      expect((await outsider.client.get(url)).status, url).toBe(404);
    const ask = await outsider.client.post(`/api/v1/opportunities/${room.opportunityId}/dataroom/questions`, {
      question: 'Hello?',
    });
    expect(ask.status).toBe(404);
  });

  it('nobody signed in gets 401 everywhere', async () => {
    expect(await documentStatuses(null, docA)).toEqual(all(401));
    const anonymous = new TestClient(t.app);
    for (const url of [...Object.values(roomUrls()), '/api/v1/me/notifications'])
      expect((await anonymous.get(url)).status, url).toBe(401);
  });

  it('a grantee may not read the activity log (owner side only)', async () => {
    expect((await granteeA.client.get(roomUrls().activity)).status).toBe(403);
    expect((await granteeA.client.get(roomUrls().export)).status).toBe(403);
  });
});

describe('grants that end', () => {
  it('a revoked grantee gets 404 on the next request', async () => {
    const person = await personWithOrganization(t, { name: 'Soon revoked' });
    const grantId = await grant(room, { userEmail: person.email, level: 'download', folders: [folderA] });
    expect((await person.client.post(`/api/v1/dataroom/documents/${docA}/views`)).status).toBe(201);
    await revoke(room, grantId);
    expect(await documentStatuses(person.client, docA)).toEqual(all(404));
    expect((await person.client.get(roomUrls().search)).status).toBe(404);
    expect((await person.client.get(roomUrls().questions)).status).toBe(404);
  });

  it('an expired grantee gets 404 once the expiry passes', async () => {
    const person = await personWithOrganization(t, { name: 'Soon expired' });
    const expiresAt = new Date(t.deps.now().getTime() + 60 * 60 * 1000).toISOString();
    await grant(room, {
      organizationId: person.organizationId,
      level: 'view',
      folders: [folderA],
      expiresAt,
    });
    expect((await person.client.post(`/api/v1/dataroom/documents/${docA}/views`)).status).toBe(201);
    t.clock.advance(2 * 60 * 60 * 1000);
    expect(await documentStatuses(person.client, docA)).toEqual(all(404));
    expect((await person.client.get(roomUrls().search)).status).toBe(404);
  });

  it('a grantee who has not accepted the NDA sees no document and finds nothing', async () => {
    const person = await personWithOrganization(t, { name: 'NDA pending' });
    await grant(room, { userEmail: person.email, level: 'download', ndaRequired: true });
    expect(await documentStatuses(person.client, docA)).toEqual(all(404));
    expect((await person.client.get(roomUrls().search)).body.items).toEqual([]);
    const accepted = await person.client.post(
      `/api/v1/opportunities/${room.opportunityId}/dataroom/nda/accept`,
      {
        ndaRevision: 1,
      },
    );
    expect(accepted.status).toBe(204);
    expect((await person.client.post(`/api/v1/dataroom/documents/${docTop}/views`)).status).toBe(201);
  });

  it('a document in the bin is 404 for grantees', async () => {
    const doc = await uploadTo(
      room,
      { name: 'binned.pdf', content: await makePdf(['Binned ledger']) },
      folderA,
    );
    expect((await granteeA.client.post(`/api/v1/dataroom/documents/${doc}/views`)).status).toBe(201);
    expect((await room.owner.client.delete(`/api/v1/dataroom/documents/${doc}`)).status).toBe(204);
    expect(await documentStatuses(granteeA.client, doc)).toEqual(all(404));
    const hits = (await granteeA.client.get(roomUrls().search)).body.items;
    expect(hits.map((hit: { document: { id: string } }) => hit.document.id)).not.toContain(doc);
  });
});
