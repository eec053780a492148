import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import {
  insertOrganization,
  listOrganizations,
  type OrganizationFilter,
} from './organizations.repository.ts';

let t: TestApp;
/** Names newest first: organisation i was created i minutes before the newest. */
const names: string[] = [];
/** Every 2nd is a mining company, every 7th a cement company; some are both, one is neither. */
const nameOf = (i: number) =>
  [i % 2 === 0 ? 'mining' : '', i % 7 === 0 ? 'cement' : '', `company${i}`].filter(Boolean).join(' ');

beforeAll(async () => {
  t = await buildTestApp();
  const newest = Date.UTC(2026, 0, 1);
  for (let i = 0; i < 60; i++) {
    names.push(nameOf(i));
    await insertOrganization(t.deps.db, {
      slug: `search-window-${i}`,
      name: { en: nameOf(i) },
      description: {},
      kind: i % 3 === 0 ? 'investor' : 'company',
      country: 'IR',
      province: 'IR-08',
      searchText: nameOf(i),
      // Two share each minute, so the id breaks ties in the order.
      now: new Date(newest - Math.floor(i / 2) * 60_000),
    });
  }
});
afterAll(() => t.close());

/** Every page of a search, followed by its cursor, as names. */
async function allPages(filter: Omit<OrganizationFilter, 'after'>, window: number) {
  const seen: string[] = [];
  let after: OrganizationFilter['after'] = null;
  for (;;) {
    const page = await listOrganizations(t.deps.db, { ...filter, after }, null, window);
    seen.push(...page.items.map((o) => o.name.en!));
    if (!page.hasMore) return seen;
    const last = page.items.at(-1)!;
    after = { createdAt: last.createdAt.toISOString(), id: last.id };
  }
}

describe('organisation text search: newest window, then the index', () => {
  it('gives the same pages whether the page is found among the newest or through the index', async () => {
    const all = await allPages({ searchText: null, limit: 100 }, 3000);
    expect(all).toHaveLength(60);
    for (const [text, word] of [
      ['mining', 'mining'],
      ['cement', 'cement'],
      ['mining cement', null],
      ['company59', 'company59'],
      ['nothing', 'nothing'],
    ] as const) {
      const expected = all.filter((name) =>
        word ? name.split(' ').includes(word) : name.includes('mining') && name.includes('cement'),
      );
      // Windows smaller than a page, about a page, and past the whole table; pages of 1, 4 and 10.
      for (const window of [1, 5, 12, 3000])
        for (const limit of [1, 4, 10])
          expect(
            await allPages({ searchText: text, limit }, window),
            `${text}, window ${window}, page ${limit}`,
          ).toEqual(expected);
    }
  });

  it('keeps the other filters in both ways', async () => {
    const investors = (await allPages({ searchText: null, kind: 'investor', limit: 100 }, 3000)).filter((n) =>
      n.includes('mining'),
    );
    expect(investors.length).toBeGreaterThan(3);
    for (const window of [2, 3000])
      expect(await allPages({ searchText: 'mining', kind: 'investor', limit: 3 }, window)).toEqual(investors);
  });
});
