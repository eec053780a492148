import type { Locale } from '@karvan/domain';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import type {
  ApiToken,
  Calendar,
  CreatedApiToken,
  CurrencyDisplay,
  Items,
  MyInvitation,
  Session,
  TotpSetup,
  User,
} from '../../shared/api/types.ts';

export interface UpdateMeRequest {
  name?: string;
  locale?: Locale;
  calendar?: Calendar;
  currencyDisplay?: CurrencyDisplay;
}

export const sessionsQuery = queryOptions({
  queryKey: ['me', 'sessions'] as const,
  queryFn: ({ signal }) => api.get<Items<Session>>('/me/sessions', undefined, signal),
});

export const tokensQuery = queryOptions({
  queryKey: ['me', 'tokens'] as const,
  queryFn: ({ signal }) => api.get<Items<ApiToken>>('/me/tokens', undefined, signal),
});

/** Invitations addressed to my e-mail (also counted in the header's user menu). */
export const myInvitationsQuery = queryOptions({
  queryKey: ['me', 'invitations'] as const,
  queryFn: ({ signal }) => api.get<Items<MyInvitation>>('/me/invitations', undefined, signal),
  staleTime: 60_000,
});

export const accountApi = {
  update: (body: UpdateMeRequest) => api.patch<{ user: User }>('/me', body),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/me/password', { currentPassword, newPassword }),
  setupTotp: () => api.post<TotpSetup>('/me/totp/setup'),
  enableTotp: (code: string) => api.post<void>('/me/totp/enable', { code }),
  disableTotp: (code: string) => api.post<void>('/me/totp/disable', { code }),
  endSession: (id: string) => api.delete(`/me/sessions/${id}`),
  createToken: (name: string) => api.post<CreatedApiToken>('/me/tokens', { name }),
  revokeToken: (id: string) => api.delete(`/me/tokens/${id}`),
  acceptInvitation: (id: string) => api.post<void>(`/me/invitations/${id}/accept`),
  declineInvitation: (id: string) => api.post<void>(`/me/invitations/${id}/decline`),
};
