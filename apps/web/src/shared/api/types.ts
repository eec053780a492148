// Shapes of the Karvan HTTP API (docs/api-contract.md). Once the server commits
// apps/server/openapi.json these can be generated from it instead.
import type { Locale, LocalizedText } from '@karvan/domain';
import type {
  InvestmentType,
  OpportunityKind,
  OpportunityStage,
  OpportunityStatus,
  TextOrigin,
} from '@karvan/domain/opportunity';

export type Calendar = 'persian' | 'gregorian';
export type CurrencyDisplay = 'rial' | 'toman';
export type PlatformRole = 'admin' | 'agency-officer';
export type OrganizationKind = 'company' | 'association' | 'agency' | 'investor' | 'park-operator';
export type OrganizationRole = 'owner' | 'member';

export const PLATFORM_ROLES: readonly PlatformRole[] = ['admin', 'agency-officer'];
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'company',
  'association',
  'agency',
  'investor',
  'park-operator',
];
export const ORGANIZATION_ROLES: readonly OrganizationRole[] = ['owner', 'member'];

/** A list page: pass `nextCursor` back as `?cursor=` for the next one. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Items<T> {
  items: T[];
}

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  calendar: Calendar;
  currencyDisplay: CurrencyDisplay;
  platformRoles: PlatformRole[];
  totpEnabled: boolean;
  createdAt: string;
}

export interface OrganizationSummary {
  id: string;
  slug: string;
  name: LocalizedText;
  kind: OrganizationKind;
  country: string;
}

export interface Membership {
  organization: OrganizationSummary;
  role: OrganizationRole;
}

export interface Me {
  user: User;
  memberships: Membership[];
}

export interface Organization extends OrganizationSummary {
  province: string | null;
  description: LocalizedText | null;
  isDemo: boolean;
  memberCount: number;
  createdAt: string;
  myRole: OrganizationRole | null;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: OrganizationRole;
  joinedAt: string;
}

export interface OrganizationInvitation {
  id: string;
  email: string;
  role: OrganizationRole;
  createdAt: string;
  expiresAt: string;
}

export interface MyInvitation {
  id: string;
  organization: OrganizationSummary;
  role: OrganizationRole;
  createdAt: string;
}

export interface Session {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  ip: string | null;
  isCurrent: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  prefix: string;
  token: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  platformRoles: PlatformRole[];
  createdAt: string;
  isDemo: boolean;
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentVia: 'smtp' | 'outbox';
}

export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  actorUserId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  firstBadSeq: number | null;
}

export interface Country {
  code: string;
  name: LocalizedText;
}

export interface Province {
  code: string;
  country: string;
  name: LocalizedText;
  unofficial: Locale[];
}

export interface IsicItem {
  code: string;
  level: 'section' | 'division' | 'group' | 'class';
  parentCode: string | null;
  title: LocalizedText;
  unofficial: Locale[];
}

export interface HsItem {
  code: string;
  level: 'section' | 'chapter' | 'heading' | 'subheading';
  parentCode: string | null;
  description: LocalizedText;
  unofficial: Locale[];
}

export interface Commodity {
  code: string;
  symbol: string | null;
  name: LocalizedText;
  hs: string[];
  isic: string[];
  unofficial: Locale[];
}

export interface Currency {
  code: string;
  minorUnits: number;
  name: LocalizedText;
}

export interface DataSource {
  file: string;
  what: string;
  source: string;
  licence: string;
}

// ---- Opportunity bank (apps/server/src/features/opportunities/opportunities.schemas.ts) ----

export type { InvestmentType, OpportunityKind, OpportunityStage, OpportunityStatus, TextOrigin };

// The code lists of the vocabularies, mirrored from @karvan/domain/opportunity (a test keeps
// them equal): the router validates URLs with them, and importing the domain module there
// would pull its four-language label tables into the first bundle.
export const OPPORTUNITY_KIND_CODES: readonly OpportunityKind[] = [
  'mining',
  'processing',
  'industrial-park',
  'manufacturing',
  'infrastructure',
  'environment',
  'energy',
  'tourism',
  'other',
];
export const INVESTMENT_TYPE_CODES: readonly InvestmentType[] = [
  'equity',
  'joint-venture',
  'loan',
  'bot-ppp',
  'epc',
  'offtake',
  'technology-transfer',
  'land-allocation',
];
export const OPPORTUNITY_STAGE_CODES: readonly OpportunityStage[] = [
  'idea',
  'pre-feasibility',
  'feasibility',
  'licensed',
  'operating',
];
export const OPPORTUNITY_STATUS_CODES: readonly OpportunityStatus[] = [
  'draft',
  'submitted',
  'returned',
  'published',
  'closed',
];

export type OpportunitySort = 'relevance' | 'newest' | 'investment-desc' | 'investment-asc';
export const OPPORTUNITY_SORTS: readonly OpportunitySort[] = [
  'relevance',
  'newest',
  'investment-desc',
  'investment-asc',
];

/** An amount as a Latin-digit decimal string and its ISO 4217 code. */
export interface Money {
  amount: string;
  currency: string;
}

export interface OpportunitySummary {
  id: string;
  externalId: string | null;
  status: OpportunityStatus;
  kind: OpportunityKind;
  title: LocalizedText;
  summary: LocalizedText;
  sourceLanguage: Locale;
  /** How each language version was written; languages not listed count as `human`. */
  textOrigins: Partial<Record<Locale, TextOrigin>>;
  organization: { id: string; slug: string; name: LocalizedText };
  country: string;
  province: string;
  latitude: number | null;
  longitude: number | null;
  isic: string[];
  commodities: string[];
  hs: string[];
  investmentTypes: InvestmentType[];
  requiredInvestment: Money | null;
  /** The required investment in US dollars at the rate in force; null without a rate. */
  requiredInvestmentUsd: string | null;
  capacity: { quantity: string; unit: string } | null;
  stage: OpportunityStage | null;
  publishedAt: string | null;
  updatedAt: string;
  isDemo: boolean;
}

export interface OpportunityAllowed {
  edit: boolean;
  submit: boolean;
  publish: boolean;
  return: boolean;
  close: boolean;
  viewTimeline: boolean;
}

export interface Opportunity extends OpportunitySummary {
  description: LocalizedText;
  /** Only for signed-in callers; null for anonymous visitors. */
  contact: { name: string | null; email: string | null; phone: string | null } | null;
  statusNote: string | null;
  createdAt: string;
  allowed: OpportunityAllowed;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface OpportunityFacets {
  kind: FacetValue[];
  province: FacetValue[];
  country: FacetValue[];
  stage: FacetValue[];
  investmentType: FacetValue[];
  commodity: FacetValue[];
  /** ISIC sections (letters A–U). */
  isicSection: FacetValue[];
}

export interface OpportunitySearchResult extends Page<OpportunitySummary> {
  /** The number of results; when `isCapped`, more than this many matched. */
  total: number;
  /** Counting stopped at the server's cap: `total` is a lower bound and facet counts are partial. */
  isCapped: boolean;
  facets: OpportunityFacets;
  /** The normalised text with misspelt words corrected, when the text as typed found nothing. */
  correctedQuery: string | null;
}

/** The editable fields; `organizationId` only on creation. */
export interface OpportunityInput {
  kind: OpportunityKind;
  title: LocalizedText;
  summary?: LocalizedText;
  description?: LocalizedText;
  sourceLanguage?: Locale;
  textOrigins?: Partial<Record<Locale, TextOrigin>>;
  province: string;
  latitude?: number | null;
  longitude?: number | null;
  isic?: string[];
  commodities?: string[];
  hs?: string[];
  investmentTypes?: InvestmentType[];
  requiredInvestment?: Money | null;
  capacity?: { quantity: string; unit: string } | null;
  stage?: OpportunityStage | null;
  contact?: { name?: string; email?: string; phone?: string };
  externalId?: string;
}

export interface CreateOpportunityRequest extends OpportunityInput {
  organizationId: string;
}

export type UpdateOpportunityRequest = Partial<OpportunityInput>;

export interface OpportunityEvent {
  id: string;
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
  actor: { kind: string; name: string | null };
}

export interface ProvinceCount {
  province: string;
  count: number;
  totalUsd: string;
}

export interface ProvinceStats {
  province: string;
  country: string;
  count: number;
  byKind: FacetValue[];
  byIsicSection: FacetValue[];
  byStage: FacetValue[];
  /** Sum of the required investment in USD (opportunities with a rate). */
  totalUsd: string;
  totalsByCurrency: { currency: string; amount: string; count: number }[];
  withoutAmount: number;
}

export interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  kind: OpportunityKind;
  title: LocalizedText;
}

export interface MapPoints {
  items: MapPoint[];
  /** True when there were more points than returned. */
  truncated: boolean;
}

export type ImportStatus = 'queued' | 'validating' | 'validated' | 'applying' | 'applied' | 'failed';
export type ImportMode = 'all-or-nothing' | 'valid-only';

export interface ImportProblem {
  row: number | null;
  column: string | null;
  code: string;
  /** Already in the caller's language. */
  message: string;
}

export interface ImportJob {
  id: string;
  organizationId: string;
  status: ImportStatus;
  fileName: string;
  fileFormat: 'csv' | 'xlsx';
  fileSize: number;
  encoding: string | null;
  totalRows: number;
  processedRows: number;
  validRows: number;
  rejectedRows: number;
  /** Valid rows whose external id is new to the organisation. */
  newRows: number;
  /** Valid rows that will update an opportunity of the organisation. */
  existingRows: number;
  mode: ImportMode | null;
  publish: boolean;
  imported: number;
  updated: number;
  /** Why the file as a whole was refused (the rows were not read). */
  fileProblem: ImportProblem | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ExchangeRate {
  id: string;
  currency: string;
  /** US dollars for one unit of the currency, a decimal string. */
  usdPerUnit: string;
  validFrom: string;
  note: string | null;
  createdAt: string;
}

export interface CreateExchangeRateRequest {
  currency: string;
  usdPerUnit: string;
  validFrom: string;
  note?: string;
}
