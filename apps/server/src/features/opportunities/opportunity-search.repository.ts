import {
  and,
  arrayOverlaps,
  type Database,
  desc,
  eq,
  inArray,
  rowsOf,
  type SQL,
  schema,
  sql,
} from '@karvan/db';
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

/** Only published opportunities are ever searched: this is the public bank. */
export function searchConditions(filter: SearchFilter): SQL {
  const conditions: SQL[] = [eq(op.status, 'published')];
  if (filter.searchText) conditions.push(textMatches(filter.searchText));
  if (filter.kinds?.length) conditions.push(inArray(op.kind, filter.kinds));
  if (filter.provinces?.length) conditions.push(inArray(op.province, filter.provinces));
  if (filter.countries?.length) conditions.push(inArray(op.country, filter.countries));
  if (filter.stages?.length) conditions.push(inArray(op.stage, filter.stages));
  if (filter.isic?.length) conditions.push(arrayOverlaps(op.isicPaths, filter.isic));
  if (filter.commodities?.length) conditions.push(arrayOverlaps(op.commodities, filter.commodities));
  if (filter.investmentTypes?.length)
    conditions.push(arrayOverlaps(op.investmentTypes, filter.investmentTypes));
  if (filter.minUsd) conditions.push(sql`${op.requiredUsd} >= ${filter.minUsd}::numeric`);
  if (filter.maxUsd) conditions.push(sql`${op.requiredUsd} <= ${filter.maxUsd}::numeric`);
  return and(...conditions)!;
}

function orderOf(sort: SearchSort, filter: SearchFilter): SQL[] {
  const { searchText } = filter;
  switch (sort) {
    case 'investment-desc':
      return [sql`${op.requiredUsd} desc nulls last`, desc(op.id)];
    case 'investment-asc':
      return [sql`${op.requiredUsd} asc nulls last`, desc(op.id)];
    case 'relevance':
      if (searchText) {
        return [
          sql`ts_rank(${op}.search_vector, plainto_tsquery('simple', ${searchText})) desc`,
          desc(op.publishedAt),
          desc(op.id),
        ];
      }
      return [desc(op.publishedAt), desc(op.id)];
    default:
      return [desc(op.publishedAt), desc(op.id)];
  }
}

export async function searchOpportunities(
  db: Database,
  filter: SearchFilter,
  page: { sort: SearchSort; offset: number; limit: number },
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

export type FacetName =
  | 'kind'
  | 'province'
  | 'country'
  | 'stage'
  | 'investmentType'
  | 'commodity'
  | 'isicSection';
export type Facets = Record<FacetName, Array<{ value: string; count: number }>>;

/**
 * Facet counts over the whole result set in one round trip: the hits are read once into a
 * materialised CTE and grouped per facet (arrays unnested). ISIC sections are the one-letter
 * entries of `isic_paths`.
 */
export async function countFacets(
  db: Database,
  filter: SearchFilter,
): Promise<{ total: number; facets: Facets }> {
  const result = await db.execute<{ facet: FacetName; value: string; count: number }>(sql`
    with hits as materialized (
      select kind, province, country, stage, investment_types, commodities, isic_paths
      from ${op} where ${searchConditions(filter)}
    )
    select 'kind' as facet, kind as value, count(*)::int as count from hits group by kind
    union all select 'province', province, count(*)::int from hits group by province
    union all select 'country', country, count(*)::int from hits group by country
    union all select 'stage', stage, count(*)::int from hits where stage is not null group by stage
    union all select 'investmentType', t, count(*)::int from hits, unnest(investment_types) t group by t
    union all select 'commodity', c, count(*)::int from hits, unnest(commodities) c group by c
    union all select 'isicSection', s, count(*)::int from hits, unnest(isic_paths) s where s ~ '^[A-Z]$' group by s
  `);
  const facets: Facets = {
    kind: [],
    province: [],
    country: [],
    stage: [],
    investmentType: [],
    commodity: [],
    isicSection: [],
  };
  for (const row of rowsOf<{ facet: FacetName; value: string; count: number }>(result))
    facets[row.facet].push({ value: row.value, count: Number(row.count) });
  for (const list of Object.values(facets))
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const total = facets.kind.reduce((sum, f) => sum + f.count, 0);
  return { total, facets };
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
