import { type Locale, pickLocalizedText } from '@karvan/domain';
import {
  IMPORT_COLUMNS,
  type ImportColumn,
  INVESTMENT_TYPE_LABELS,
  importTemplateHeaders,
  OPPORTUNITY_KIND_LABELS,
  OPPORTUNITY_STAGE_LABELS,
} from '@karvan/domain/opportunity';
import type { AppDeps } from '../../platform/context.ts';
import { referenceLookups } from '../reference/reference-lookups.ts';
import type { TOpportunityFilters, TOpportunitySummary } from './opportunities.schemas.ts';
import * as search from './opportunity-search.repository.ts';
import { toSearchFilter } from './opportunity-search.service.ts';

/** An export is a file, not a dump: it stops at the size an import accepts. */
export const MAX_EXPORT_ROWS = 100_000;
const PAGE = 1000;

/**
 * The columns of an export are the import columns (headers in the reader's language, codes as
 * labels in that language), so an exported file can be edited and imported again; three more
 * columns (ignored by the import) say who owns it, what it is in US dollars and where it lives.
 */
export function exportHeader(locale: Locale): string[] {
  const extra = {
    en: ['organization', 'required_investment_usd', 'id'],
    fa: ['سازمان', 'سرمایهٔ لازم (دلار آمریکا)', 'شناسه'],
    ar: ['المنظمة', 'الاستثمار المطلوب (دولار أمريكي)', 'المعرّف'],
    zh: ['机构', '所需投资（美元）', '编号'],
  }[locale];
  return [...importTemplateHeaders(locale), ...extra];
}

function exportRow(item: TOpportunitySummary, locale: Locale): string[] {
  const lookups = referenceLookups();
  const label = (labels: Record<string, Record<Locale, string>>, code: string | null) =>
    code ? (labels[code]?.[locale] ?? code) : '';
  const cell: Record<ImportColumn, string> = {
    external_id: item.externalId ?? '',
    kind: label(OPPORTUNITY_KIND_LABELS, item.kind),
    title_fa: item.title.fa ?? '',
    title_ar: item.title.ar ?? '',
    title_zh: item.title.zh ?? '',
    title_en: item.title.en ?? '',
    summary_fa: item.summary.fa ?? '',
    summary_ar: item.summary.ar ?? '',
    summary_zh: item.summary.zh ?? '',
    summary_en: item.summary.en ?? '',
    province:
      pickLocalizedText(lookups.provinces.get(item.province)?.name ?? {}, locale)?.text ?? item.province,
    isic: item.isic.join(', '),
    commodities: item.commodities.join(', '),
    hs: item.hs.join(', '),
    investment_types: item.investmentTypes.map((t) => label(INVESTMENT_TYPE_LABELS, t)).join(', '),
    required_investment: item.requiredInvestment?.amount ?? '',
    currency: item.requiredInvestment?.currency ?? '',
    capacity: item.capacity?.quantity ?? '',
    capacity_unit: item.capacity?.unit ?? '',
    stage: label(OPPORTUNITY_STAGE_LABELS, item.stage),
    latitude: item.latitude === null ? '' : String(item.latitude),
    longitude: item.longitude === null ? '' : String(item.longitude),
    contact_email: '',
  };
  const organization = pickLocalizedText(item.organization.name, locale)?.text ?? item.organization.slug;
  return [...IMPORT_COLUMNS.map((c) => cell[c]), organization, item.requiredInvestmentUsd ?? '', item.id];
}

/** The rows of the current search, page by page, in the search's order. */
export async function* exportRows(
  deps: AppDeps,
  query: TOpportunityFilters & { sort?: search.SearchSort | undefined },
  locale: Locale,
): AsyncGenerator<string[]> {
  const filter = await toSearchFilter(deps, query, locale);
  const sort = query.sort ?? (filter.searchText ? 'relevance' : 'newest');
  for (let offset = 0; offset < MAX_EXPORT_ROWS; offset += PAGE) {
    const page = await search.searchOpportunities(deps.db, filter, { sort, offset, limit: PAGE });
    for (const item of page.items) yield exportRow(item, locale);
    if (!page.hasMore) return;
  }
}
