import { formatNumber, type Locale, parseLocalizedNumber } from '@karvan/domain';
import { Checkbox, Select, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { type Parsed, ParsedTextInput } from '../../shared/ui/parsed-text-input.tsx';
import { useEditor } from './editor-context.tsx';
import { fieldIdOf, toDottedPath } from './issue-paths.ts';
import { type FieldPath, getAtPath, listModelCurrencies, listProductNames } from './model-document.ts';

/** How a number is shown: rates and shares as percents (the document stores fractions). */
export type NumberKind = 'number' | 'percent' | 'integer';

/** The document's fraction as the percent people type, without float noise (0.07 → 7, not 7.000000000000001). */
export function toDisplayNumber(value: number, kind: NumberKind): number {
  return kind === 'percent' ? Number((value * 100).toPrecision(12)) : value;
}

/** The typed number as the document stores it. */
export function fromDisplayNumber(value: number, kind: NumberKind): number {
  return kind === 'percent' ? Number((value / 100).toPrecision(12)) : value;
}

/** A number as typed in this locale: its digits, no grouping, up to 10 decimals. */
export function toInputText(value: number, locale: Locale): string {
  try {
    return formatNumber(value, locale, { useGrouping: false, maximumFractionDigits: 10 });
  } catch {
    return String(value);
  }
}

function useFieldIssues(path: FieldPath): string | undefined {
  const { issues } = useEditor();
  const messages = issues.get(toDottedPath(path));
  return messages?.length ? messages.join(' ') : undefined;
}

interface NumberFieldProps {
  path: FieldPath;
  label: ReactNode;
  kind?: NumberKind;
  description?: ReactNode;
  /** A unit shown inside the field at its end (%, days, t). */
  unit?: string;
}

/** A number of the model: digits in any script; empty leaves the field out (the server says if it is required). */
export function NumberField({ path, label, kind = 'number', description, unit }: NumberFieldProps) {
  const t = useT();
  const { document, dispatch, readOnly } = useEditor();
  const raw = getAtPath(document, path);
  const value = typeof raw === 'number' ? toDisplayNumber(raw, kind) : null;
  const parse = (text: string): Parsed<number> => {
    const parsed = parseLocalizedNumber(text.replace(/[%\u066A]\s*$/, ''));
    if (parsed === null) return { error: t('form.notANumber') };
    return { value: parsed };
  };
  return (
    <ParsedTextInput<number>
      id={fieldIdOf(path)}
      label={label}
      description={description}
      value={value}
      parse={parse}
      toText={toInputText}
      readOnly={readOnly}
      error={useFieldIssues(path)}
      rightSection={unit ? <span className="finance-unit">{unit}</span> : undefined}
      rightSectionWidth={unit ? 48 : undefined}
      onChange={(next) =>
        dispatch({ type: 'set', path, value: next === null ? undefined : fromDisplayNumber(next, kind) })
      }
    />
  );
}

/** A text of the model (names, units): what is typed is kept, the server checks it. */
export function TextField({
  path,
  label,
  description,
}: {
  path: FieldPath;
  label: ReactNode;
  description?: ReactNode;
}) {
  const { document, dispatch, readOnly } = useEditor();
  const raw = getAtPath(document, path);
  return (
    <TextInput
      id={fieldIdOf(path)}
      label={label}
      description={description}
      value={typeof raw === 'string' ? raw : ''}
      readOnly={readOnly}
      error={useFieldIssues(path)}
      onChange={(event) => dispatch({ type: 'set', path, value: event.currentTarget.value })}
    />
  );
}

interface SelectFieldProps {
  path: FieldPath;
  label: ReactNode;
  data: Array<{ value: string; label: string }>;
  /** The label of "not set" (the field is optional and takes a default); absent = a value is required. */
  emptyLabel?: string;
  description?: ReactNode;
}

// Mantine's Select cannot hold an empty string as an option value, so "not set" uses this one.
const UNSET = '__unset__';

/** A choice among fixed options; an optional one can go back to its default. */
export function SelectField({ path, label, data, emptyLabel, description }: SelectFieldProps) {
  const { document, dispatch, readOnly } = useEditor();
  const raw = getAtPath(document, path);
  const options = emptyLabel ? [{ value: UNSET, label: emptyLabel }, ...data] : data;
  const value = typeof raw === 'string' && raw !== '' ? raw : emptyLabel ? UNSET : null;
  // A value that is not among the options (an unknown currency) is still shown, so it can be fixed.
  const shown =
    value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <Select
      id={fieldIdOf(path)}
      label={label}
      description={description}
      data={shown}
      value={value}
      readOnly={readOnly}
      allowDeselect={false}
      error={useFieldIssues(path)}
      comboboxProps={{ withinPortal: true }}
      onChange={(next) =>
        dispatch({ type: 'set', path, value: next === UNSET || next === null ? undefined : next })
      }
    />
  );
}

/** The currency of an item: the model's own by default, or one with an exchange rate. */
export function CurrencyField({ path, label }: { path: FieldPath; label?: ReactNode }) {
  const t = useT();
  const { document } = useEditor();
  const codes = listModelCurrencies(document);
  return (
    <SelectField
      path={path}
      label={label ?? t('finance.field.currency')}
      emptyLabel={t('finance.field.modelCurrency', { code: document.currency ?? '' })}
      data={codes.map((code) => ({ value: code, label: code }))}
    />
  );
}

/** The product a cost or royalty applies to; all products by default. */
export function ProductField({ path }: { path: FieldPath }) {
  const t = useT();
  const { document } = useEditor();
  return (
    <SelectField
      path={path}
      label={t('finance.field.product')}
      emptyLabel={t('finance.field.allProducts')}
      data={listProductNames(document).map((name) => ({ value: name, label: name }))}
    />
  );
}

/** A yes/no of the model. */
export function CheckField({ path, label }: { path: FieldPath; label: ReactNode }) {
  const { document, dispatch, readOnly } = useEditor();
  const raw = getAtPath(document, path);
  return (
    <Checkbox
      id={fieldIdOf(path)}
      label={label}
      checked={raw === true}
      readOnly={readOnly}
      disabled={readOnly}
      error={useFieldIssues(path)}
      onChange={(event) => dispatch({ type: 'set', path, value: event.currentTarget.checked })}
    />
  );
}
