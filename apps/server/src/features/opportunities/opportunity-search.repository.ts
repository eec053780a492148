import { and, type Database, desc, eq, inArray, rowsOf, type SQL, schema, sql } from '@karvan/db';
import type { OpportunityKind } from '@karvan/domain/opportunity';
import { type SummaryRow, selectSummaries, textMatches, toSummary } from './opportunities.repository.ts';
import type { TOpportunitySummary } from './opportunities.schemas.ts';

const op = schema.opportunities;

/** A public search, with codes already checked and amounts already converted to US dollars. */
export interface SearchFilter {
  searchText: string | null;
  kinds?: string[] | undefined;
  provinces?: string[] | undefined;
  countries?: string[] | undefined;
  /** ISIC codes at any level: matched against each opportunity's codes and their ancestors. */
  isic?: string[] | undefined;
  commodities?: string[] | undefined;
  investmentTypes?: string[] | undefined;
  stages?: string[] | undefined;
  minUsd?: string | undefined;
  maxUsd?: string | undefined;
}

export type SearchSort = 'relevance' | 'newest' | 'investment-desc' | 'investment-asc';

/**
 * Each facet: its name in answers and in `opportunity_facet_counts`, the filter that selects it,
 * and the prefix of its tokens in `facet_tokens` (migration 0012). ISIC filters match any level;
 * the facet counts sections only.
 */
const FACETS = [
  { facet: 'kind', key: 'kinds', token: 'kind' },
  { facet: 'province', key: 'provinces', token: 'province' },
  { facet: 'country', key: 'countries', token: 'country' },
  { facet: 'stage', key: 'stages', token: 'stage' },
  { facet: 'isicSection', key: 'isic', token: 'isic' },
  { facet: 'commodity', key: 'commodities', token: 'commodity' },
  { facet: 'investmentType', key: 'investmentTypes', token: 'investmentType' },
] as const satisfies ReadonlyArray<{ facet: FacetName; key: keyof SearchFilter; token: string }>;

const facetOfToken = new Map<string, FacetName>(FACETS.map((f) => [f.token, f.facet]));

/** The facets the filter selects, each with its values. */
const givenFacets = (filter: SearchFilter) =>
  FACETS.map((f) => ({ ...f, values: filter[f.key] as string[] | undefined })).filter(
    (f): f is typeof f & { values: string[] } => Boolean(f.values?.length),
  );

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/**
 * The facet filters as tests of `facet_tokens`, which one GIN index answers together: the facets
 * given one value each must all be there (`@>`), a facet given several needs any of them (`&&`).
 */
function facetConditions(filter: SearchFilter): SQL[] {
  const required: string[] = [];
  const conditions: SQL[] = [];
  for (const { token, values } of givenFacets(filter)) {
    const tokens = values.map((v) => `${token}:${v}`);
    if (tokens.length === 1) required.push(tokens[0]!);
    else conditions.push(sql`${op}.facet_tokens && ${textArray(tokens)}`);
  }
  if (required.length) conditions.unshift(sql`${op}.facet_tokens @> ${textArray(required)}`);
  return conditions;
}

/** Only published opportunities are ever searched: this is the public bank. */
export function searchConditions(filter: SearchFilter): SQL {
  const conditions: SQL[] = [eq(op.status, 'published'), ...facetConditions(filter)];
  if (filter.searchText) conditions.push(textMatches(filter.searchText));
  if (filter.minUsd) conditions.push(sql`${op.requiredUsd} >= ${filter.minUsd}::numeric`);
  if (filter.maxUsd) conditions.push(sql`${op.requiredUsd} <= ${filter.maxUsd}::numeric`);
  return and(...conditions)!;
}

/** The page order over the table's columns (the indexed sorts of the public bank). */
function orderOf(sort: SearchSort, filter: SearchFilter): SQL[] {
  const { searchText } = filter;
  switch (sort) {
    case 'investment-desc':
      return [sql`${op.requiredUsd} desc nulls last`, desc(op.id)];
    case 'investment-asc':
      return [sql`${op.requiredUsd} asc nulls last`, desc(op.id)];
    case 'relevance':
      if (searchText) return [sql`${rankOf(searchText)} desc`, desc(op.publishedAt), desc(op.id)];
      return [desc(op.publishedAt), desc(op.id)];
    default:
      return [desc(op.publishedAt), desc(op.id)];
  }
}

const rankOf = (searchText: string) =>
  sql`ts_rank(${op}.search_vector, plainto_tsquery('simple', ${searchText}))`;

/** The same orders over the columns of the `hits` CTE of `searchInOnePass`. */
function hitsOrderOf(sort: SearchSort): SQL {
  switch (sort) {
    case 'investment-desc':
      return sql`required_usd desc nulls last, id desc`;
    case 'investment-asc':
      return sql`required_usd asc nulls last, id desc`;
    case 'relevance':
      return sql`rank desc, published_at desc, id desc`;
    default:
      return sql`published_at desc, id desc`;
  }
}

export interface SearchPage {
  sort: SearchSort;
  offset: number;
  limit: number;
}

/** One page of the results, read in the given order (indexes serve the sorts without text). */
export async function searchOpportunities(
  db: Database,
  filter: SearchFilter,
  page: SearchPage,
): Promise<{ items: TOpportunitySummary[]; hasMore: boolean }> {
  const rows = await selectSummaries(db)
    .where(searchConditions(filter))
    .orderBy(...orderOf(page.sort, filter))
    .limit(page.limit + 1)
    .offset(page.offset);
  return {
    items: rows.slice(0, page.limit).map((r) => toSummary(r as SummaryRow)),
    hasMore: rows.length > page.limit,
  };
}

/** The summaries of the given opportunities, in the order given. */
export async function summariesByIds(db: Database, ids: string[]): Promise<TOpportunitySummary[]> {
  if (!ids.length) return [];
  const rows = await selectSummaries(db).where(inArray(op.id, ids));
  const byId = new Map(rows.map((r) => [r.id, toSummary(r as SummaryRow)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type FacetName =
  | 'kind'
  | 'province'
  | 'country'
  | 'stage'
  | 'investmentType'
  | 'commodity'
  | 'isicSection';
export type Facets = Record<FacetName, Array<{ value: string; count: number }>>;
type FacetRow = { facet: FacetName; value: string; count: number | string };

/** Facet lists from (facet, value, count) rows, each list by count, then value. */
function facetsOf(rows: Iterable<FacetRow>): Facets {
  const facets: Facets = {
    kind: [],
    province: [],
    country: [],
    stage: [],
    investmentType: [],
    commodity: [],
    isicSection: [],
  };
  for (const row of rows) facets[row.facet].push({ value: row.value, count: Number(row.count) });
  for (const list of Object.values(facets))
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}

/** Every opportunity has exactly one kind: the kind counts add up to the number of results. */
const totalOf = (facets: Facets) => facets.kind.reduce((sum, f) => sum + f.count, 0);

/**
 * The facet filter whose counts `opportunity_facet_counts` keeps (migration 0011): none
 * (`['', '']`, the whole bank) or exactly one value of one facet, with no text and no amounts.
 * Anything else is counted over its results.
 */
export function maintainedFilterOf(filter: SearchFilter): [string, string] | null {
  if (filter.searchText || filter.minUsd || filter.maxUsd) return null;
  const given = givenFacets(filter);
  if (given.length === 0) return ['', ''];
  const [{ facet, values }] = given as [(typeof given)[number]];
  if (given.length > 1 || values.length > 1) return null;
  // ISIC filters match any level; the counts only know sections.
  if (facet === 'isicSection' && !/^[A-Z]$/.test(values[0]!)) return null;
  return [facet, values[0]!];
}

/** The maintained facet counts for one filter (see `maintainedFilterOf`): read, not counted. */
export async function readFacetCounts(
  db: Database,
  [filterFacet, filterValue]: [string, string],
): Promise<{ total: number; facets: Facets }> {
  const counts = schema.opportunityFacetCounts;
  const result = await db.execute(sql`
    select ${counts.facet} as facet, ${counts.value} as value, sum(${counts.count})::int as count
    from ${counts}
    where ${counts.filterFacet} = ${filterFacet} and ${counts.filterValue} = ${filterValue}
    group by 1, 2 having sum(${counts.count}) > 0`);
  const facets = facetsOf(rowsOf<FacetRow>(result));
  return { total: totalOf(facets), facets };
}

type TokenCount = [token: string, count: number];

/** `kind:mining` → the kind facet's `mining`; `isic:B` (the only ISIC level counted) → the section B. */
function facetRowOf([token, count]: TokenCount): FacetRow {
  const at = token.indexOf(':');
  return {
    facet: facetOfToken.get(token.slice(0, at))!,
    value: token.slice(at + 1),
    count,
  };
}

/**
 * Past this many results a search stops counting: the answer says "more than 500", the facets
 * count the first 500 results read, and relevance ranks only those. Reading, counting and ranking
 * the hits costs in proportion to their number — about 10 µs each on PGlite — and is most of a
 * broad search: counting all 20,000 hits of a one-word search took a second and more; at 1,000
 * the searches that reached the cap took 15–25 ms on PGlite and the p95 target of 20 ms was
 * missed (22.9 ms); at 500 they take 9–16 ms (bench/opportunities).
 */
export const COUNT_CAP = 500;

export interface OnePassResult {
  /** The number of results, or the cap when more matched (`isCapped`). */
  total: number;
  isCapped: boolean;
  facets: Facets;
  /** The page's ids in order, with one more when there is a next page; null when the page must be read by `searchOpportunities` (capped results in an order other than relevance). */
  ids: string[] | null;
}

/**
 * Total, facets and the page's ids in one statement: the hits (at most `cap` + 1, the one more
 * telling that there are more; with their rank when the order is relevance) are read once into a
 * materialised CTE, their `facet_tokens` counted in one group (ISIC kept at section level only:
 * filtered after the grouping, which is cheaper than testing every token) and
 * sorted for the page. When the cap is reached the page in relevance order is ranked among the hits read; in
 * the other orders it is read from the indexes by `searchOpportunities`.
 */
export async function searchInOnePass(
  db: Database,
  filter: SearchFilter,
  page: SearchPage,
  cap = COUNT_CAP,
): Promise<OnePassResult> {
  const rank = page.sort === 'relevance' && filter.searchText ? rankOf(filter.searchText) : sql`0`;
  const result = await db.execute(sql`
    with hits as materialized (
      select id, facet_tokens, published_at, required_usd, ${rank} as rank
      from ${op} where ${searchConditions(filter)}
      limit ${cap + 1}
    ),
    counted as (select * from hits limit ${cap}),
    token_counts as (
      select token, count(*)::int as count from (select unnest(facet_tokens) as token from counted) tokens
      group by token
    )
    select
      (select count(*)::int from hits) as total,
      (select coalesce(json_agg(json_build_array(token, count)), '[]'::json) from token_counts
        where token not like 'isic:%' or length(token) = 6) as facets,
      (select coalesce(json_agg(id), '[]'::json) from (
        select id from counted order by ${hitsOrderOf(page.sort)}
        limit ${page.limit + 1} offset ${page.offset}) p) as ids`);
  const [row] = rowsOf<{ total: number; facets: TokenCount[] | string; ids: string[] | string }>(result);
  const parse = <T>(value: T | string): T => (typeof value === 'string' ? JSON.parse(value) : value);
  const isCapped = Number(row!.total) > cap;
  return {
    total: Math.min(Number(row!.total), cap),
    isCapped,
    facets: facetsOf(parse(row!.facets).map(facetRowOf)),
    ids: isCapped && page.sort !== 'relevance' ? null : parse(row!.ids),
  };
}

/** Counts and money per province for a search (its `countries` say which country's provinces). */
export async function provinceCounts(db: Database, filter: SearchFilter) {
  const result = await db.execute<{ province: string; count: number; total_usd: string }>(sql`
    select province, count(*)::int as count, coalesce(sum(required_usd), 0)::text as total_usd
    from ${op} where ${searchConditions(filter)}
    group by province order by province`);
  return rowsOf<{ province: string; count: number; total_usd: string }>(result).map((r) => ({
    province: r.province,
    count: Number(r.count),
    totalUsd: r.total_usd,
  }));
}

export async function provinceBreakdown(db: Database, province: string) {
  const result = await db.execute<{ facet: string; value: string; count: number; amount: string | null }>(sql`
    with hits as materialized (
      select kind, stage, isic_paths, required_amount, required_currency, required_usd
      from ${op} where status = 'published' and province = ${province}
    )
    select 'kind' as facet, kind as value, count(*)::int as count, null::text as amount from hits group by kind
    union all select 'stage', stage, count(*)::int, null from hits where stage is not null group by stage
    union all select 'isicSection', s, count(*)::int, null from hits, unnest(isic_paths) s where s ~ '^[A-Z]$' group by s
    union all select 'currency', required_currency, count(*)::int, sum(required_amount)::text from hits
      where required_currency is not null group by required_currency
    union all select 'usd', 'USD', count(*)::int, coalesce(sum(required_usd), 0)::text from hits
    union all select 'withoutAmount', '', count(*)::int, null from hits where required_amount is null
  `);
  return rowsOf<{ facet: string; value: string; count: number; amount: string | null }>(result);
}

export async function mapPoints(db: Database, filter: SearchFilter, limit: number) {
  const rows = await db
    .select({ id: op.id, latitude: op.latitude, longitude: op.longitude, kind: op.kind, title: op.title })
    .from(op)
    .where(and(searchConditions(filter), sql`${op.latitude} is not null and ${op.longitude} is not null`))
    .orderBy(desc(op.publishedAt), desc(op.id))
    .limit(limit + 1);
  return {
    items: rows.slice(0, limit).map((r) => ({
      ...r,
      latitude: r.latitude!,
      longitude: r.longitude!,
      kind: r.kind as OpportunityKind,
    })),
    truncated: rows.length > limit,
  };
}
