import { rowsOf, sql } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { createOrganization, signUp } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
const anonymous = () => new TestClient(t.app);
const ids: Record<string, string> = {};

/** The bank every search below runs against: published by an officer, plus one draft. */
beforeAll(async () => {
  t = await buildTestApp();
  const officer = await signUp(t, { platformRoles: ['agency-officer', 'admin'] });
  const organization = await createOrganization(officer.client);
  const rate = await officer.client.post('/api/v1/admin/exchange-rates', {
    currency: 'CNY',
    usdPerUnit: '0.14',
    validFrom: '2026-01-01',
  });
  if (rate.status !== 201) throw new Error(rate.text);
  const publish = async (key: string, body: Record<string, unknown>, shouldPublish = true) => {
    const created = await officer.client.post('/api/v1/opportunities', {
      organizationId: organization.id,
      province: 'IR-08',
      kind: 'mining',
      ...body,
    });
    if (created.status !== 201) throw new Error(created.text);
    ids[key] = created.body.id;
    if (shouldPublish) await officer.client.post(`/api/v1/opportunities/${created.body.id}/publish`, {});
  };
  await publish('kermanCopper', {
    title: { fa: 'معدن مس کرمان' },
    summary: { fa: 'طرح پیش‌امکان‌سنجی فاز ۲ کارخانهٔ فرآوری' },
    isic: ['0729'],
    commodities: ['copper'],
    investmentTypes: ['equity'],
    stage: 'pre-feasibility',
    requiredInvestment: { amount: '700000000', currency: 'CNY' },
  });
  await publish('sarcheshmeh', {
    title: { en: 'Sarcheshmeh copper complex expansion', zh: '萨尔切什梅铜矿开采项目' },
    isic: ['0729'],
    commodities: ['copper'],
    investmentTypes: ['joint-venture', 'offtake'],
    stage: 'operating',
    requiredInvestment: { amount: '50000000', currency: 'USD' },
  });
  await publish('yazdIron', {
    title: { fa: 'کنسانتره سنگ آهن یزد' },
    province: 'IR-21',
    isic: ['0710'],
    commodities: ['iron_ore'],
    investmentTypes: ['loan'],
    stage: 'licensed',
  });
  await publish('park', {
    title: { fa: 'زمین صنعتی در شهرک صنعتی', en: 'Industrial plot' },
    kind: 'industrial-park',
    province: 'IR-21',
    isic: ['2410'],
    investmentTypes: ['land-allocation'],
    requiredInvestment: { amount: '2000000', currency: 'USD' },
  });
  await publish('draft', { title: { fa: 'طرح مس پیش‌نویس' }, commodities: ['copper'] }, false);
});
afterAll(() => t.close());

async function find(query: string): Promise<string[]> {
  const response = await anonymous().get(`/api/v1/opportunities?${query}`);
  expect(response.status, response.text).toBe(200);
  return response.body.items.map((item: { id: string }) => item.id);
}
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('finding opportunities however the words were typed', () => {
  it('matches Persian typed with Arabic kaf and yeh', async () => {
    // Both copper mines are in Kerman (the province and commodity names are searched too).
    expect(await find(q('معدن مس كرمان'))).toEqual(
      expect.arrayContaining([ids.kermanCopper, ids.sarcheshmeh]),
    );
    expect(await find(q('كارخانهٔ فرآوري'))).toEqual([ids.kermanCopper]);
    expect(await find(q('سنگ آهن يزد'))).toEqual([ids.yazdIron]);
  });

  it('ignores ZWNJ, diacritics and the kind of digits', async () => {
    expect(await find(q('پیشامکانسنجی'))).toContain(ids.kermanCopper);
    expect(await find(q('پیش امکان سنجی'))).toContain(ids.kermanCopper);
    expect(await find(q('مَعدن مِس'))).toContain(ids.kermanCopper);
    for (const digits of ['فاز 2', 'فاز ۲', 'فاز ٢'])
      expect(await find(q(digits))).toEqual([ids.kermanCopper]);
  });

  it('finds Chinese with or without spaces', async () => {
    for (const text of ['铜矿开采', '铜矿 开采', '开采'])
      expect(await find(q(text))).toContain(ids.sarcheshmeh);
  });

  it('forgives a small typo in a proper name, and says what it searched for instead', async () => {
    expect(await find(q('Sarchesmeh'))).toEqual([ids.sarcheshmeh]);
    const response = await anonymous().get(`/api/v1/opportunities?${q('Sarchesmeh copper')}`);
    expect(response.body.correctedQuery).toBe('sarcheshmeh copper');
    const exact = await anonymous().get(`/api/v1/opportunities?${q('Sarcheshmeh')}`);
    expect(exact.body.correctedQuery).toBeNull();
    // Persian too: ط typed for ت.
    expect(await find(q('کنسانطره'))).toEqual([ids.yazdIron]);
  });

  it('never corrects towards a word that only a draft contains', async () => {
    // "پیشنویس" (draft) is a word of the draft alone: a near miss must not reveal it.
    const response = await anonymous().get(`/api/v1/opportunities?${q('پیشنوییس')}`);
    expect(response.body).toMatchObject({ items: [], total: 0, correctedQuery: null });
    const known = await t.deps.db.execute(sql`select word from search_words where word = 'پیشنویس'`);
    expect(rowsOf(known)).toEqual([]);
  });

  it('finds across languages through commodity and province names', async () => {
    // 铜 is copper: the Persian-only Kerman mine is found by a Chinese reader.
    expect(await find(q('铜'))).toEqual(expect.arrayContaining([ids.kermanCopper, ids.sarcheshmeh]));
    expect(await find(q('Kerman copper'))).toContain(ids.kermanCopper);
  });

  it('never shows drafts', async () => {
    expect(await find(q('پیش‌نویس'))).toEqual([]);
    expect(await find('')).not.toContain(ids.draft);
  });
});

describe('filters and facets', () => {
  it('counts facets over the whole result', async () => {
    const response = await anonymous().get('/api/v1/opportunities?limit=1');
    expect(response.body.total).toBe(4);
    expect(response.body.items).toHaveLength(1);
    expect(response.body.facets.kind).toEqual([
      { value: 'mining', count: 3 },
      { value: 'industrial-park', count: 1 },
    ]);
    expect(response.body.facets.province).toEqual([
      { value: 'IR-08', count: 2 },
      { value: 'IR-21', count: 2 },
    ]);
    expect(response.body.facets.isicSection).toEqual([
      { value: 'B', count: 3 },
      { value: 'C', count: 1 },
    ]);
    expect(response.body.facets.commodity).toContainEqual({ value: 'copper', count: 2 });
  });

  it('filters by ISIC at any level, commodity, investment type, stage and province', async () => {
    expect(await find('isic=B')).toHaveLength(3);
    expect(await find('isic=07&province=IR-21')).toEqual([ids.yazdIron]);
    expect(await find('isic=0729&sort=newest')).toHaveLength(2);
    expect(await find('commodity=iron_ore')).toEqual([ids.yazdIron]);
    expect(await find('investmentType=offtake,loan&sort=newest')).toHaveLength(2);
    expect(await find('stage=operating')).toEqual([ids.sarcheshmeh]);
    expect(await find('kind=industrial-park&kind=mining')).toHaveLength(4);
  });

  it('compares required investment in any currency through the rate table', async () => {
    // 700,000,000 CNY × 0.14 = 98,000,000 USD.
    const detail = await anonymous().get(`/api/v1/opportunities/${ids.kermanCopper}`);
    expect(detail.body.requiredInvestmentUsd).toBe('98000000');
    expect(await find('minInvestment=60000000&sort=investment-desc')).toEqual([ids.kermanCopper]);
    expect(
      await find(`minInvestment=${encodeURIComponent('۳۰۰٬۰۰۰٬۰۰۰')}&currency=CNY&sort=investment-asc`),
    ).toEqual([ids.sarcheshmeh, ids.kermanCopper]);
    const unknown = await anonymous().get('/api/v1/opportunities?minInvestment=1&currency=AED');
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('opportunity.no_rate');
  });

  it('pages with an opaque cursor', async () => {
    const first = await anonymous().get('/api/v1/opportunities?limit=3&sort=newest');
    const second = await anonymous().get(
      `/api/v1/opportunities?limit=3&sort=newest&cursor=${first.body.nextCursor}`,
    );
    expect(first.body.items).toHaveLength(3);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const all = [...first.body.items, ...second.body.items].map((i: { id: string }) => i.id);
    expect(new Set(all).size).toBe(4);
  });

  it('refuses bad filter values with a clear error', async () => {
    for (const bad of [
      'kind=volcano',
      'stage=dream',
      'province=Tehran',
      'minInvestment=lots',
      'limit=1000',
    ]) {
      const response = await anonymous().get(`/api/v1/opportunities?${bad}`);
      expect(response.status, bad).toBe(400);
    }
  });
});

describe('the map and province pages', () => {
  it('counts by province and breaks a province down by kind, sector and money', async () => {
    const counts = await anonymous().get('/api/v1/opportunities/stats/provinces?country=IR');
    expect(counts.body.items).toEqual([
      { province: 'IR-08', count: 2, totalUsd: '148000000' },
      { province: 'IR-21', count: 2, totalUsd: '2000000' },
    ]);
    // With the filters of the search, as the map shows them.
    const parks = await anonymous().get(
      '/api/v1/opportunities/stats/provinces?country=IR&kind=industrial-park',
    );
    expect(parks.body.items).toEqual([{ province: 'IR-21', count: 1, totalUsd: '2000000' }]);
    const copper = await anonymous().get(`/api/v1/opportunities/stats/provinces?${q('مس')}`);
    expect(copper.body.items).toEqual([{ province: 'IR-08', count: 2, totalUsd: '148000000' }]);
    const yazd = await anonymous().get('/api/v1/opportunities/stats/provinces/IR-21');
    expect(yazd.body).toMatchObject({
      count: 2,
      byKind: [
        { value: 'industrial-park', count: 1 },
        { value: 'mining', count: 1 },
      ],
      totalUsd: '2000000',
      totalsByCurrency: [{ currency: 'USD', amount: '2000000', count: 1 }],
      withoutAmount: 1,
    });
  });
});

describe('cached results', () => {
  it('are never served after the bank changed, by publishing or by closing', async () => {
    const total = async () => (await anonymous().get(`/api/v1/opportunities?${q('copper')}`)).body.total;
    const before = await total();
    expect(await total()).toBe(before);
    const officer = await signUp(t, { platformRoles: ['agency-officer'] });
    const organization = await createOrganization(officer.client);
    const created = await officer.client.post('/api/v1/opportunities', {
      organizationId: organization.id,
      province: 'IR-08',
      kind: 'mining',
      title: { en: 'Another copper prospect' },
    });
    expect(created.status, created.text).toBe(201);
    expect(await total()).toBe(before);
    const published = await officer.client.post(`/api/v1/opportunities/${created.body.id}/publish`, {});
    expect(published.status, published.text).toBe(200);
    expect(await total()).toBe(before + 1);
    const closed = await officer.client.post(`/api/v1/opportunities/${created.body.id}/close`, {
      comment: 'test over',
    });
    expect(closed.status, closed.text).toBe(200);
    expect(await total()).toBe(before);
  });
});
