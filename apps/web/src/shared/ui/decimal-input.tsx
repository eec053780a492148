import { formatNumber, type Locale, parseDecimalString } from '@karvan/domain';
import type { TextInputProps } from '@mantine/core';
import { checkPositiveDecimal } from '../format/decimal.ts';
import { useT } from '../i18n/use-t.ts';
import { type Parsed, ParsedTextInput } from './parsed-text-input.tsx';

/** A decimal string as the user would type it: the locale's digits, no grouping. */
function toInputText(value: string, locale: Locale): string {
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
 * A positive decimal typed in any digits and separators; the value handed on is the exact
 * Latin-digit decimal string the API expects, never a float, so rial amounts of sixteen digits
 * stay exact.
 */
export function DecimalInput({ maxFractionDigits = 4, maxIntegerDigits = 22, ...props }: DecimalInputProps) {
  const t = useT();
  const parse = (text: string): Parsed<string> => {
    const decimal = parseDecimalString(text);
    if (decimal === null) return { error: t('form.notANumber') };
    const problem = checkPositiveDecimal(decimal, { maxFractionDigits, maxIntegerDigits });
    if (problem === 'fraction') return { error: t('form.tooManyDecimals', { digits: maxFractionDigits }) };
    if (problem === 'integer') return { error: t('form.numberTooLarge') };
    if (problem) return { error: t('form.mustBePositive') };
    return { value: decimal };
  };
  return <ParsedTextInput {...props} parse={parse} toText={toInputText} />;
}
