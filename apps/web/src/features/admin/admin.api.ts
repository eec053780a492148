import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import type {
  AdminUser,
  AuditEntry,
  AuditVerification,
  CreateExchangeRateRequest,
  ExchangeRate,
  Items,
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

/** The rates in force now, one per currency (public: the opportunity bank converts with them). */
export const exchangeRatesQuery = queryOptions({
  queryKey: ['exchange-rates', 'current'] as const,
  queryFn: ({ signal }) => api.get<Items<ExchangeRate>>('/exchange-rates', undefined, signal),
});

/** Every rate ever entered, for administrators. */
export const exchangeRateHistoryQuery = queryOptions({
  queryKey: ['exchange-rates', 'history'] as const,
  queryFn: ({ signal }) => api.get<Items<ExchangeRate>>('/admin/exchange-rates', undefined, signal),
});

export const adminApi = {
  setRoles: (userId: string, platformRoles: PlatformRole[]) =>
    api.put<AdminUser>(`/admin/users/${userId}/roles`, { platformRoles }),
  verifyAudit: () => api.get<AuditVerification>('/admin/audit/verify'),
  createExchangeRate: (body: CreateExchangeRateRequest) =>
    api.post<ExchangeRate>('/admin/exchange-rates', body),
};
