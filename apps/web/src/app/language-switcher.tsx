import { LOCALES } from '@karvan/domain';
import { NativeSelect } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../shared/api/client.ts';
import { meQuery, useSession } from '../shared/api/session.ts';
import type { User } from '../shared/api/types.ts';
import { isLocale, LANGUAGE_ENDONYMS, useLocale } from '../shared/i18n/locale.tsx';
import { useT } from '../shared/i18n/use-t.ts';
import { GlobeIcon } from '../shared/ui/icons.tsx';

/**
 * The language menu. A native <select> so it works the same with keyboard, screen reader,
 * touch and browser tests. For a signed-in user the choice is saved to the account as well.
 */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const me = useSession();
  const queryClient = useQueryClient();

  const change = async (next: string) => {
    if (!isLocale(next) || next === locale) return;
    await setLocale(next);
    if (me) {
      try {
        const { user } = await api.patch<{ user: User }>('/me', { locale: next });
        queryClient.setQueryData(meQuery.queryKey, (current) => (current ? { ...current, user } : current));
      } catch {
        // The page already switched; the account keeps its old language until the next change.
      }
    }
  };

  return (
    <NativeSelect
      aria-label={t('language.switcher')}
      data-testid="language-switcher"
      name="locale"
      size="sm"
      value={locale}
      onChange={(event) => void change(event.currentTarget.value)}
      leftSection={<GlobeIcon size={16} />}
      w={140}
    >
      {LOCALES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_ENDONYMS[code]}
        </option>
      ))}
    </NativeSelect>
  );
}
