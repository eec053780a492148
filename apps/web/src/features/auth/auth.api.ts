import type { Locale } from '@karvan/domain';
import { api } from '../../shared/api/client.ts';
import type { User } from '../../shared/api/types.ts';

/** The server's password rule (docs/api-contract.md); the form checks it before sending. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const authApi = {
  login: (body: { email: string; password: string; totp?: string }) =>
    api.post<{ user: User }>('/auth/login', body),
  register: (body: { email: string; password: string; name: string; locale: Locale }) =>
    api.post<{ user: User }>('/auth/register', body),
  requestPasswordReset: (email: string) => api.post<void>('/auth/password-reset/request', { email }),
  confirmPasswordReset: (token: string, password: string) =>
    api.post<void>('/auth/password-reset/confirm', { token, password }),
};
