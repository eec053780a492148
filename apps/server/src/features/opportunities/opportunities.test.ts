import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { createOrganization, signUp } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const copperMine = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  kind: 'mining',
  title: { fa: 'معدن مس دره‌زار کرمان' },
  summary: { fa: 'اکتشاف و استخراج مس پورفیری با ذخیرهٔ ۱۲۰ میلیون تن' },
  province: 'IR-08',
  isic: ['0729'],
  commodities: ['copper'],
  investmentTypes: ['equity', 'joint-venture'],
  requiredInvestment: { amount: '250000000', currency: 'USD' },
  stage: 'feasibility',
  latitude: 29.9,
  longitude: 55.9,
  contact: { name: 'Ali Rezaei', email: 'invest@example.ir' },
  ...overrides,
});

async function ownerAndOfficer() {
  const owner = await signUp(t);
  const organization = await createOrganization(owner.client);
  const officer = await signUp(t, { platformRoles: ['agency-officer'] });
  return { owner, organization, officer };
}

describe('publishing and vetting', () => {
  it('takes a draft through submit → return → submit → publish → close, each step on the timeline', async () => {
    const { owner, organization, officer } = await ownerAndOfficer();
    const created = await owner.client.post('/api/v1/opportunities', copperMine(organization.id));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      country: 'IR',
      sourceLanguage: 'fa',
      requiredInvestment: { amount: '250000000', currency: 'USD' },
      requiredInvestmentUsd: '250000000',
      allowed: { edit: true, submit: true, publish: false },
    });
    const id = created.body.id as string;
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get(`/api/v1/opportunities/${id}`)).status).toBe(404);

    expect((await owner.client.post(`/api/v1/opportunities/${id}/publish`, {})).status).toBe(403);
    expect((await owner.client.post(`/api/v1/opportunities/${id}/submit`, {})).body.status).toBe('submitted');
    const returned = await officer.client.post(`/api/v1/opportunities/${id}/return`, {
      comment: 'Add the reserve estimate.',
    });
    expect(returned.body).toMatchObject({ status: 'returned', statusNote: 'Add the reserve estimate.' });
    expect((await officer.client.post(`/api/v1/opportunities/${id}/return`, {})).status).toBe(400);
    await owner.client.post(`/api/v1/opportunities/${id}/submit`, {});
    const published = await officer.client.post(`/api/v1/opportunities/${id}/publish`, {});
    expect(published.body.status).toBe('published');
    expect((await officer.client.post(`/api/v1/opportunities/${id}/publish`, {})).status).toBe(409);

    const seen = await anonymous.get(`/api/v1/opportunities/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.contact).toBeNull();
    const investor = await signUp(t);
    expect((await investor.client.get(`/api/v1/opportunities/${id}`)).body.contact).toMatchObject({
      email: 'invest@example.ir',
    });
    expect((await investor.client.get(`/api/v1/opportunities/${id}/timeline`)).status).toBe(404);

    expect(
      (await owner.client.post(`/api/v1/opportunities/${id}/close`, { comment: 'Investor found' })).body
        .status,
    ).toBe('closed');
    const timeline = await owner.client.get(`/api/v1/opportunities/${id}/timeline`);
    expect(timeline.body.items.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'submit',
      'return',
      'submit',
      'publish',
      'close',
    ]);
    expect(timeline.body.items[2]).toMatchObject({
      comment: 'Add the reserve estimate.',
      fromStatus: 'submitted',
    });
  });

  it('refuses unknown codes and half coordinates, pointing at each field', async () => {
    const { owner, organization } = await ownerAndOfficer();
    const response = await owner.client.post(
      '/api/v1/opportunities',
      copperMine(organization.id, {
        province: 'IR-99',
        isic: ['9999'],
        commodities: ['unobtainium'],
        requiredInvestment: { amount: '10', currency: 'XXX' },
      }),
    );
    expect(response.status).toBe(400);
    const paths = response.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['province', 'isic.0', 'commodities.0', 'requiredInvestment.currency']);
    const half = await owner.client.post(
      '/api/v1/opportunities',
      copperMine(organization.id, { longitude: null }),
    );
    expect(half.status).toBe(400);
    expect(half.body.errors[0].path).toBe('longitude');
  });

  it('lets only members of the owner organisation create for it', async () => {
    const { organization } = await ownerAndOfficer();
    const stranger = await signUp(t);
    expect((await stranger.client.post('/api/v1/opportunities', copperMine(organization.id))).status).toBe(
      403,
    );
  });
});

describe('who sees what, over HTTP', () => {
  it('tries every role against a draft and a published opportunity', async () => {
    const { owner, organization, officer } = await ownerAndOfficer();
    const admin = await signUp(t, { platformRoles: ['admin'] });
    const outsider = await signUp(t);
    const draft = (await owner.client.post('/api/v1/opportunities', copperMine(organization.id))).body.id;
    const published = (await owner.client.post('/api/v1/opportunities', copperMine(organization.id))).body.id;
    await officer.client.post(`/api/v1/opportunities/${published}/publish`, {});
    const clients = {
      anonymous: new TestClient(t.app),
      outsider: outsider.client,
      owner: owner.client,
      officer: officer.client,
      admin: admin.client,
    };
    const seen: Record<string, number[]> = {};
    for (const [role, client] of Object.entries(clients)) {
      seen[role] = [
        (await client.get(`/api/v1/opportunities/${draft}`)).status,
        (await client.get(`/api/v1/opportunities/${published}`)).status,
        (await client.get(`/api/v1/opportunities/${published}/timeline`)).status,
        (await client.patch(`/api/v1/opportunities/${published}`, { stage: 'licensed' })).status,
        (await client.patch(`/api/v1/opportunities/${draft}`, { stage: 'licensed' })).status,
      ];
    }
    expect(seen).toEqual({
      anonymous: [404, 200, 401, 401, 401],
      outsider: [404, 200, 404, 403, 404],
      owner: [200, 200, 200, 200, 200],
      officer: [200, 200, 200, 200, 200],
      admin: [200, 200, 200, 200, 200],
    });
    const managed = await outsider.client.get('/api/v1/opportunities/manage');
    expect(managed.body.items).toEqual([]);
    const officerList = await officer.client.get(
      `/api/v1/opportunities/manage?organizationId=${organization.id}&status=draft`,
    );
    expect(officerList.body.items.map((i: { id: string }) => i.id)).toEqual([draft]);
  });
});
