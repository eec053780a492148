import { type Locale, type LocalizedText as LocalizedTextValue, pickLocalizedText } from '@karvan/domain';
import { Badge, Tooltip } from '@mantine/core';
import type { ElementType } from 'react';
import { directionOf, useLocale } from '../i18n/locale.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { useT } from '../i18n/use-t.ts';

export const LANGUAGE_NAME_KEYS: Record<Locale, MessageKey> = {
  fa: 'language.fa',
  ar: 'language.ar',
  zh: 'language.zh',
  en: 'language.en',
};

interface UnofficialBadgeProps {
  /** The locales whose text is Karvan's own translation. */
  unofficial: readonly Locale[] | undefined;
  /** The locale actually displayed. */
  locale: Locale;
}

/** "Unofficial translation", when the displayed text is one of Karvan's own translations. */
export function UnofficialBadge({ unofficial, locale }: UnofficialBadgeProps) {
  const t = useT();
  if (!unofficial?.includes(locale)) return null;
  return (
    <Tooltip label={t('reference.unofficialHint')} withArrow>
      <Badge size="xs" variant="outline" color="orange" className="karvan-inline-badge" tabIndex={0}>
        {t('reference.unofficial')}
      </Badge>
    </Tooltip>
  );
}

/** A dash for sighted readers, words for screen readers. */
function MissingText({ label }: { label: string }) {
  return (
    <span className="karvan-missing">
      <span aria-hidden="true">—</span>
      <span className="karvan-visually-hidden">{label}</span>
    </span>
  );
}

interface LocalizedTextProps {
  value: LocalizedTextValue | null | undefined;
  /** The element to render the text in (`span` by default). */
  component?: ElementType;
  /** Locales whose text is an unofficial translation: shows a badge when one of them is displayed. */
  unofficial?: readonly Locale[];
  /** Shows a fixed locale rather than the UI locale's pick (tables with one column per language). */
  only?: Locale;
  className?: string;
}

/**
 * Shows multilingual content in the UI language, or along the fallback chain when it is
 * missing. The text carries `lang` and `dir` of ITS language, and a visible mark says when it
 * is not in the UI language.
 */
export function LocalizedText({
  value,
  component: Component = 'span',
  unofficial,
  only,
  className,
}: LocalizedTextProps) {
  const { locale } = useLocale();
  const t = useT();

  if (only) {
    const text = value?.[only];
    if (!text) return <MissingText label={t('common.notAvailable')} />;
    return (
      <>
        <Component lang={only} dir={directionOf(only)} className={className}>
          {text}
        </Component>
        <UnofficialBadge unofficial={unofficial} locale={only} />
      </>
    );
  }

  const picked = value ? pickLocalizedText(value, locale) : null;
  if (!picked) return <MissingText label={t('common.notAvailable')} />;

  return (
    <>
      <Component lang={picked.locale} dir={directionOf(picked.locale)} className={className}>
        {picked.text}
      </Component>
      {picked.isFallback ? (
        <span className="karvan-fallback-mark" data-testid="fallback-mark">
          {' '}
          {t('common.fallbackMark', { language: t(LANGUAGE_NAME_KEYS[picked.locale]) })}
        </span>
      ) : null}
      <UnofficialBadge unofficial={unofficial} locale={picked.locale} />
    </>
  );
}

/** The text of a LocalizedText in the UI language (with fallback), for places that need a plain string. */
export function useLocalizedString(): (value: LocalizedTextValue | null | undefined) => string {
  const { locale } = useLocale();
  return (value) => (value ? (pickLocalizedText(value, locale)?.text ?? '') : '');
}
