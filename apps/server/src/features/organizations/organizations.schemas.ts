import { z } from 'zod';
import {
  makeZLocalizedText,
  ZCountryCode,
  ZCursorQuery,
  ZEmail,
  ZListOf,
  ZLocalizedTextOut,
  ZProvinceCode,
} from '../../platform/schemas.ts';

export const ORGANIZATION_KINDS = ['company', 'association', 'agency', 'investor', 'park-operator'] as const;
export const ORGANIZATION_ROLES = ['owner', 'member'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/** Countries whose organisations must name a province (we ship those provinces). */
export const COUNTRIES_WITH_PROVINCES = ['IR', 'CN'] as const;

export const ZCreateOrganizationRequest = z
  .strictObject({
    name: makeZLocalizedText(200),
    kind: z.enum(ORGANIZATION_KINDS),
    country: ZCountryCode,
    province: ZProvinceCode.optional(),
    description: makeZLocalizedText(4000).optional(),
  })
  .meta({ id: 'CreateOrganizationRequest' });
export type TCreateOrganizationRequest = z.infer<typeof ZCreateOrganizationRequest>;

export const ZUpdateOrganizationRequest = z
  .strictObject({
    name: makeZLocalizedText(200).optional(),
    description: makeZLocalizedText(4000).optional(),
    province: ZProvinceCode.optional(),
  })
  .meta({ id: 'UpdateOrganizationRequest' });
export type TUpdateOrganizationRequest = z.infer<typeof ZUpdateOrganizationRequest>;

export const ZOrganization = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: ZLocalizedTextOut,
    description: ZLocalizedTextOut,
    kind: z.enum(ORGANIZATION_KINDS),
    country: z.string(),
    province: z.string().nullable(),
    isDemo: z.boolean(),
    memberCount: z.number().int(),
    createdAt: z.date(),
    myRole: z.enum(ORGANIZATION_ROLES).nullable(),
  })
  .meta({ id: 'Organization' });
export type TOrganization = z.infer<typeof ZOrganization>;

export const ZOrganizationList = ZListOf(ZOrganization);

export const ZListOrganizationsQuery = ZCursorQuery.extend({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  country: ZCountryCode.optional(),
  province: ZProvinceCode.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TListOrganizationsQuery = z.infer<typeof ZListOrganizationsQuery>;

export const ZIdOrSlugParams = z.strictObject({ idOrSlug: z.string().min(1).max(120) });
export const ZOrgParams = z.strictObject({ id: z.uuid() });
export const ZMemberParams = z.strictObject({ id: z.uuid(), userId: z.uuid() });
export const ZInvitationParams = z.strictObject({ id: z.uuid(), invitationId: z.uuid() });

export const ZMember = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ORGANIZATION_ROLES),
  joinedAt: z.date(),
});

export const ZChangeRoleRequest = z.strictObject({ role: z.enum(ORGANIZATION_ROLES) });

export const ZInviteRequest = z
  .strictObject({ email: ZEmail, role: z.enum(ORGANIZATION_ROLES) })
  .meta({ id: 'InviteRequest' });

export const ZInvitation = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(ORGANIZATION_ROLES),
  createdAt: z.date(),
  expiresAt: z.date(),
});

export const ZMyInvitation = z.object({
  id: z.uuid(),
  role: z.enum(ORGANIZATION_ROLES),
  createdAt: z.date(),
  organization: z.object({ id: z.uuid(), slug: z.string(), name: ZLocalizedTextOut, kind: z.string() }),
});
