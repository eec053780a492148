import { count, schema } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test/client.ts';
import { signUp, TEST_PASSWORD } from '../test/factories.ts';
import { buildTestApp, type TestApp } from '../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function snapshot() {
  const [users] = await t.deps.db.select({ n: count() }).from(schema.users);
  const [orgs] = await t.deps.db.select({ n: count() }).from(schema.organizations);
  const [audit] = await t.deps.db.select({ n: count() }).from(schema.auditLog);
  return { users: Number(users!.n), orgs: Number(orgs!.n), audit: Number(audit!.n) };
}

describe('bad input gets a clear, localised error and changes nothing', () => {
  it('malformed JSON', async () => {
    const before = await snapshot();
    const r = await new TestClient(t.app, { locale: 'fa' }).post(
      '/api/v1/auth/register',
      '{"email": "a@b.c", ',
      { 'content-type': 'application/json' },
    );
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(r.body).toMatchObject({ code: 'request.malformed_json', title: 'بدنهٔ درخواست JSON معتبر نیست.' });
    expect(await snapshot()).toEqual(before);
  });

  it('a body over the limit gets 413 before it is parsed', async () => {
    const before = await snapshot();
    const huge = JSON.stringify({
      email: 'big@example.com',
      password: TEST_PASSWORD,
      name: 'x'.repeat(400_000),
    });
    const r = await new TestClient(t.app, { locale: 'ar' }).post('/api/v1/auth/register', huge, {
      'content-type': 'application/json',
    });
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('request.too_large');
    expect(await snapshot()).toEqual(before);
  });

  it('wrong types, missing fields, invalid e-mail and unknown fields, each with its path', async () => {
    const before = await snapshot();
    const r = await new TestClient(t.app, { locale: 'zh' }).post('/api/v1/auth/register', {
      email: 'not-an-email',
      password: 12345,
      isAdmin: true,
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('validation.failed');
    const byPath = Object.fromEntries(
      r.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
    );
    expect(byPath).toMatchObject({
      email: 'invalid_email',
      password: 'invalid_type',
      name: 'required',
      isAdmin: 'unknown_field',
    });
    expect(r.body.errors.find((e: { path: string }) => e.path === 'email').message).toBe(
      '不是有效的邮箱地址。',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('RTL-override and control characters in names are refused; ZWNJ in Persian is fine', async () => {
    const { client } = await signUp(t, { locale: 'fa' });
    const before = await snapshot();
    for (const name of ['Evil\u202Egpj.exe', 'tab\u0007bell', 'iso\u2066late']) {
      const r = await client.post('/api/v1/organizations', {
        name: { en: name },
        kind: 'company',
        country: 'AE',
      });
      expect(r.status).toBe(400);
      expect(r.body.errors[0]).toMatchObject({ path: 'name.en', code: 'unsafe_characters' });
    }
    const registration = await new TestClient(t.app).post('/api/v1/auth/register', {
      email: 'rlo@example.com',
      password: TEST_PASSWORD,
      name: 'admin\u202Enimda',
    });
    expect(registration.body.errors[0]).toMatchObject({ path: 'name', code: 'unsafe_characters' });
    expect(await snapshot()).toEqual(before);
    const persian = await client.post('/api/v1/organizations', {
      name: { fa: 'شرکت سنگ‌آهن مرکزی' },
      kind: 'company',
      country: 'IR',
      province: 'IR-21',
    });
    expect(persian.status).toBe(201);
  });

  it('empty multilingual text, bad enum values and bad ids', async () => {
    const { client } = await signUp(t);
    const empty = await client.post('/api/v1/organizations', { name: {}, kind: 'company', country: 'AE' });
    expect(empty.body.errors[0]).toMatchObject({ path: 'name', code: 'localized_text_empty' });
    const kind = await client.post('/api/v1/organizations', {
      name: { en: 'X' },
      kind: 'pirate',
      country: 'AE',
    });
    expect(kind.body.errors[0]).toMatchObject({ path: 'kind', code: 'invalid_value' });
    const id = await client.get('/api/v1/organizations/00000000-0000-4000-8000-000000000000/members');
    expect(id.status).toBe(404);
    const badUuid = await client.delete('/api/v1/me/tokens/../../admin');
    expect([400, 404]).toContain(badUuid.status);
  });

  it('unknown API paths answer problem+json 404, not the web page', async () => {
    const r = await new TestClient(t.app, { locale: 'fa' }).get('/api/v1/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ code: 'route.not_found', title: 'یافت نشد.' });
  });

  it('sends security headers', async () => {
    const r = await new TestClient(t.app).get('/api/health');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(r.headers['x-frame-options']).toBeDefined();
  });
});
