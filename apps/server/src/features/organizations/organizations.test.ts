import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { createOrganization, signUp } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('organisations', () => {
  it('creates an organisation with a URL-safe slug; the creator is its owner', async () => {
    const { client } = await signUp(t);
    const created = await client.post('/api/v1/organizations', {
      name: { fa: 'شرکت معدنی مس کرمان', en: 'Kerman Copper Mining Co.' },
      kind: 'company',
      country: 'ir',
      province: 'ir-08',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: 'kerman-copper-mining-co',
      country: 'IR',
      province: 'IR-08',
      myRole: 'owner',
      memberCount: 1,
    });
    const bySlug = await new TestClient(t.app).get('/api/v1/organizations/kerman-copper-mining-co');
    const byId = await new TestClient(t.app).get(`/api/v1/organizations/${created.body.id}`);
    expect(bySlug.body.id).toBe(created.body.id);
    expect(byId.body.slug).toBe(created.body.slug);
    expect(bySlug.body.myRole).toBeNull();

    const twin = await client.post('/api/v1/organizations', {
      name: { en: 'Kerman Copper Mining Co.' },
      kind: 'company',
      country: 'IR',
      province: 'IR-08',
    });
    expect(twin.body.slug).toMatch(/^kerman-copper-mining-co-[0-9a-f]+$/);
    const persianOnly = await client.post('/api/v1/organizations', {
      name: { fa: 'انجمن سنگ آهن' },
      kind: 'association',
      country: 'IR',
      province: 'IR-23',
    });
    expect(persianOnly.body.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('requires a province of the same country for Iran and China, and none elsewhere', async () => {
    const { client } = await signUp(t, { locale: 'fa' });
    const missing = await client.post('/api/v1/organizations', {
      name: { en: 'A' },
      kind: 'company',
      country: 'CN',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      { path: 'province', code: 'province_required', message: 'برای این کشور یک استان انتخاب کنید.' },
    ]);
    const wrong = await client.post('/api/v1/organizations', {
      name: { en: 'A' },
      kind: 'company',
      country: 'CN',
      province: 'IR-08',
    });
    expect(wrong.body.errors[0].code).toBe('province_mismatch');
    const china = await client.post('/api/v1/organizations', {
      name: { zh: '云南铜业' },
      kind: 'investor',
      country: 'CN',
      province: 'CN-YN',
    });
    expect(china.status).toBe(201);
    const unknownCountry = await client.post('/api/v1/organizations', {
      name: { en: 'A' },
      kind: 'company',
      country: 'XX',
    });
    expect(unknownCountry.body.errors[0].code).toBe('country_unknown');
  });

  it('finds organisations however the name was typed', async () => {
    const { client } = await signUp(t);
    await createOrganization(client, { name: { fa: 'سازمان توسعه معادن كرمان' }, kind: 'agency' });
    await createOrganization(client, {
      name: { zh: '中国有色金属工业协会' },
      kind: 'association',
      country: 'CN',
      province: 'CN-BJ',
    });
    const search = async (q: string) =>
      (await new TestClient(t.app).get(`/api/v1/organizations?q=${encodeURIComponent(q)}`)).body.items.map(
        (o: { name: Record<string, string> }) => o.name.fa ?? o.name.zh,
      );
    expect(await search('کرمان')).toContain('سازمان توسعه معادن كرمان');
    expect(await search('معادن كرمان')).toContain('سازمان توسعه معادن كرمان');
    expect(await search('有色金属')).toContain('中国有色金属工业协会');
    // A misspelt name is corrected against the known words; the anonymous page was cached before
    // the organisation existed and must not be served after.
    const names = async (q: string) =>
      (await new TestClient(t.app).get(`/api/v1/organizations?q=${encodeURIComponent(q)}`)).body.items.map(
        (o: { name: Record<string, string> }) => o.name.en,
      );
    expect(await names('Sepahn Steel')).toEqual([]);
    await createOrganization(client, { name: { en: 'Sepahan Steel Works' } });
    expect(await names('Sepahn Steel')).toEqual(['Sepahan Steel Works']);
    const byKind = await new TestClient(t.app).get('/api/v1/organizations?kind=association&country=CN');
    expect(
      byKind.body.items.every(
        (o: { kind: string; country: string }) => o.kind === 'association' && o.country === 'CN',
      ),
    ).toBe(true);
  });

  it('paginates with a cursor without repeating or skipping', async () => {
    const { client } = await signUp(t);
    for (let i = 0; i < 5; i++) await createOrganization(client, { kind: 'park-operator' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } =
        await new TestClient(t.app).get(
          `/api/v1/organizations?kind=park-operator&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
      seen.push(...page.body.items.map((o) => o.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('members and invitations', () => {
  it('invites by e-mail, the invitee accepts, roles change, members leave, and the last owner stays', async () => {
    const owner = await signUp(t, { locale: 'zh' });
    const org = await createOrganization(owner.client);
    const invitee = await signUp(t);
    const outsider = await signUp(t);

    const invited = await owner.client.post(`/api/v1/organizations/${org.id}/invitations`, {
      email: invitee.email,
      role: 'member',
    });
    expect(invited.status).toBe(201);
    expect(
      (
        await outsider.client.post(`/api/v1/organizations/${org.id}/invitations`, {
          email: 'x@example.com',
          role: 'owner',
        })
      ).status,
    ).toBe(403);
    expect((await outsider.client.get(`/api/v1/organizations/${org.id}/members`)).status).toBe(403);

    const mine = await invitee.client.get('/api/v1/me/invitations');
    expect(mine.body.items).toHaveLength(1);
    expect((await outsider.client.post(`/api/v1/me/invitations/${invited.body.id}/accept`)).status).toBe(404);
    expect((await invitee.client.post(`/api/v1/me/invitations/${invited.body.id}/accept`)).status).toBe(204);

    const members = await invitee.client.get(`/api/v1/organizations/${org.id}/members`);
    expect(members.body.items.map((m: { role: string }) => m.role).sort()).toEqual(['member', 'owner']);
    // A member may not manage others.
    expect(
      (
        await invitee.client.patch(`/api/v1/organizations/${org.id}/members/${owner.userId}`, {
          role: 'member',
        })
      ).status,
    ).toBe(403);

    const lastOwner = await owner.client.delete(`/api/v1/organizations/${org.id}/members/${owner.userId}`);
    expect(lastOwner.status).toBe(409);
    expect(lastOwner.body).toMatchObject({
      code: 'organization.last_owner',
      title: '组织至少需要一名所有者。请先将其他成员设为所有者。',
    });

    expect(
      (
        await owner.client.patch(`/api/v1/organizations/${org.id}/members/${invitee.userId}`, {
          role: 'owner',
        })
      ).status,
    ).toBe(204);
    expect(
      (await owner.client.delete(`/api/v1/organizations/${org.id}/members/${owner.userId}`)).status,
    ).toBe(204);
    const after = await invitee.client.get(`/api/v1/organizations/${org.id}/members`);
    expect(after.body.items).toHaveLength(1);
    expect((await owner.client.get(`/api/v1/organizations/${org.id}/members`)).status).toBe(403);
  });

  it('lets a platform admin see members of any organisation, and an owner edit the profile', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client);
    const admin = await signUp(t, { platformRoles: ['admin'] });
    expect((await admin.client.get(`/api/v1/organizations/${org.id}/members`)).status).toBe(200);
    const edited = await owner.client.patch(`/api/v1/organizations/${org.id}`, {
      description: { ar: 'شركة تعدين' },
    });
    expect(edited.body.description).toEqual({ ar: 'شركة تعدين' });
    const stranger = await signUp(t);
    expect(
      (await stranger.client.patch(`/api/v1/organizations/${org.id}`, { description: { en: 'hijack' } }))
        .status,
    ).toBe(403);
  });
});
