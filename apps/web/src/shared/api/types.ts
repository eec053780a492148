// Shapes of the Karvan HTTP API (docs/api-contract.md). Once the server commits
// apps/server/openapi.json these can be generated from it instead.
import type { Locale, LocalizedText } from '@karvan/domain';

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
