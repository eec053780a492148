import { type Locale, multiplyDecimalStrings, roundDecimalString, toSearchText } from '@karvan/domain';
import { cachedByVersion } from '../../platform/change-cache.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/schemas.ts';
import { correctSearchText } from '../../platform/search-correction.ts';
import { rateTable } from '../exchange-rates/exchange-rates.service.ts';
import { trimDecimal } from './opportunities.repository.ts';
import type {
  TOpportunityFilters,
  TOpportunitySearchQuery,
  TOpportunitySummary,
} from './opportunities.schemas.ts';
import * as search from './opportunity-search.repository.ts';
import { parseBound } from './opportunity-values.ts';

/** Deep pages are not a way to read the bank: export it instead. */
const MAX_OFFSET = 10_000;

/** Turns the query string into a search over published opportunities, amounts in US dollars. */
export async function toSearchFilter(
  deps: AppDeps,
  query: TOpportunityFilters,
  locale: Locale,
): Promise<search.SearchFilter> {
  const currency = query.currency ?? 'USD';
  const min = parseBound(query.minInvestment, 'minInvestment', locale);
  const max = parseBound(query.maxInvestment, 'maxInvestment', locale);
  let rate = '1';
  if ((min || max) && currency !== 'USD') {
    const known = (await rateTable(deps)).get(currency);
    if (!known) throw new AppError('opportunity.no_rate', { params: { currency } });
    rate = known;
  }
  const toUsd = (v: string | undefined) =>
    v ? roundDecimalString(multiplyDecimalStrings(v, rate), 4) : undefined;
  return {
    searchText: query.q ? toSearchText(query.q) || null : null,
    kinds: query.kind,
    provinces: query.province,
    countries: query.country,
    isic: query.isic?.map((c) => c.toUpperCase()),
    commodities: query.commodity,
    investmentTypes: query.investmentType,
    stages: query.stage,
    minUsd: toUsd(min),
    maxUsd: toUsd(max),
  };
}

interface SearchAnswer {
  total: number;
  isCapped: boolean;
  facets: search.Facets;
  items: TOpportunitySummary[];
  hasMore: boolean;
}

/**
 * One page with the total and facets of the whole result. The whole bank and a filter by one facet
 * value read counts kept by triggers; anything else counts its results (up to COUNT_CAP) in the
 * same statement that picks the page.
 */
async function answer(
  deps: AppDeps,
  filter: search.SearchFilter,
  page: search.SearchPage,
): Promise<SearchAnswer> {
  const maintained = search.maintainedFilterOf(filter);
  if (maintained) {
    const [counted, found] = await Promise.all([
      search.readFacetCounts(deps.db, maintained),
      search.searchOpportunities(deps.db, filter, page),
    ]);
    return { ...counted, ...found, isCapped: false };
  }
  const { ids, ...counted } = await search.searchInOnePass(deps.db, filter, page);
  if (!ids) return { ...counted, ...(await search.searchOpportunities(deps.db, filter, page)) };
  return {
    ...counted,
    items: await search.summariesByIds(deps.db, ids.slice(0, page.limit)),
    hasMore: ids.length > page.limit,
  };
}

/**
 * The answer for the text as typed or — when it found nothing — for the text with misspelt words
 * corrected (`correctedQuery`). Cached per version of the bank: the same questions (the landing
 * page, a province, a kind) come back all day.
 */
function answerWithCorrection(deps: AppDeps, filter: search.SearchFilter, page: search.SearchPage) {
  return cachedByVersion(deps.db, 'opportunities', `search:${JSON.stringify([filter, page])}`, async () => {
    const found = await answer(deps, filter, page);
    if (!filter.searchText || found.total > 0) return { found, correctedQuery: null };
    const corrected = await correctSearchText(deps.db, filter.searchText);
    if (!corrected) return { found, correctedQuery: null };
    const refound = await answer(deps, { ...filter, searchText: corrected }, page);
    // A correction that finds nothing either is not worth showing.
    if (refound.total === 0) return { found, correctedQuery: null };
    return { found: refound, correctedQuery: corrected };
  });
}

export async function searchOpportunities(deps: AppDeps, query: TOpportunitySearchQuery, locale: Locale) {
  const filter = await toSearchFilter(deps, query, locale);
  const offset = Math.min(Number(decodeCursor(query.cursor)?.[0] ?? 0) || 0, MAX_OFFSET);
  // Without text there is nothing to rank: relevance is the newest first.
  const asked = query.sort ?? 'relevance';
  const sort = asked === 'relevance' && !filter.searchText ? 'newest' : asked;
  const { found, correctedQuery } = await answerWithCorrection(deps, filter, {
    sort,
    offset,
    limit: query.limit,
  });
  const next = offset + query.limit;
  return {
    items: found.items,
    nextCursor: found.hasMore && next <= MAX_OFFSET ? encodeCursor([next]) : null,
    total: found.total,
    isCapped: found.isCapped,
    facets: found.facets,
    correctedQuery,
  };
}

const MAP_POINT_LIMIT = 5000;

export async function mapPoints(deps: AppDeps, query: TOpportunityFilters, locale: Locale) {
  return search.mapPoints(deps.db, await toSearchFilter(deps, query, locale), MAP_POINT_LIMIT);
}

export async function provinceCounts(
  deps: AppDeps,
  query: Omit<TOpportunityFilters, 'country'> & { country: string },
  locale: Locale,
) {
  const filter = await toSearchFilter(deps, { ...query, country: [query.country] }, locale);
  const items = await cachedByVersion(deps.db, 'opportunities', `provinces:${JSON.stringify(filter)}`, () =>
    search.provinceCounts(deps.db, filter),
  );
  return items.map((item) => ({ ...item, totalUsd: trimDecimal(item.totalUsd)! }));
}

/** "169 of 840 are mining": counts by kind, sector and stage, and the money asked for. */
export async function provinceStats(deps: AppDeps, province: string) {
  const rows = await search.provinceBreakdown(deps.db, province);
  const pick = (facet: string) =>
    rows
      .filter((r) => r.facet === facet)
      .map((r) => ({ value: r.value, count: Number(r.count) }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const byKind = pick('kind');
  const usd = rows.find((r) => r.facet === 'usd');
  return {
    province,
    country: province.slice(0, 2),
    count: byKind.reduce((sum, k) => sum + k.count, 0),
    byKind,
    byIsicSection: pick('isicSection'),
    byStage: pick('stage'),
    totalUsd: trimDecimal(usd?.amount ?? '0')!,
    totalsByCurrency: rows
      .filter((r) => r.facet === 'currency')
      .map((r) => ({ currency: r.value, amount: trimDecimal(r.amount ?? '0')!, count: Number(r.count) })),
    withoutAmount: Number(rows.find((r) => r.facet === 'withoutAmount')?.count ?? 0),
  };
}
