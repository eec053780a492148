import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('health and API documentation', () => {
  it('reports the database in use and its state', async () => {
    const r = await new TestClient(t.app).get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: 'ok',
      database: process.env['TEST_DATABASE_URL'] ? 'postgres' : 'pglite',
      databaseState: 'up',
    });
    expect(r.body.migrations.applied).toBeGreaterThanOrEqual(2);
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas, and a docs page', async () => {
    const r = await new TestClient(t.app).get('/api/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/register', '/api/v1/organizations', '/api/health']),
    );
    const register = r.body.paths['/api/v1/auth/register'].post;
    const ref = register.requestBody.content['application/json'].schema.$ref.split('/').at(-1);
    expect(Object.keys(r.body.components.schemas[ref].properties)).toEqual([
      'email',
      'password',
      'name',
      'locale',
    ]);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });
});
