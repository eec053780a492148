import { infiniteQueryOptions } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import type {
  AdminUser,
  AuditEntry,
  AuditVerification,
  OutboxMessage,
  Page,
  PlatformRole,
} from '../../shared/api/types.ts';

export function adminUsersQuery(q: string) {
  return infiniteQueryOptions({
    queryKey: ['admin', 'users', q] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<AdminUser>>('/admin/users', { q, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export const outboxQuery = infiniteQueryOptions({
  queryKey: ['admin', 'outbox'] as const,
  queryFn: ({ pageParam, signal }) =>
    api.get<Page<OutboxMessage>>('/admin/outbox', { cursor: pageParam }, signal),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (page) => page.nextCursor ?? undefined,
});

export const auditQuery = infiniteQueryOptions({
  queryKey: ['admin', 'audit'] as const,
  queryFn: ({ pageParam, signal }) =>
    api.get<Page<AuditEntry>>('/admin/audit', { cursor: pageParam }, signal),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (page) => page.nextCursor ?? undefined,
});

export const adminApi = {
  setRoles: (userId: string, platformRoles: PlatformRole[]) =>
    api.put<AdminUser>(`/admin/users/${userId}/roles`, { platformRoles }),
  verifyAudit: () => api.get<AuditVerification>('/admin/audit/verify'),
};
