import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  uploadTo,
} from './dataroom-reads.test-support.ts';

let t: TestApp;
let room: Room;
let docId: string;
let sneaky: OrgPerson; // a name that is a spreadsheet formula
let plain: OrgPerson;
const FORMULA_NAME = '=HYPERLINK("http://evil.example","click")';

beforeAll(async () => {
  t = await buildTestApp();
  room = await createRoom(t);
  const folder = await createFolder(room, 'Reports');
  docId = await uploadTo(room, { name: 'report.pdf', content: await makePdf(['One', 'Two']) }, folder);
  sneaky = await personWithOrganization(t, { name: FORMULA_NAME, organizationName: { en: 'Sneaky Ltd' } });
  plain = await personWithOrganization(t, { name: 'Plain Reader' });
  await grant(room, { organizationId: sneaky.organizationId, level: 'download', folders: [folder] });
  await grant(room, { userEmail: plain.email, level: 'view' });
  const doc = `/api/v1/dataroom/documents/${docId}`;
  await sneaky.client.post(`${doc}/views`);
  t.clock.advance(1000);
  await fetchBytes(t, sneaky.client, `${doc}/pages/2?size=full`);
  t.clock.advance(1000);
  await sneaky.client.post(`${doc}/pages/2/time`, { ms: 2500 });
  await fetchBytes(t, sneaky.client, `${doc}/download`);
  t.clock.advance(1000);
  await plain.client.post(`${doc}/views`);
}, 60_000);
afterAll(() => t.close());

const activityUrl = () => `/api/v1/opportunities/${room.opportunityId}/dataroom/activity`;

describe('activity list', () => {
  it('lists what grantees did, newest first, shaped as ActivityItem', async () => {
    const response = await room.owner.client.get(activityUrl());
    expect(response.status).toBe(200);
    const items = response.body.items;
    expect(items.map((item: { action: string }) => item.action)).toEqual([
      'open',
      'download',
      'page',
      'open',
    ]);
    expect(items[0]).toMatchObject({
      action: 'open',
      user: { id: plain.userId, name: 'Plain Reader', email: plain.email },
      organizations: [],
      document: { id: docId, name: 'report.pdf', index: '1.1' },
      version: 1,
      page: null,
      durationMs: null,
    });
    expect(items[2]).toMatchObject({
      action: 'page',
      page: 2,
      durationMs: 2500,
      user: { name: FORMULA_NAME },
      organizations: ['Sneaky Ltd'],
    });
    expect(response.body.nextCursor).toBeNull();
  });

  it('filters and pages with a cursor', async () => {
    const first = await room.owner.client.get(`${activityUrl()}?limit=2`);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await room.owner.client.get(`${activityUrl()}?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((item: { action: string }) => item.action)).toEqual(['page', 'open']);
    expect(second.body.nextCursor).toBeNull();
    const opens = await room.owner.client.get(`${activityUrl()}?action=open&userId=${sneaky.userId}`);
    expect(opens.body.items).toHaveLength(1);
    expect(opens.body.items[0].user.id).toBe(sneaky.userId);
  });
});

describe('activity export', () => {
  it('writes CSV with the formula-like name neutralised', async () => {
    const response = await fetchBytes(t, room.owner.client, `${activityUrl()}/export?format=csv&lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(String(response.headers['content-disposition'])).toContain('attachment;');
    const text = response.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toContain('e-mail');
    expect(lines).toHaveLength(5);
    // A cell starting with "=" is prefixed so a spreadsheet shows it as text.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(lines.some((line) => /(^|,)"?=/.test(line))).toBe(false);
  });

  it('writes XLSX in the language asked for', async () => {
    const response = await fetchBytes(t, room.owner.client, `${activityUrl()}/export?format=xlsx&lang=fa`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
