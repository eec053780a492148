import { INTL_LOCALE_TAGS, isLocale, isRtlLocale, type Locale } from '@karvan/domain';
import { createContext, type ReactNode, use, useCallback, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { setApiLocale } from '../api/client.ts';
import { loadMessages, type Messages } from './messages.ts';

/** localStorage key that index.html's inline script reads before first paint. */
export const LOCALE_STORAGE_KEY = 'karvan.locale';

// The same BCP 47 tags and locale guard as the domain formatters, so react-intl's ICU
// numbers and plurals match formatNumber/formatDate.
export { INTL_LOCALE_TAGS, isLocale };

/** Each language named in itself, so a reader finds theirs whatever the page's language. */
export const LANGUAGE_ENDONYMS: Record<Locale, string> = {
  fa: 'فارسی',
  ar: 'العربية',
  zh: '中文',
  en: 'English',
};

/** The text direction of a locale. */
export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return isRtlLocale(locale) ? 'rtl' : 'ltr';
}

/** The locale index.html already applied to `<html lang>` before React started. */
export function readDocumentLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : 'en';
}

/** Keeps `<html lang dir>` in step with the UI locale (Mantine's DirectionProvider follows `dir`). */
export function applyDocumentLocale(locale: Locale): void {
  const root = document.documentElement;
  if (root.lang !== locale) root.lang = locale;
  const dir = directionOf(locale);
  if (root.dir !== dir) root.dir = dir;
}

function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

interface LocaleContextValue {
  locale: Locale;
  dir: 'rtl' | 'ltr';
  /** Loads the messages, then switches the UI, `<html lang dir>` and the API's Accept-Language. */
  setLocale: (locale: Locale) => Promise<void>;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

/** The current UI locale and the way to change it. */
export function useLocale(): LocaleContextValue {
  const value = use(LocaleContext);
  if (!value) throw new Error('useLocale() outside <LocaleProvider>');
  return value;
}

interface LocaleProviderProps {
  initialLocale: Locale;
  initialMessages: Messages;
  children: ReactNode;
}

/** Holds the UI locale and its messages and provides react-intl for it. */
export function LocaleProvider({ initialLocale, initialMessages, children }: LocaleProviderProps) {
  const [state, setState] = useState({ locale: initialLocale, messages: initialMessages });
  setApiLocale(state.locale);

  const setLocale = useCallback(async (locale: Locale) => {
    // Remembered first, so a reload during the chunk download still opens in the new language.
    rememberLocale(locale);
    const messages = await loadMessages(locale);
    setApiLocale(locale);
    applyDocumentLocale(locale);
    setState((current) => (current.locale === locale ? current : { locale, messages }));
  }, []);

  const value = useMemo<LocaleContextValue>(
    () => ({ locale: state.locale, dir: directionOf(state.locale), setLocale }),
    [state.locale, setLocale],
  );

  return (
    <LocaleContext value={value}>
      <IntlProvider
        locale={INTL_LOCALE_TAGS[state.locale]}
        defaultLocale="en"
        messages={state.messages}
        onError={(error) => {
          if (import.meta.env.DEV) console.warn(error.message);
        }}
      >
        {children}
      </IntlProvider>
    </LocaleContext>
  );
}
