import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { createOrganization, signUp } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function modelOf(name: string) {
  const owner = await signUp(t);
  const organization = await createOrganization(owner.client);
  const opportunity = await owner.client.post('/api/v1/opportunities', {
    organizationId: organization.id,
    kind: 'mining',
    title: { fa: 'معدن مس', en: 'Copper mine' },
    province: 'IR-08',
  });
  const templates = (await owner.client.get('/api/v1/finance/templates')).body.items;
  const created = await owner.client.post(`/api/v1/opportunities/${opportunity.body.id}/financial-models`, {
    name,
    visibility: 'owners',
    document: templates[0].document,
  });
  expect(created.status).toBe(201);
  return { owner, modelId: created.body.id as string };
}

describe('exporting a version', () => {
  it('downloads the workbook and the report, named safely in ASCII and in full in UTF-8', async () => {
    const { owner, modelId } = await modelOf('مدل پایه (۱)');
    const xlsx = await owner.client.get(
      `/api/v1/financial-models/${modelId}/versions/1/export?format=xlsx&lang=fa`,
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename="financial-model-v1.xlsx"; filename*=UTF-8''${encodeURIComponent('مدل پایه ')}%28${encodeURIComponent('۱')}%29-v1.xlsx`,
    );
    expect(xlsx.text.startsWith('PK')).toBe(true);

    const pdf = await owner.client.get(
      `/api/v1/financial-models/${modelId}/versions/1/export?format=pdf&lang=zh`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF')).toBe(true);
  });

  it('keeps an ASCII name readable and refuses those who may not read the model', async () => {
    const { owner, modelId } = await modelOf('Base case: lender "view"');
    const file = await owner.client.get(`/api/v1/financial-models/${modelId}/versions/1/export?format=xlsx`);
    expect(file.headers['content-disposition']).toMatch(
      /^attachment; filename="Base-case-lender-view-v1\.xlsx";/,
    );
    const outsider = await signUp(t);
    const url = `/api/v1/financial-models/${modelId}/versions/1/export?format=pdf`;
    expect((await outsider.client.get(url)).status).toBe(404);
    expect((await new TestClient(t.app).get(url)).status).toBe(401);
    expect(
      (await owner.client.get(`/api/v1/financial-models/${modelId}/versions/2/export?format=pdf`)).status,
    ).toBe(404);
    expect(
      (await owner.client.get(`/api/v1/financial-models/${modelId}/versions/1/export?format=docx`)).status,
    ).toBe(400);
  });
});
