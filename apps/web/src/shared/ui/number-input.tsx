import { parseLocalizedNumber } from '@karvan/domain';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t.ts';

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
  const [text, setText] = useState(value === null ? '' : String(value));
  const [parseError, setParseError] = useState<string | null>(null);

  // Follow a value set from outside (a reset), without rewriting what the user is typing.
  useEffect(() => {
    setText((current) => {
      const currentValue = current.trim() === '' ? null : parseLocalizedNumber(current);
      return currentValue === value ? current : value === null ? '' : String(value);
    });
  }, [value]);

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
