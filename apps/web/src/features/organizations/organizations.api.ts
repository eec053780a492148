import type { LocalizedText } from '@karvan/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import type {
  Items,
  Member,
  Organization,
  OrganizationInvitation,
  OrganizationKind,
  OrganizationRole,
  Page,
} from '../../shared/api/types.ts';

export interface DirectoryFilters {
  q?: string;
  kind?: OrganizationKind;
  country?: string;
  province?: string;
}

/** The directory, page by page (`nextCursor`). */
export function organizationsQuery(filters: DirectoryFilters) {
  return infiniteQueryOptions({
    queryKey: ['organizations', 'list', filters] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Organization>>('/organizations', { ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function organizationQuery(idOrSlug: string) {
  return queryOptions({
    queryKey: ['organizations', 'one', idOrSlug] as const,
    queryFn: ({ signal }) =>
      api.get<Organization>(`/organizations/${encodeURIComponent(idOrSlug)}`, undefined, signal),
  });
}

export function membersQuery(organizationId: string) {
  return queryOptions({
    queryKey: ['organizations', 'members', organizationId] as const,
    queryFn: ({ signal }) =>
      api.get<Items<Member>>(`/organizations/${organizationId}/members`, undefined, signal),
  });
}

export function invitationsQuery(organizationId: string) {
  return queryOptions({
    queryKey: ['organizations', 'invitations', organizationId] as const,
    queryFn: ({ signal }) =>
      api.get<Items<OrganizationInvitation>>(
        `/organizations/${organizationId}/invitations`,
        undefined,
        signal,
      ),
  });
}

export interface CreateOrganizationRequest {
  name: LocalizedText;
  kind: OrganizationKind;
  country: string;
  province?: string;
  description?: LocalizedText;
}

export const organizationsApi = {
  create: (body: CreateOrganizationRequest) => api.post<Organization>('/organizations', body),
  changeRole: (organizationId: string, userId: string, role: OrganizationRole) =>
    api.patch<void>(`/organizations/${organizationId}/members/${userId}`, { role }),
  removeMember: (organizationId: string, userId: string) =>
    api.delete(`/organizations/${organizationId}/members/${userId}`),
  invite: (organizationId: string, email: string, role: OrganizationRole) =>
    api.post<OrganizationInvitation>(`/organizations/${organizationId}/invitations`, { email, role }),
  cancelInvitation: (organizationId: string, invitationId: string) =>
    api.delete(`/organizations/${organizationId}/invitations/${invitationId}`),
};
