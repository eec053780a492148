import { LOCALES } from '@karvan/domain';
import { z } from 'zod';
import { PLATFORM_ROLES } from '../../platform/policy.ts';
import { ZPersonName } from '../../platform/schemas.ts';

export const ZCalendar = z.enum(['persian', 'gregorian']);
export const ZCurrencyDisplay = z.enum(['rial', 'toman']);

/** A user as the API shows them: never a hash, secret or token. */
export const ZUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(LOCALES),
    calendar: ZCalendar,
    currencyDisplay: ZCurrencyDisplay,
    platformRoles: z.array(z.enum(PLATFORM_ROLES)),
    totpEnabled: z.boolean(),
    createdAt: z.date(),
  })
  .meta({ id: 'User' });
export type TUser = z.infer<typeof ZUser>;

export const ZMembershipSummary = z.object({
  organization: z.object({
    id: z.uuid(),
    slug: z.string(),
    name: z.record(z.string(), z.string()),
    kind: z.string(),
    country: z.string(),
  }),
  role: z.enum(['owner', 'member']),
});

export const ZMeResponse = z.object({ user: ZUser, memberships: z.array(ZMembershipSummary) });
export type TMeResponse = z.infer<typeof ZMeResponse>;

export const ZUpdateMeRequest = z
  .strictObject({
    name: ZPersonName.optional(),
    locale: z.enum(LOCALES).optional(),
    calendar: ZCalendar.optional(),
    currencyDisplay: ZCurrencyDisplay.optional(),
  })
  .meta({ id: 'UpdateMeRequest' });
export type TUpdateMeRequest = z.infer<typeof ZUpdateMeRequest>;

export const ZSession = z.object({
  id: z.uuid(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  isCurrent: z.boolean(),
});

export const ZApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
});

export const ZCreateTokenRequest = z.strictObject({ name: ZPersonName }).meta({ id: 'CreateTokenRequest' });
export const ZCreatedToken = ZApiToken.pick({ id: true, name: true, prefix: true }).extend({
  token: z.string().describe('The token itself. It is shown once and cannot be read again.'),
});

export const ZIdParams = z.strictObject({ id: z.uuid() });
