import { count, schema } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { createOrganization, signUp } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let templates: Array<{ id: string; names: Record<string, string>; document: Record<string, any> }>;
beforeAll(async () => {
  t = await buildTestApp();
  templates = (await new TestClient(t.app).get('/api/v1/finance/templates')).body.items;
});
afterAll(() => t.close());

const templateDocument = (id: string) => structuredClone(templates.find((x) => x.id === id)!.document);

async function opportunityOwnedBy(owner: Awaited<ReturnType<typeof signUp>>) {
  const organization = await createOrganization(owner.client);
  const created = await owner.client.post('/api/v1/opportunities', {
    organizationId: organization.id,
    kind: 'manufacturing',
    title: { fa: 'کارخانهٔ لوله', en: 'Pipe plant' },
    province: 'IR-08',
  });
  if (created.status !== 201) throw new Error(created.text);
  return created.body.id as string;
}

async function counts() {
  const [models] = await t.deps.db.select({ n: count() }).from(schema.financialModels);
  const [versions] = await t.deps.db.select({ n: count() }).from(schema.financialModelVersions);
  const [audit] = await t.deps.db.select({ n: count() }).from(schema.auditLog);
  return { models: Number(models!.n), versions: Number(versions!.n), audit: Number(audit!.n) };
}

describe('templates and evaluation', () => {
  it('lists the four templates with names in every language, and evaluates each over HTTP', async () => {
    expect(templates.map((x) => x.id)).toEqual([
      'copper-mine',
      'brine-salt-magnesium',
      'manufacturing-plant',
      'wastewater-bot',
    ]);
    const { client } = await signUp(t);
    for (const template of templates) {
      expect(Object.keys(template.names).sort()).toEqual(['ar', 'en', 'fa', 'zh']);
      const response = await client.post('/api/v1/finance/evaluate', { document: template.document });
      expect({ id: template.id, status: response.status }).toEqual({ id: template.id, status: 200 });
      const { result } = response.body;
      expect(result.years).toHaveLength(template.document.constructionYears + result.operatingYears);
      expect(Number.isFinite(result.npv)).toBe(true);
      expect(result.currency).toBe(template.document.currency);
    }
  });

  it('adds sensitivity, scenarios and Monte Carlo on request, and caps the runs', async () => {
    const { client } = await signUp(t);
    const document = templateDocument('manufacturing-plant');
    const response = await client.post('/api/v1/finance/evaluate', {
      document,
      sensitivity: true,
      scenarios: [
        { name: 'low price', drivers: { price: 0.85 } },
        { name: 'no holiday', set: { 'tax.holidayYears': 0 } },
      ],
      monteCarlo: {
        runs: 500,
        seed: 7,
        variables: [{ driver: 'price', distribution: { type: 'triangular', min: 0.8, mode: 1, max: 1.1 } }],
      },
    });
    expect(response.status).toBe(200);
    const { result, sensitivity, scenarios, monteCarlo } = response.body;
    expect(sensitivity.base.npv).toBeCloseTo(result.npv, 6);
    expect(sensitivity.bars.length).toBeGreaterThan(3);
    expect(scenarios.map((s: { name: string }) => s.name)).toEqual(['low price', 'no holiday']);
    expect(scenarios[0].npv).toBeLessThan(result.npv);
    expect(monteCarlo.runs).toBe(500);

    const tooMany = await client.post('/api/v1/finance/evaluate', {
      document,
      monteCarlo: {
        runs: 20_001,
        variables: [{ driver: 'price', distribution: { type: 'normal', mean: 1, sd: 0.1 } }],
      },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].path).toBe('monteCarlo.runs');

    // A document padded to many cost lines over many years gets fewer runs, so one request cannot stall the server.
    const padded = {
      ...document,
      operatingYears: 100,
      fixedCosts: Array.from({ length: 1500 }, (_, i) => ({ name: `c${i}`, amount: 1 })),
    };
    const heavy = await client.post('/api/v1/finance/evaluate', {
      document: padded,
      monteCarlo: {
        runs: 20_000,
        variables: [{ driver: 'price', distribution: { type: 'normal', mean: 1, sd: 0.1 } }],
      },
    });
    expect(heavy.status).toBe(400);
    expect(heavy.body.errors[0]).toMatchObject({ path: 'monteCarlo.runs', code: 'too_big' });

    const unknownDriver = await client.post('/api/v1/finance/evaluate', {
      document,
      scenarios: [{ name: 'x', drivers: { sunshine: 2 } }],
    });
    expect(unknownDriver.status).toBe(400);
    expect(unknownDriver.body.errors[0].path).toBe('scenarios.0.drivers.sunshine');

    const pollution = await client.post('/api/v1/finance/evaluate', {
      document,
      scenarios: [{ name: 'x', set: { '__proto__.polluted': 1 } }],
    });
    expect(pollution.status).toBe(400);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    const badScenario = await client.post('/api/v1/finance/evaluate', {
      document,
      scenarios: [{ name: 'x', set: { discountRate: 3 } }],
    });
    expect(badScenario.status).toBe(422);
    expect(badScenario.body.errors[0].path).toBe('scenarios.0.discountRate');
  });

  it('needs a signed-in caller', async () => {
    const response = await new TestClient(t.app).post('/api/v1/finance/evaluate', {
      document: templateDocument('copper-mine'),
    });
    expect(response.status).toBe(401);
  });
});

describe('invalid documents', () => {
  const broken = () => {
    const document = templateDocument('manufacturing-plant');
    document.capex[0].usefulLife = -5;
    document.financing.loans[0].tenorYears = 40;
    delete document.products[0].price;
    document.discountRate = 1.5;
    document.products[0].capacity = 'twenty thousand';
    return document;
  };

  it('answers 422 with each path and a message in the caller’s language, and saves nothing', async () => {
    const owner = await signUp(t, { locale: 'fa' });
    const opportunityId = await opportunityOwnedBy(owner);
    const before = await counts();
    const response = await owner.client.post(`/api/v1/opportunities/${opportunityId}/financial-models`, {
      name: 'مدل پایه',
      visibility: 'owners',
      document: broken(),
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('finance.model_invalid');
    expect(response.body.title).toBe('مدل مالی خطا دارد. فیلدهای مشخص‌شده را اصلاح کنید.');
    const byPath = Object.fromEntries(
      response.body.errors.map((e: { path: string; code: string; message: string }) => [e.path, e]),
    );
    expect(Object.keys(byPath).sort()).toEqual([
      'capex.0.usefulLife',
      'discountRate',
      'products.0.capacity',
      'products.0.price',
    ]);
    expect(byPath['capex.0.usefulLife']).toMatchObject({
      code: 'too_small',
      message: 'قلم هزینهٔ سرمایه‌ای ۱ › عمر مفید (سال): باید بزرگ‌تر از ۰ باشد.',
    });
    expect(byPath['discountRate']).toMatchObject({
      code: 'too_big',
      message: 'نرخ تنزیل: باید حداکثر ۱۰۰٪ باشد.',
    });
    expect(byPath['products.0.capacity']).toMatchObject({
      code: 'not_a_number',
      message: 'محصول ۱ › ظرفیت: باید عدد باشد.',
    });
    expect(byPath['products.0.price']).toMatchObject({
      code: 'required',
      message: 'محصول ۱ › قیمت: قیمت را وارد کنید.',
    });
    expect(await counts()).toEqual(before);
  });

  it('checks across fields once the fields are right (loan longer than the project), in Chinese', async () => {
    const { client } = await signUp(t, { locale: 'zh' });
    const document = templateDocument('manufacturing-plant');
    document.financing.loans[0].tenorYears = 40;
    const response = await client.post('/api/v1/finance/evaluate', { document });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      {
        path: 'financing.loans.0.tenorYears',
        code: 'loan_tenor_exceeds_project',
        message: '贷款 1 › 贷款期限（年）：贷款期限长于项目的运营期。',
      },
    ]);
    const rate = await client.post('/api/v1/finance/evaluate', {
      document: { ...templateDocument('manufacturing-plant'), discountRate: 1.5 },
    });
    expect(rate.body.errors[0]).toMatchObject({ path: 'discountRate', message: '折现率：不能大于 100%。' });
  });

  it('gives the platform’s 400 when the body or the document is not even a JSON object', async () => {
    const { client } = await signUp(t, { locale: 'zh' });
    const notObject = await client.post('/api/v1/finance/evaluate', [1, 2]);
    expect(notObject.status).toBe(400);
    expect(notObject.body.code).toBe('validation.failed');
    const textDocument = await client.post('/api/v1/finance/evaluate', { document: 'a model' });
    expect(textDocument.status).toBe(400);
    expect(textDocument.body.errors[0].path).toBe('document');
    const malformed = await client.post('/api/v1/finance/evaluate', '{"document": ', {
      'content-type': 'application/json',
    });
    expect(malformed.body.code).toBe('request.malformed_json');
  });

  it('refuses a document over the body limit with 413 before reading it', async () => {
    const owner = await signUp(t);
    const opportunityId = await opportunityOwnedBy(owner);
    const document = templateDocument('manufacturing-plant');
    document.fixedCosts = Array.from({ length: 5000 }, (_, i) => ({
      name: `Cost ${i} ${'x'.repeat(40)}`,
      amount: 1,
    }));
    const before = await counts();
    const response = await owner.client.post(`/api/v1/opportunities/${opportunityId}/financial-models`, {
      name: 'Huge',
      visibility: 'owners',
      document,
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('request.too_large');
    expect(await counts()).toEqual(before);
  });
});

describe('saving, versions and comparing', () => {
  it('creates, saves versions, compares them, refuses a stale save and records each change', async () => {
    const owner = await signUp(t, { name: 'Sara Owner' });
    const opportunityId = await opportunityOwnedBy(owner);
    const document = templateDocument('manufacturing-plant');
    const created = await owner.client.post(`/api/v1/opportunities/${opportunityId}/financial-models`, {
      name: 'Base case',
      visibility: 'owners',
      document,
      note: 'From the template',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      opportunityId,
      name: 'Base case',
      visibility: 'owners',
      latestVersion: 1,
      updatedBy: { name: 'Sara Owner' },
      allowed: { edit: true, delete: true },
      opportunityTitle: { fa: 'کارخانهٔ لوله', en: 'Pipe plant' },
      latest: { version: 1, note: 'From the template', createdBy: { name: 'Sara Owner' } },
      versions: [{ version: 1, note: 'From the template' }],
    });
    const modelId = created.body.id as string;
    const baseNpv = created.body.latest.result.npv as number;

    const changed = { ...document, discountRate: 0.15 };
    const saved = await owner.client.post(`/api/v1/financial-models/${modelId}/versions`, {
      baseVersion: 1,
      document: changed,
      note: 'Higher discount rate',
    });
    expect(saved.status).toBe(201);
    expect(saved.body.version).toBe(2);
    expect(saved.body.result.npv).toBeLessThan(baseNpv);

    const stale = await owner.client.post(`/api/v1/financial-models/${modelId}/versions`, {
      baseVersion: 1,
      document,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'finance.version_conflict', latestVersion: 2 });

    // Two saves on the same base: one becomes version 3, the other is told to reload.
    const racing = await Promise.all(
      [0.16, 0.17].map((discountRate) =>
        owner.client.post(`/api/v1/financial-models/${modelId}/versions`, {
          baseVersion: 2,
          document: { ...document, discountRate },
        }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);

    const compared = await owner.client.get(`/api/v1/financial-models/${modelId}/compare?from=1&to=2`);
    expect(compared.status).toBe(200);
    expect(compared.body.changes).toEqual([{ path: 'discountRate', from: 0.12, to: 0.15 }]);
    expect(compared.body.from.version).toBe(1);

    const model = await owner.client.get(`/api/v1/financial-models/${modelId}`);
    expect(model.body.latestVersion).toBe(3);
    expect(model.body.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect((await owner.client.get(`/api/v1/financial-models/${modelId}/versions/2`)).body.note).toBe(
      'Higher discount rate',
    );
    expect((await owner.client.get(`/api/v1/financial-models/${modelId}/versions/9`)).status).toBe(404);

    const renamed = await owner.client.patch(`/api/v1/financial-models/${modelId}`, {
      name: 'Lender case',
      visibility: 'investors',
    });
    expect(renamed.body).toMatchObject({ name: 'Lender case', visibility: 'investors', latestVersion: 3 });

    const listed = await owner.client.get(`/api/v1/opportunities/${opportunityId}/financial-models`);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([modelId]);

    expect((await owner.client.delete(`/api/v1/financial-models/${modelId}`)).status).toBe(204);
    expect((await owner.client.get(`/api/v1/financial-models/${modelId}`)).status).toBe(404);
    expect(
      (await owner.client.get(`/api/v1/opportunities/${opportunityId}/financial-models`)).body.items,
    ).toEqual([]);

    const admin = await signUp(t, { platformRoles: ['admin'] });
    const audit = await admin.client.get('/api/v1/admin/audit');
    const actions = audit.body.items
      .filter((e: { subjectId: string }) => e.subjectId === modelId)
      .map((e: { action: string }) => e.action)
      .sort();
    expect(actions).toEqual([
      'financial_model.created',
      'financial_model.deleted',
      'financial_model.updated',
      'financial_model.version_saved',
      'financial_model.version_saved',
    ]);
    expect((await admin.client.get('/api/v1/admin/audit/verify')).body.ok).toBe(true);
  });
});

describe('who may see and change which model', () => {
  it('tries every role against owners-only and investors models of a draft and a published opportunity', async () => {
    const owner = await signUp(t);
    const officer = await signUp(t, { platformRoles: ['agency-officer'] });
    const admin = await signUp(t, { platformRoles: ['admin'] });
    const investor = await signUp(t);
    const otherOrgUser = await signUp(t);
    await createOrganization(otherOrgUser.client);
    const draft = await opportunityOwnedBy(owner);
    const published = await opportunityOwnedBy(owner);
    expect((await officer.client.post(`/api/v1/opportunities/${published}/publish`, {})).status).toBe(200);

    const document = templateDocument('wastewater-bot');
    const create = async (opportunityId: string, visibility: string) =>
      (
        await owner.client.post(`/api/v1/opportunities/${opportunityId}/financial-models`, {
          name: visibility,
          visibility,
          document,
        })
      ).body.id as string;
    const models = {
      draftOwners: await create(draft, 'owners'),
      draftInvestors: await create(draft, 'investors'),
      publishedOwners: await create(published, 'owners'),
      publishedInvestors: await create(published, 'investors'),
    };
    const clients = {
      anonymous: new TestClient(t.app),
      otherOrgUser: otherOrgUser.client,
      investor: investor.client,
      owner: owner.client,
      officer: officer.client,
      admin: admin.client,
    };
    const seen: Record<string, unknown> = {};
    for (const [role, client] of Object.entries(clients)) {
      const reads: Record<string, number> = {};
      for (const [name, id] of Object.entries(models))
        reads[name] = (await client.get(`/api/v1/financial-models/${id}`)).status;
      const list = async (id: string) => {
        const r = await client.get(`/api/v1/opportunities/${id}/financial-models`);
        return r.status === 200 ? r.body.items.length : r.status;
      };
      seen[role] = {
        reads,
        listDraft: await list(draft),
        listPublished: await list(published),
        version: (await client.get(`/api/v1/financial-models/${models.publishedInvestors}/versions/1`))
          .status,
        renamePublishedInvestors: (
          await client.patch(`/api/v1/financial-models/${models.publishedInvestors}`, { name: role })
        ).status,
        renameDraftOwners: (
          await client.patch(`/api/v1/financial-models/${models.draftOwners}`, { name: role })
        ).status,
      };
    }
    const ownerSide = {
      reads: { draftOwners: 200, draftInvestors: 200, publishedOwners: 200, publishedInvestors: 200 },
      listDraft: 2,
      listPublished: 2,
      version: 200,
      renamePublishedInvestors: 200,
      renameDraftOwners: 200,
    };
    const outsider = {
      reads: { draftOwners: 404, draftInvestors: 404, publishedOwners: 404, publishedInvestors: 200 },
      listDraft: 404,
      listPublished: 1,
      version: 200,
      renamePublishedInvestors: 403,
      renameDraftOwners: 404,
    };
    expect(seen).toEqual({
      anonymous: {
        reads: { draftOwners: 401, draftInvestors: 401, publishedOwners: 401, publishedInvestors: 401 },
        listDraft: 401,
        listPublished: 401,
        version: 401,
        renamePublishedInvestors: 401,
        renameDraftOwners: 401,
      },
      otherOrgUser: outsider,
      investor: outsider,
      owner: ownerSide,
      officer: ownerSide,
      admin: ownerSide,
    });

    // Creating and deleting, after the reads so that they do not change what was counted above.
    const createAs = (client: TestClient, opportunityId: string) =>
      client.post(`/api/v1/opportunities/${opportunityId}/financial-models`, {
        name: 'x',
        visibility: 'owners',
        document,
      });
    const writes: Record<string, number[]> = {};
    for (const [role, client] of Object.entries(clients)) {
      writes[role] = [
        (await createAs(client, draft)).status,
        (await createAs(client, published)).status,
        (await client.delete(`/api/v1/financial-models/${models.draftOwners}`)).status,
        (await client.delete(`/api/v1/financial-models/${models.publishedInvestors}`)).status,
      ];
    }
    expect(writes).toEqual({
      anonymous: [401, 401, 401, 401],
      otherOrgUser: [404, 403, 404, 403],
      investor: [404, 403, 404, 403],
      // The owner deletes both; the officer and the admin then find nothing to delete.
      owner: [201, 201, 204, 204],
      officer: [201, 201, 404, 404],
      admin: [201, 201, 404, 404],
    });
  });
});
