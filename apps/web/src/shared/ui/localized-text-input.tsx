import { LOCALES, type Locale, type LocalizedText as LocalizedTextValue } from '@karvan/domain';
import { Fieldset, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { directionOf, useLocale } from '../i18n/locale.tsx';
import { useT } from '../i18n/use-t.ts';
import { LANGUAGE_NAME_KEYS } from './localized-text.tsx';

interface LocalizedTextInputProps {
  /** Legend of the group, e.g. "Name". */
  label: string;
  /** Base of the inputs' `name` attributes: `name` gives `name.fa`, `name.ar`, … */
  name: string;
  value: LocalizedTextValue;
  onChange: (value: LocalizedTextValue) => void;
  description?: string;
  /** One of the languages must be filled in. */
  required?: boolean;
  multiline?: boolean;
  /** Error for the group as a whole. */
  error?: string;
  /** Errors per language (from the server's field paths `name.fa` …). */
  errors?: Partial<Record<Locale, string>>;
  maxLength?: number;
}

/** Drops empty and blank languages so the API gets only what was written. */
export function compactLocalizedText(value: LocalizedTextValue): LocalizedTextValue {
  const result: LocalizedTextValue = {};
  for (const locale of LOCALES) {
    const text = value[locale]?.trim();
    if (text) result[locale] = text;
  }
  return result;
}

/** Tells whether at least one language has text. */
export function hasAnyText(value: LocalizedTextValue): boolean {
  return LOCALES.some((locale) => Boolean(value[locale]?.trim()));
}

/**
 * Inputs for a `{ fa, ar, zh, en }` field: one per language, each with the `lang` and `dir`
 * of its language so Persian and Arabic are typed right to left even on an English page.
 * The UI language comes first.
 */
export function LocalizedTextInput({
  label,
  name,
  value,
  onChange,
  description,
  required,
  multiline,
  error,
  errors,
  maxLength,
}: LocalizedTextInputProps) {
  const { locale: uiLocale } = useLocale();
  const t = useT();
  const order: Locale[] = [uiLocale, ...LOCALES.filter((locale) => locale !== uiLocale)];

  return (
    <Fieldset legend={required ? `${label} *` : label} variant="filled" radius="md">
      <Stack gap="xs">
        {description ? (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        ) : null}
        {order.map((locale) => {
          const common = {
            label: t(LANGUAGE_NAME_KEYS[locale]),
            name: `${name}.${locale}`,
            value: value[locale] ?? '',
            error: errors?.[locale],
            maxLength,
            // The field's language, not the page's: typing direction and spell-checking follow it.
            lang: locale,
            dir: directionOf(locale),
            onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
              onChange({ ...value, [locale]: event.currentTarget.value }),
          };
          return multiline ? (
            <Textarea key={locale} {...common} autosize minRows={2} maxRows={8} />
          ) : (
            <TextInput key={locale} {...common} />
          );
        })}
        {error ? (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
