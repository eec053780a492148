import type { OrganizationKind } from '../shared/api/types.ts';
import { ORGANIZATION_KINDS } from '../shared/api/types.ts';

export interface LoginSearch {
  /** Where to go after signing in: a path on this site. */
  redirect?: string;
}

/** Accepts only a same-site path, so `?redirect=` can never send a user to another site. */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  return value;
}

export function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  const redirect = safeRedirectPath(search.redirect);
  return redirect ? { redirect } : {};
}

export interface ResetSearch {
  token?: string;
}

export function validateResetSearch(search: Record<string, unknown>): ResetSearch {
  return typeof search.token === 'string' && search.token ? { token: search.token } : {};
}

export interface DirectorySearch {
  q?: string;
  kind?: OrganizationKind;
  country?: string;
}

export function validateDirectorySearch(search: Record<string, unknown>): DirectorySearch {
  const result: DirectorySearch = {};
  if (typeof search.q === 'string' && search.q.trim()) result.q = search.q;
  if (typeof search.kind === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(search.kind)) {
    result.kind = search.kind as OrganizationKind;
  }
  if (typeof search.country === 'string' && /^[A-Z]{2}$/.test(search.country))
    result.country = search.country;
  return result;
}
