import { useMemo } from 'react';
import { INTL_LOCALE_TAGS, useLocale } from '../i18n/locale.tsx';

/**
 * Country names from the browser's CLDR data (`Intl.DisplayNames`), the same source as the
 * shipped countries file, so a card can name a country without fetching the list.
 */
export function useCountryName(): (code: string | null | undefined) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([INTL_LOCALE_TAGS[locale]], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    return (code) => {
      if (!code) return '';
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    };
  }, [locale]);
}
