import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { meQuery } from '../../shared/api/session.ts';
import type { User } from '../../shared/api/types.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';

/**
 * What happens after a successful sign-in or registration: the account's language becomes
 * the UI language, the cached user is refreshed (memberships included) and the browser goes
 * where it was heading.
 */
export function useSignedIn() {
  const queryClient = useQueryClient();
  const router = useRouter();
  const { setLocale } = useLocale();

  return async (user: User, redirectTo: string | undefined) => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'reference' });
    await setLocale(user.locale);
    await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
    router.history.push(redirectTo ?? '/');
  };
}
