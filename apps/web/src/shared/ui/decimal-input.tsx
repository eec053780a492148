import { formatNumber, type Locale, parseDecimalString } from '@karvan/domain';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { checkPositiveDecimal } from '../format/decimal.ts';
import { useLocale } from '../i18n/locale.tsx';
import { useT } from '../i18n/use-t.ts';

/** A decimal string as the user would type it: the locale's digits, no grouping. */
function toInputText(value: string | null, locale: Locale): string {
  if (value === null) return '';
  try {
    return formatNumber(value, locale, { useGrouping: false, maximumFractionDigits: 20 });
  } catch {
    return value;
  }
}

interface DecimalInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** The exact amount as a Latin-digit decimal string ("1250000.5"), or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
  maxFractionDigits?: number;
  maxIntegerDigits?: number;
}

/**
 * A positive decimal typed in any digits (۱۲۳, ١٢٣, 123) and separators; the value handed on
 * is the exact Latin-digit decimal string the API expects, never a float, so rial amounts of
 * sixteen digits stay exact. Null while empty or invalid, with the reason shown.
 */
export function DecimalInput({
  value,
  onChange,
  maxFractionDigits = 4,
  maxIntegerDigits = 22,
  error,
  ...props
}: DecimalInputProps) {
  const t = useT();
  const { locale } = useLocale();
  const [text, setText] = useState(() => toInputText(value, locale));
  const [parseError, setParseError] = useState<string | null>(null);

  // Follow a value set from outside (a reset), without rewriting what the user is typing.
  useEffect(() => {
    setText((current) => {
      const currentValue = current.trim() === '' ? null : parseDecimalString(current);
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
    const decimal = parseDecimalString(next);
    if (decimal === null) {
      setParseError(t('form.notANumber'));
      onChange(null);
      return;
    }
    const problem = checkPositiveDecimal(decimal, { maxFractionDigits, maxIntegerDigits });
    if (problem) {
      setParseError(
        problem === 'fraction'
          ? t('form.tooManyDecimals', { digits: maxFractionDigits })
          : problem === 'integer'
            ? t('form.numberTooLarge')
            : t('form.mustBePositive'),
      );
      onChange(null);
      return;
    }
    setParseError(null);
    onChange(decimal);
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
