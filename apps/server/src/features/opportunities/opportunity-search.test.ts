import { rowsOf, sql } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { createOrganization, signUp } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import { whenImportsIdle } from './opportunity-import.service.ts';
import * as search from './opportunity-search.repository.ts';

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

/** Every facet value of one published opportunity, as the search counts them. */
type BankRow = {
  kind: string;
  province: string;
  country: string;
  stage: string | null;
  investment_types: string[];
  commodities: string[];
  isic_paths: string[];
};
const facetValuesOf = (r: BankRow): Array<[string, string]> => [
  ['kind', r.kind],
  ['province', r.province],
  ['country', r.country],
  ...(r.stage ? [['stage', r.stage] as [string, string]] : []),
  ...r.investment_types.map((v): [string, string] => ['investmentType', v]),
  ...r.commodities.map((v): [string, string] => ['commodity', v]),
  ...r.isic_paths.filter((v) => /^[A-Z]$/.test(v)).map((v): [string, string] => ['isicSection', v]),
];

/** The counts as a fresh GROUP BY would give them, computed here from the rows themselves. */
async function freshCounts(): Promise<Record<string, number>> {
  const rows = rowsOf<BankRow>(
    await t.deps.db.execute(sql`
      select kind, province, country, stage, investment_types, commodities, isic_paths
      from opportunities where status = 'published'`),
  );
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const values = facetValuesOf(row);
    for (const [filterFacet, filterValue] of [['', ''] as [string, string], ...values])
      for (const [facet, value] of values) {
        const key = [filterFacet, filterValue, facet, value].join('|');
        counts[key] = (counts[key] ?? 0) + 1;
      }
  }
  return counts;
}

async function maintainedCounts(): Promise<Record<string, number>> {
  const rows = rowsOf<{ key: string; count: number }>(
    await t.deps.db.execute(sql`
      select concat_ws('|', filter_facet, filter_value, facet, value) as key, sum(count)::int as count
      from opportunity_facet_counts group by 1 having sum(count) <> 0`),
  );
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.count)]));
}

const expectCountsFresh = async () => {
  const fresh = await freshCounts();
  expect(Object.keys(fresh).length).toBeGreaterThan(0);
  expect(await maintainedCounts()).toEqual(fresh);
};

describe('facet counts kept by triggers', () => {
  let officer: Awaited<ReturnType<typeof signUp>>;
  let organizationId: string;
  beforeAll(async () => {
    officer = await signUp(t, { platformRoles: ['agency-officer'] });
    organizationId = (await createOrganization(officer.client)).id;
  });
  const create = async (body: Record<string, unknown>) => {
    const created = await officer.client.post('/api/v1/opportunities', {
      organizationId,
      province: 'IR-10',
      kind: 'processing',
      title: { en: 'Counted plant' },
      ...body,
    });
    expect(created.status, created.text).toBe(201);
    return created.body.id as string;
  };

  it('equal a fresh count after publishing, closing, changing the kind and deleting', async () => {
    await expectCountsFresh();
    const a = await create({ commodities: ['copper', 'zinc'], isic: ['2420'], stage: 'feasibility' });
    const b = await create({ investmentTypes: ['equity', 'loan'], kind: 'energy' });
    // Drafts are not counted.
    await expectCountsFresh();
    for (const id of [a, b]) await officer.client.post(`/api/v1/opportunities/${id}/publish`, {});
    await expectCountsFresh();
    // A kind (and province) change of a published opportunity moves its counts.
    await t.deps.db.execute(
      sql`update opportunities set kind = 'mining', province = 'IR-08' where id = ${a}`,
    );
    await expectCountsFresh();
    // Edits that change no counted column change no count.
    const before = await maintainedCounts();
    await t.deps.db.execute(sql`update opportunities set required_usd = 1 where id = ${b}`);
    expect(await maintainedCounts()).toEqual(before);
    const closed = await officer.client.post(`/api/v1/opportunities/${b}/close`, { comment: 'done' });
    expect(closed.status, closed.text).toBe(200);
    await expectCountsFresh();
    await t.deps.db.execute(sql`delete from opportunity_events where opportunity_id = ${a}`);
    await t.deps.db.execute(sql`delete from opportunities where id = ${a}`);
    await expectCountsFresh();
  });

  it('equal a fresh count after an import that publishes and then updates its rows', async () => {
    const importCsv = async (csv: string) => {
      const started = await officer.client.upload(
        '/api/v1/opportunities/imports',
        { organizationId },
        { name: 'bank.csv', content: csv },
      );
      expect(started.status, started.text).toBe(202);
      await whenImportsIdle(t.deps);
      const applied = await officer.client.post(`/api/v1/opportunities/imports/${started.body.id}/apply`, {
        mode: 'all-or-nothing',
        publish: true,
      });
      expect(applied.status, applied.text).toBe(202);
      await whenImportsIdle(t.deps);
    };
    const header = 'external_id,kind,title_en,province,isic,commodities,investment_types,stage';
    await importCsv(
      [
        header,
        'CNT-1,mining,Counted mine,IR-08,0729,copper,equity,feasibility',
        'CNT-2,energy,Counted plant,IR-21,3510,,"loan, equity",',
      ].join('\n'),
    );
    await expectCountsFresh();
    // The same references again: an update of both rows (new kind, province, commodity).
    await importCsv(
      [
        header,
        'CNT-1,processing,Counted mine,IR-10,2410,iron_ore,equity,licensed',
        'CNT-2,energy,Counted plant,IR-08,3510,,loan,',
      ].join('\n'),
    );
    await expectCountsFresh();
  });

  it('answer the landing page and one-value filters exactly as counting the results does', async () => {
    const filters: search.SearchFilter[] = [
      { searchText: null },
      { searchText: null, kinds: ['mining'] },
      { searchText: null, provinces: ['IR-08'] },
      { searchText: null, countries: ['IR'] },
      { searchText: null, isic: ['B'] },
      { searchText: null, commodities: ['copper'] },
      { searchText: null, investmentTypes: ['equity'] },
      { searchText: null, stages: ['licensed'] },
    ];
    for (const filter of filters) {
      const maintained = search.maintainedFilterOf(filter);
      expect(maintained, JSON.stringify(filter)).not.toBeNull();
      const counted = await search.searchInOnePass(t.deps.db, filter, {
        sort: 'newest',
        offset: 0,
        limit: 1,
      });
      expect(await search.readFacetCounts(t.deps.db, maintained!), JSON.stringify(filter)).toEqual({
        total: counted.total,
        facets: counted.facets,
      });
    }
    // Two values, text, amounts or an ISIC division are counted over the results.
    for (const filter of [
      { searchText: null, kinds: ['mining', 'energy'] },
      { searchText: null, kinds: ['mining'], provinces: ['IR-08'] },
      { searchText: 'copper' },
      { searchText: null, minUsd: '1' },
      { searchText: null, isic: ['07'] },
    ])
      expect(search.maintainedFilterOf(filter), JSON.stringify(filter)).toBeNull();
    const landing = await anonymous().get('/api/v1/opportunities?limit=1');
    const all = rowsOf<{ n: number }>(
      await t.deps.db.execute(sql`select count(*)::int as n from opportunities where status = 'published'`),
    );
    expect(landing.body).toMatchObject({ total: all[0]!.n, isCapped: false });
  });
});

describe('facet filters through facet_tokens', () => {
  it('find exactly what the columns say, for any mix of facets and values', async () => {
    const cases: Array<[search.SearchFilter, ReturnType<typeof sql>]> = [
      [{ searchText: null, kinds: ['mining', 'energy'] }, sql`kind in ('mining', 'energy')`],
      [
        { searchText: null, kinds: ['mining', 'processing'], provinces: ['IR-08', 'IR-10'] },
        sql`kind in ('mining', 'processing') and province in ('IR-08', 'IR-10')`,
      ],
      [
        { searchText: null, isic: ['07'], investmentTypes: ['equity'] },
        sql`'07' = any(isic_paths) and 'equity' = any(investment_types)`,
      ],
      [
        { searchText: null, commodities: ['copper', 'iron_ore'], stages: ['licensed'] },
        sql`commodities && array['copper', 'iron_ore'] and stage = 'licensed'`,
      ],
      [{ searchText: null, countries: ['IR'], isic: ['C'] }, sql`country = 'IR' and 'C' = any(isic_paths)`],
    ];
    for (const [filter, columns] of cases) {
      const expected = rowsOf<{ id: string }>(
        await t.deps.db.execute(
          sql`select id from opportunities where status = 'published' and ${columns} order by published_at desc, id desc`,
        ),
      ).map((r) => r.id);
      const found = await search.searchInOnePass(t.deps.db, filter, { sort: 'newest', offset: 0, limit: 50 });
      expect(found.ids, JSON.stringify(filter)).toEqual(expected);
      expect(found.total, JSON.stringify(filter)).toBe(expected.length);
    }
    // Not a test that cannot fail: at least one case finds something.
    const some = await search.searchInOnePass(
      t.deps.db,
      { searchText: null, kinds: ['mining', 'energy'] },
      { sort: 'newest', offset: 0, limit: 50 },
    );
    expect(some.total).toBeGreaterThan(0);
  });
});

describe('counting stops at a cap', () => {
  it('says so: more than `total` matched, and the facets cover the results counted', async () => {
    const capped = await search.searchInOnePass(
      t.deps.db,
      { searchText: null },
      { sort: 'newest', offset: 0, limit: 20 },
      2,
    );
    expect(capped).toMatchObject({ total: 2, isCapped: true, ids: null });
    expect(capped.facets.kind.reduce((sum, f) => sum + f.count, 0)).toBe(2);
    const ranked = await search.searchInOnePass(
      t.deps.db,
      { searchText: 'copper' },
      { sort: 'relevance', offset: 0, limit: 1 },
      1,
    );
    expect(ranked).toMatchObject({ total: 1, isCapped: true });
    // Relevance ranks only the results counted: one, and no page after it.
    expect(ranked.ids).toHaveLength(1);
    const exact = await search.searchInOnePass(
      t.deps.db,
      { searchText: null, kinds: ['industrial-park'] },
      { sort: 'newest', offset: 0, limit: 20 },
    );
    expect(exact).toMatchObject({ total: 1, isCapped: false, ids: [ids.park] });
  });
});
