import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import * as reads from './dataroom-reads.repository.ts';
import {
  createFolder,
  createRoom,
  grant,
  makePdf,
  type OrgPerson,
  personWithOrganization,
  type Room,
  uploadTo,
} from './dataroom-reads.test-support.ts';
import { loadRoomForOpportunity } from './room-access.ts';
import { searchScope, snippetOf } from './search.service.ts';

let t: TestApp;
let room: Room;
let grantee: OrgPerson;
let docA: string;
let docB: string;

beforeAll(async () => {
  t = await buildTestApp();
  room = await createRoom(t);
  const folderA = await createFolder(room, 'A');
  const inner = await createFolder(room, 'A-inner', folderA);
  const folderB = await createFolder(room, 'B');
  docA = await uploadTo(
    room,
    { name: 'a.pdf', content: await makePdf(['Nothing here', 'Smelter capacity 40000 tonnes']) },
    inner,
  );
  docB = await uploadTo(
    room,
    { name: 'b.pdf', content: await makePdf(['Smelter bids from rivals']) },
    folderB,
  );
  grantee = await personWithOrganization(t, { name: 'Searcher' });
  await grant(room, { organizationId: grantee.organizationId, level: 'view', folders: [folderA] });
}, 60_000);
afterAll(() => t.close());

const searchUrl = (q: string) =>
  `/api/v1/opportunities/${room.opportunityId}/dataroom/search?q=${encodeURIComponent(q)}`;

describe('search inside documents', () => {
  it('finds the page, numbers the document as the grantee sees it, and gives a snippet', async () => {
    const response = await grantee.client.get(searchUrl('SMELTER'));
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      {
        document: { id: docA, name: 'a.pdf', index: '1.1.1' },
        page: 2,
        snippet: 'Smelter capacity 40000 tonnes',
      },
    ]);
  });

  it('normalises the query as the opportunity search does (Persian digits)', async () => {
    const response = await grantee.client.get(searchUrl('۴۰۰۰۰'));
    expect(response.body.items.map((hit: { page: number }) => hit.page)).toEqual([2]);
  });

  it('answers an empty query with nothing', async () => {
    expect((await grantee.client.get(searchUrl('  '))).body.items).toEqual([]);
  });

  it('keeps hidden documents out in SQL, not only afterwards', async () => {
    const user = {
      kind: 'user' as const,
      userId: grantee.userId,
      email: grantee.email,
      name: 'Searcher',
      platformRoles: [],
      via: 'session' as const,
      credentialId: 'x',
    };
    const ctx = await loadRoomForOpportunity(t.deps, user, room.opportunityId);
    const hits = await reads.searchPages(t.deps.db, searchScope(ctx), 'smelter', 50);
    expect(hits.map((hit) => hit.documentId)).toEqual([docA]);
    const ownerCtx = await loadRoomForOpportunity(
      t.deps,
      { kind: 'system', name: 'test' },
      room.opportunityId,
    );
    const all = await reads.searchPages(t.deps.db, searchScope(ownerCtx), 'smelter', 50);
    expect(all.map((hit) => hit.documentId).sort()).toEqual([docA, docB].sort());
  });
});

describe('snippetOf', () => {
  it('centres on the first query word, folding Arabic letter forms and case', () => {
    const text = `${'x '.repeat(200)}گزارش مالي كرمان ${'y '.repeat(200)}`;
    const snippet = snippetOf(text, 'کرمان');
    expect(snippet).toContain('كرمان');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it('starts at the beginning when no word is found as such', () => {
    expect(snippetOf('Short text', 'absent')).toBe('Short text');
  });
});
