import type { OrganizationKind, OrganizationRole, PlatformRole } from '../../shared/api/types.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';

export const KIND_LABEL_KEYS: Record<OrganizationKind, MessageKey> = {
  company: 'organization.kind.company',
  association: 'organization.kind.association',
  agency: 'organization.kind.agency',
  investor: 'organization.kind.investor',
  'park-operator': 'organization.kind.parkOperator',
};

export const ROLE_LABEL_KEYS: Record<OrganizationRole, MessageKey> = {
  owner: 'organization.role.owner',
  member: 'organization.role.member',
};

export const PLATFORM_ROLE_LABEL_KEYS: Record<PlatformRole, MessageKey> = {
  admin: 'platformRole.admin',
  'agency-officer': 'platformRole.agencyOfficer',
};
