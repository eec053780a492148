import { formatNumber, type Locale, parseLocalizedNumber } from '@karvan/domain';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { useT } from '../i18n/use-t.ts';

/** A number as the user would type it: the locale's digits, no grouping (۱۲۵۰۰۰۰ for fa). */
function toInputText(value: number | null, locale: Locale): string {
  if (value === null) return '';
  try {
    return formatNumber(value, locale, { useGrouping: false, maximumFractionDigits: 20 });
  } catch {
    return String(value);
  }
}

interface LocalizedNumberInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
}

/**
 * A number field that understands what people actually type: Persian (۱۲۳) and Arabic-Indic
 * (١٢٣) digits, Persian/Arabic separators (٬ ٫) and Latin ones. The text stays as typed;
 * the parsed number goes to `onChange` (null while empty or not a number, with an error shown).
 */
export function LocalizedNumberInput({
  value,
  onChange,
  min,
  max,
  error,
  ...props
}: LocalizedNumberInputProps) {
  const t = useT();
  const { locale } = useLocale();
  const [text, setText] = useState(() => toInputText(value, locale));
  const [parseError, setParseError] = useState<string | null>(null);

  // Follow a value set from outside (a reset), without rewriting what the user is typing.
  useEffect(() => {
    setText((current) => {
      const currentValue = current.trim() === '' ? null : parseLocalizedNumber(current);
      return currentValue === value ? current : toInputText(value, locale);
    });
  }, [value, locale]);

  const handleChange = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setParseError(null);
      onChange(null);
      return;
    }
    const parsed = parseLocalizedNumber(next);
    if (parsed === null || !Number.isFinite(parsed)) {
      setParseError(t('form.notANumber'));
      onChange(null);
      return;
    }
    if ((min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
      setParseError(t('form.numberOutOfRange', { min: min ?? '−∞', max: max ?? '∞' }));
      onChange(null);
      return;
    }
    setParseError(null);
    onChange(parsed);
  };

  return (
    <TextInput
      {...props}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(event) => handleChange(event.currentTarget.value)}
      error={parseError ?? error}
    />
  );
}
