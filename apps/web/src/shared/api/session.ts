import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from './client.ts';
import type { Me } from './types.ts';

/**
 * The signed-in user, or null for a visitor. A 401 is the normal answer for visitors, so
 * it resolves to null instead of failing.
 */
export const meQuery = queryOptions({
  queryKey: ['me'] as const,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      return await api.get<Me>('/me', undefined, signal);
    } catch (error) {
      if (isApiError(error) && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

/** The signed-in user (`data` is null for a visitor). */
export function useMe() {
  return useQuery(meQuery);
}

/** Tells whether the user holds the platform administrator role. */
export function isPlatformAdmin(me: Me | null | undefined): boolean {
  return me?.user.platformRoles.includes('admin') ?? false;
}

/** Tells whether the user vets opportunities: agency officers and platform administrators. */
export function isVettingOfficer(me: Me | null | undefined): boolean {
  const roles = me?.user.platformRoles ?? [];
  return roles.includes('agency-officer') || roles.includes('admin');
}

/** The signed-in user from the cache (null for a visitor or while it is loading). */
export function useSession(): Me | null {
  const { data } = useQuery(meQuery);
  return data ?? null;
}
