import { formatNumber, type Locale, parseLocalizedNumber } from '@karvan/domain';
import type { TextInputProps } from '@mantine/core';
import { useT } from '../i18n/use-t.ts';
import { type Parsed, ParsedTextInput } from './parsed-text-input.tsx';

/** A number as the user would type it: the locale's digits, no grouping (۱۲۵۰۰۰۰ for fa). */
function toInputText(value: number, locale: Locale): string {
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

/** A number field (coordinates, counts): digits in any script, optional bounds. */
export function LocalizedNumberInput({ min, max, ...props }: LocalizedNumberInputProps) {
  const t = useT();
  const parse = (text: string): Parsed<number> => {
    const parsed = parseLocalizedNumber(text);
    if (parsed === null || !Number.isFinite(parsed)) return { error: t('form.notANumber') };
    if ((min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
      return { error: t('form.numberOutOfRange', { min: min ?? '−∞', max: max ?? '∞' }) };
    }
    return { value: parsed };
  };
  return <ParsedTextInput {...props} parse={parse} toText={toInputText} />;
}
