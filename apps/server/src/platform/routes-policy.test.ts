import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test/client.ts';
import { signUp } from '../test/factories.ts';
import { buildTestApp, type TestApp } from '../test/harness.ts';
import { routePolicies } from './policy.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const KNOWN_POLICIES = new Set<string>(Object.values(routePolicies).map((p) => p.name));
const fill = (url: string) =>
  url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000').replace(/\*$/, 'x');
const apiRoutes = () =>
  t.app.routeCatalog
    .flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method]).map((method) => ({ ...r, method })))
    .filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/v1/'));

describe('every route names its policy', () => {
  it('has a known policy on every registered route (API, docs and assets)', () => {
    expect(t.app.routeCatalog.length).toBeGreaterThan(30);
    const missing = t.app.routeCatalog.filter((r) => !r.policy || !KNOWN_POLICIES.has(r.policy.name));
    expect(missing.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('answers 401 to an anonymous caller on every route that needs a user', async () => {
    const guarded = apiRoutes().filter((r) => r.policy!.name !== 'public');
    expect(guarded.length).toBeGreaterThan(20);
    for (const route of guarded) {
      const response = await new TestClient(t.app).request(
        route.method as 'GET',
        fill(route.url),
        route.method === 'GET' ? undefined : {},
      );
      expect({ route: `${route.method} ${route.url}`, status: response.status }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
      });
    }
  });

  it('answers 403 to a signed-in user, and lets an admin through, on every admin route', async () => {
    const { client } = await signUp(t);
    const admin = await signUp(t, { platformRoles: ['admin'] });
    const officer = await signUp(t, { platformRoles: ['agency-officer'] });
    const adminRoutes = apiRoutes().filter((r) => r.policy!.name === 'platformAdmin');
    expect(adminRoutes.length).toBeGreaterThanOrEqual(5);
    for (const route of adminRoutes) {
      const body = route.method === 'GET' ? undefined : { platformRoles: [] };
      for (const who of [client, officer.client]) {
        expect([route.url, (await who.request(route.method as 'GET', fill(route.url), body)).status]).toEqual(
          [route.url, 403],
        );
      }
      const asAdmin = await admin.client.request(route.method as 'GET', fill(route.url), body);
      expect([route.url, asAdmin.status === 401 || asAdmin.status === 403]).toEqual([route.url, false]);
    }
  });

  it('lets platform admins grant the agency-officer role, audited', async () => {
    const admin = await signUp(t, { platformRoles: ['admin'] });
    const { userId, client } = await signUp(t);
    const granted = await admin.client.put(`/api/v1/admin/users/${userId}/roles`, {
      platformRoles: ['agency-officer'],
    });
    expect(granted.body.platformRoles).toEqual(['agency-officer']);
    expect((await client.get('/api/v1/me')).body.user.platformRoles).toEqual(['agency-officer']);
    const audit = await admin.client.get('/api/v1/admin/audit');
    expect(
      audit.body.items.some(
        (e: { action: string; subjectId: string }) =>
          e.action === 'user.platform_roles_set' && e.subjectId === userId,
      ),
    ).toBe(true);
    expect((await admin.client.get('/api/v1/admin/audit/verify')).body.ok).toBe(true);
  });
});
