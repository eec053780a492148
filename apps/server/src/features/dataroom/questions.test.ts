import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  uploadTo,
} from './dataroom-reads.test-support.ts';

let t: TestApp;
let room: Room;
let docA: string;
let docB: string;
let x1: OrgPerson; // organisation X, whole room
let x2: Person; // a second member of X
let y: OrgPerson; // organisation Y, folder A only
let p: Person; // granted personally, folder A
let colleague: Person; // a member of the owner's organisation
let questionAboutA: string;
let questionAboutB: string;
let personalQuestion: string;

beforeAll(async () => {
  t = await buildTestApp();
  room = await createRoom(t);
  const folderA = await createFolder(room, 'A');
  const folderB = await createFolder(room, 'B');
  docA = await uploadTo(room, { name: 'a.pdf', content: await makePdf(['A']) }, folderA);
  docB = await uploadTo(room, { name: 'b.pdf', content: await makePdf(['B']) }, folderB);
  x1 = await personWithOrganization(t, { name: 'X One', organizationName: { en: 'X Corp' } });
  x2 = await signUp(t, { name: 'X Two' });
  await joinOrganization(x1, x1.organizationId, x2);
  y = await personWithOrganization(t, { name: 'Y One' });
  p = await signUp(t, { name: 'Personal P' });
  colleague = await signUp(t, { name: 'Owner Colleague' });
  await joinOrganization(room.owner, room.owner.organizationId, colleague);
  await grant(room, { organizationId: x1.organizationId, level: 'view' });
  await grant(room, { organizationId: y.organizationId, level: 'view', folders: [folderA] });
  await grant(room, { userEmail: p.email, level: 'view', folders: [folderA] });
}, 60_000);
afterAll(() => t.close());

const listUrl = () => `/api/v1/opportunities/${room.opportunityId}/dataroom/questions`;
const ids = async (person: Person) =>
  ((await person.client.get(listUrl())).body.items as Array<{ id: string }>).map((q) => q.id).sort();

describe('asking', () => {
  it('lets grantees ask about what they can see, privately to their side', async () => {
    const a = await x1.client.post(listUrl(), { question: 'What is the copper grade?', documentId: docA });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      subject: { kind: 'document', id: docA, name: 'a.pdf' },
      askedBy: { name: 'X One' },
      askedFor: { name: { en: 'X Corp' } },
      answer: null,
      isPublished: false,
    });
    questionAboutA = a.body.id;
    questionAboutB = (await x1.client.post(listUrl(), { question: 'And in B?', documentId: docB })).body.id;
    const personal = await p.client.post(listUrl(), { question: 'Mine alone?' });
    expect(personal.status).toBe(201);
    expect(personal.body.askedFor).toBeNull();
    expect(personal.body.subject).toEqual({ kind: 'room', id: null, name: null });
    personalQuestion = personal.body.id;
  });

  it('answers 404 for a subject the asker cannot see, and 403 to the owner side', async () => {
    expect((await y.client.post(listUrl(), { question: 'B?', documentId: docB })).status).toBe(404);
    expect((await room.owner.client.post(listUrl(), { question: 'Owner?' })).status).toBe(403);
  });

  it('shows each question to its own side and the owner side only', async () => {
    expect(await ids(x1)).toEqual([questionAboutA, questionAboutB].sort());
    expect(await ids(x2)).toEqual([questionAboutA, questionAboutB].sort());
    expect(await ids(y)).toEqual([]);
    expect(await ids(p)).toEqual([personalQuestion]);
    expect(await ids(room.owner)).toEqual([questionAboutA, questionAboutB, personalQuestion].sort());
  });
});

describe('managing', () => {
  it('assigns only to owner-side colleagues, and tells them', async () => {
    const url = `/api/v1/dataroom/questions/${questionAboutA}/assign`;
    const refused = await room.owner.client.post(url, { userId: y.userId });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('dataroom.assignee_not_colleague');
    const assigned = await room.owner.client.post(url, { userId: colleague.userId });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assignedTo).toEqual({ id: colleague.userId, name: 'Owner Colleague' });
    const inbox = (await colleague.client.get('/api/v1/me/notifications')).body;
    expect(inbox.items[0]).toMatchObject({
      kind: 'dataroom.question_assigned',
      data: { opportunityId: room.opportunityId, questionId: questionAboutA },
    });
  });

  it('refuses grantees: 403 on a question they can read, 404 on one they cannot', async () => {
    const answer = { answer: 'No.' };
    expect((await x1.client.post(`/api/v1/dataroom/questions/${questionAboutA}/answer`, answer)).status).toBe(
      403,
    );
    expect((await y.client.post(`/api/v1/dataroom/questions/${questionAboutA}/answer`, answer)).status).toBe(
      404,
    );
    expect(
      (await y.client.post(`/api/v1/dataroom/questions/${questionAboutA}/publish`, { isPublished: true }))
        .status,
    ).toBe(404);
  });

  it('publishes answers to grantees who can see the subject, without naming the asker; the asker is told', async () => {
    const answered = await room.owner.client.post(`/api/v1/dataroom/questions/${questionAboutA}/answer`, {
      answer: 'About 0.6 %.',
      publish: true,
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      answer: 'About 0.6 %.',
      isPublished: true,
      answeredBy: { name: 'Room Owner' },
    });
    await room.owner.client.post(`/api/v1/dataroom/questions/${questionAboutB}/publish`, {
      isPublished: true,
    });
    // Y sees folder A only: the published question about B stays hidden.
    const seenByY = (await y.client.get(listUrl())).body.items;
    expect(seenByY.map((q: { id: string }) => q.id)).toEqual([questionAboutA]);
    expect(seenByY[0]).toMatchObject({
      askedBy: null,
      askedFor: null,
      answer: 'About 0.6 %.',
      assignedTo: null,
    });
    expect(await ids(p)).toEqual([personalQuestion, questionAboutA].sort());
    const inbox = (await x1.client.get('/api/v1/me/notifications')).body;
    expect(
      inbox.items.find((item: { kind: string }) => item.kind === 'dataroom.question_answered'),
    ).toMatchObject({
      kind: 'dataroom.question_answered',
      data: { questionId: questionAboutA },
    });
    // Besides the grant that let them in, only the answer.
    expect(inbox.items.map((item: { kind: string }) => item.kind).sort()).toEqual([
      'dataroom.grant_received',
      'dataroom.question_answered',
    ]);
    expect(inbox.unread).toBe(2);
  });

  it('takes a question back when unpublished', async () => {
    const back = await room.owner.client.post(`/api/v1/dataroom/questions/${questionAboutA}/publish`, {
      isPublished: false,
    });
    expect(back.body.isPublished).toBe(false);
    expect(await ids(y)).toEqual([]);
  });
});
