import type { Locale } from '@karvan/domain';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';

/** What a typed text means: a value, or the message saying why it is not one. */
export type Parsed<T> = { value: T } | { error: string };

export interface ParsedTextInputProps<T> extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  value: T | null;
  onChange: (value: T | null) => void;
  /** Reads a non-empty text. */
  parse: (text: string) => Parsed<T>;
  /** The value as the user would type it in this locale (its digits, no grouping). */
  toText: (value: T, locale: Locale) => string;
}

/**
 * A text field whose value is parsed from what people actually type (Persian ۱۲۳, Arabic-Indic
 * ١٢٣ or Latin digits, their separators). The text stays as typed; the parsed value goes to
 * `onChange` — null while empty or invalid, with the reason shown under the field.
 */
export function ParsedTextInput<T>({
  value,
  onChange,
  parse,
  toText,
  error,
  ...props
}: ParsedTextInputProps<T>) {
  const { locale } = useLocale();
  const readers = useRef({ parse, toText });
  readers.current = { parse, toText };
  const show = (v: T | null) => (v === null ? '' : readers.current.toText(v, locale));
  const [text, setText] = useState(() => show(value));
  const [parseError, setParseError] = useState<string | null>(null);

  // Follow a value set from outside (a reset), without rewriting what the user is typing.
  useEffect(() => {
    setText((current) => {
      const parsed = current.trim() === '' ? null : readers.current.parse(current);
      const currentValue = parsed && 'value' in parsed ? parsed.value : null;
      return currentValue === value ? current : show(value);
    });
  }, [value, locale]);

  const handleChange = (next: string) => {
    setText(next);
    const parsed = next.trim() === '' ? null : parse(next);
    setParseError(parsed && 'error' in parsed ? parsed.error : null);
    onChange(parsed && 'value' in parsed ? parsed.value : null);
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
