import { defaultCalendarFor, type Locale } from '@karvan/domain';
import { useSession } from '../api/session.ts';
import type { Calendar, CurrencyDisplay } from '../api/types.ts';
import { useLocale } from '../i18n/locale.tsx';

export interface DisplayPreferences {
  locale: Locale;
  calendar: Calendar;
  currencyDisplay: CurrencyDisplay;
}

/**
 * How to show dates and money: the signed-in user's saved choices, or for a visitor the
 * defaults of the UI locale.
 */
export function usePreferences(): DisplayPreferences {
  const { locale } = useLocale();
  const me = useSession();
  return {
    locale,
    calendar: me?.user.calendar ?? defaultCalendarFor(locale),
    currencyDisplay: me?.user.currencyDisplay ?? 'rial',
  };
}
