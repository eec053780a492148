import type { OpportunitySort, OpportunityStatus, OrganizationKind } from '../shared/api/types.ts';
import {
  INVESTMENT_TYPE_CODES,
  OPPORTUNITY_KIND_CODES,
  OPPORTUNITY_SORTS,
  OPPORTUNITY_STAGE_CODES,
  OPPORTUNITY_STATUS_CODES,
  ORGANIZATION_KINDS,
} from '../shared/api/types.ts';

export interface LoginSearch {
  /** Where to go after signing in: a path on this site. */
  redirect?: string;
}

/** Accepts only a same-site path, so `?redirect=` can never send a user to another site. */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  return value;
}

export function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  const redirect = safeRedirectPath(search.redirect);
  return redirect ? { redirect } : {};
}

export interface ResetSearch {
  token?: string;
}

export function validateResetSearch(search: Record<string, unknown>): ResetSearch {
  return typeof search.token === 'string' && search.token ? { token: search.token } : {};
}

export interface DirectorySearch {
  q?: string;
  kind?: OrganizationKind;
  country?: string;
}

export function validateDirectorySearch(search: Record<string, unknown>): DirectorySearch {
  const result: DirectorySearch = {};
  if (typeof search.q === 'string' && search.q.trim()) result.q = search.q;
  if (typeof search.kind === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(search.kind)) {
    result.kind = search.kind as OrganizationKind;
  }
  if (typeof search.country === 'string' && /^[A-Z]{2}$/.test(search.country))
    result.country = search.country;
  return result;
}

/**
 * The router parses `?minInvestment=1000` as the number 1000 (it JSON-parses each value);
 * values that are text to us are read back as strings.
 */
function readText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text ? text : undefined;
}

/**
 * A multi-value filter kept in the URL as `a,b,c` (readable and shareable; the API takes the
 * same form). Keeps the values `isValid` accepts, once each, in their first order.
 */
function readList(value: unknown, isValid: (item: string) => boolean, normalise = (item: string) => item) {
  const items = Array.isArray(value) ? value.map(String) : (readText(value)?.split(',') ?? []);
  const kept = [
    ...new Set(items.map((item) => normalise(item.trim())).filter((item) => item && isValid(item))),
  ];
  return kept.length > 0 ? kept.join(',') : undefined;
}

const isOneOf =
  (values: readonly string[]) =>
  (item: string): boolean =>
    values.includes(item);

/** Filters and sort of the opportunity search, as they stand in the URL (lists comma-separated). */
export interface OpportunitySearch {
  q?: string;
  kind?: string;
  province?: string;
  stage?: string;
  investmentType?: string;
  commodity?: string;
  /** ISIC sections (letters) or codes. */
  isic?: string;
  /** Bounds of the required investment in `currency`, Latin-digit decimals. */
  minInvestment?: string;
  maxInvestment?: string;
  currency?: string;
  sort?: OpportunitySort;
}

const DECIMAL = /^\d{1,22}(\.\d{1,4})?$/;

export function validateOpportunitySearch(search: Record<string, unknown>): OpportunitySearch {
  const result: OpportunitySearch = {};
  const q = readText(search.q);
  if (q) result.q = q.slice(0, 200);
  const kind = readList(search.kind, isOneOf(OPPORTUNITY_KIND_CODES));
  if (kind) result.kind = kind;
  const province = readList(
    search.province,
    (item) => /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(item),
    (item) => item.toUpperCase(),
  );
  if (province) result.province = province;
  const stage = readList(search.stage, isOneOf(OPPORTUNITY_STAGE_CODES));
  if (stage) result.stage = stage;
  const investmentType = readList(search.investmentType, isOneOf(INVESTMENT_TYPE_CODES));
  if (investmentType) result.investmentType = investmentType;
  const commodity = readList(search.commodity, (item) => /^[A-Za-z0-9.-]{1,12}$/.test(item));
  if (commodity) result.commodity = commodity;
  const isic = readList(search.isic, (item) => /^[A-Za-z0-9.-]{1,12}$/.test(item));
  if (isic) result.isic = isic;
  const minInvestment = readText(search.minInvestment);
  if (minInvestment && DECIMAL.test(minInvestment)) result.minInvestment = minInvestment;
  const maxInvestment = readText(search.maxInvestment);
  if (maxInvestment && DECIMAL.test(maxInvestment)) result.maxInvestment = maxInvestment;
  const currency = readText(search.currency)?.toUpperCase();
  if (currency && /^[A-Z]{3}$/.test(currency)) result.currency = currency;
  if (typeof search.sort === 'string' && (OPPORTUNITY_SORTS as readonly string[]).includes(search.sort)) {
    result.sort = search.sort as OpportunitySort;
  }
  return result;
}

/** The list of "My opportunities" and the import pages: one status tab, one organisation. */
export interface ManageSearch {
  status?: OpportunityStatus;
  organizationId?: string;
  q?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateManageSearch(search: Record<string, unknown>): ManageSearch {
  const result: ManageSearch = {};
  if (
    typeof search.status === 'string' &&
    (OPPORTUNITY_STATUS_CODES as readonly string[]).includes(search.status)
  ) {
    result.status = search.status as OpportunityStatus;
  }
  if (typeof search.organizationId === 'string' && UUID.test(search.organizationId)) {
    result.organizationId = search.organizationId;
  }
  const q = readText(search.q);
  if (q) result.q = q.slice(0, 200);
  return result;
}

/** The import page: the organisation the file is for. */
export interface ImportSearch {
  organizationId?: string;
}

export function validateImportSearch(search: Record<string, unknown>): ImportSearch {
  return typeof search.organizationId === 'string' && UUID.test(search.organizationId)
    ? { organizationId: search.organizationId }
    : {};
}
