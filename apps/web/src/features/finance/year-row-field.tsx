import { parseLocalizedNumber } from '@karvan/domain';
import { Button, Group, Stack, Text } from '@mantine/core';
import { type ClipboardEvent, useState } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { type Parsed, ParsedTextInput } from '../../shared/ui/parsed-text-input.tsx';
import { useEditor } from './editor-context.tsx';
import { fromDisplayNumber, type NumberKind, toDisplayNumber, toInputText } from './fields.tsx';
import { collectRowIssues, fieldIdOf, toDottedPath } from './issue-paths.ts';
import { type FieldPath, getAtPath } from './model-document.ts';
import {
  fillRight,
  isMultiCellPaste,
  parsePastedCells,
  pasteIntoRow,
  solarHijriYearOf,
  toDocumentRow,
  type YearCell,
} from './year-grid.ts';

interface YearRowFieldProps {
  path: FieldPath;
  label: string;
  kind?: NumberKind;
  /** Project year index of the first cell (capex from its start year, ramp-up from the first operating year). */
  firstYearIndex: number;
  /** How many year columns to offer (to the project's last year). */
  columns: number;
  description?: string;
}

/** The header of one year column: Gregorian, with the Solar Hijri year under it for Persian-calendar readers. */
function YearHeader({ calendarYear, showSolarHijri }: { calendarYear: number; showSolarHijri: boolean }) {
  const format = useFormat();
  return (
    <Stack gap={0} align="center" className="finance-year-header">
      <Text size="xs" fw={600}>
        {format.number(calendarYear, { useGrouping: false })}
      </Text>
      {showSolarHijri ? (
        <Text size="xs" c="dimmed">
          {format.number(solarHijriYearOf(calendarYear), { useGrouping: false })}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * A per-year input as a row of year columns, as in a spreadsheet: Tab moves along the years,
 * pasting tab-separated cells (or a copied column) fills consecutive years, and "fill right"
 * copies the selected year's value into the later ones.
 */
export function YearRowField({
  path,
  label,
  kind = 'percent',
  firstYearIndex,
  columns,
  description,
}: YearRowFieldProps) {
  const t = useT();
  const format = useFormat();
  const { document, dispatch, readOnly, issues, years } = useEditor();
  const [selected, setSelected] = useState<number | null>(null);
  const [pasteProblem, setPasteProblem] = useState(false);
  const raw = getAtPath(document, path);
  const row: YearCell[] = Array.isArray(raw) ? raw.map((v) => (typeof v === 'number' ? v : null)) : [];
  const count = Math.max(1, columns, row.length);
  const rowIssues = collectRowIssues(issues, toDottedPath(path));

  const write = (next: YearCell[]) => dispatch({ type: 'set', path, value: toDocumentRow(next) });
  const parse = (text: string): Parsed<number> => {
    const parsed = parseLocalizedNumber(text.replace(/[%\u066A]\s*$/, ''));
    return parsed === null ? { error: t('form.notANumber') } : { value: parsed };
  };
  const onPaste = (column: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    if (readOnly) return;
    const text = event.clipboardData.getData('text/plain');
    if (!isMultiCellPaste(text)) return;
    event.preventDefault();
    const pasted = parsePastedCells(text);
    const cells = pasted.values.map((v) => (v === null ? null : fromDisplayNumber(v, kind)));
    setPasteProblem(pasted.invalid.length > 0);
    write(pasteIntoRow(row, column, cells, count));
  };

  return (
    <Stack gap={4} id={fieldIdOf(path)} role="group" aria-label={label}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        {readOnly ? null : (
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={selected === null}
            onClick={() => selected !== null && write(fillRight(row, selected, count))}
          >
            {t('finance.grid.fillRight')}
          </Button>
        )}
      </Group>
      {description ? (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      ) : null}
      <div className="finance-year-row">
        {Array.from({ length: count }, (_, column) => {
          const calendarYear = years.startYear + firstYearIndex + column;
          const cell = row[column] ?? null;
          const cellIssues = rowIssues.cells.get(column);
          return (
            <Stack key={column} gap={2} className="finance-year-cell">
              <YearHeader calendarYear={calendarYear} showSolarHijri={years.showSolarHijri} />
              <ParsedTextInput<number>
                id={fieldIdOf([...path, column])}
                size="xs"
                aria-label={t('finance.grid.cellLabel', {
                  row: label,
                  year: format.number(calendarYear, { useGrouping: false }),
                })}
                value={cell === null ? null : toDisplayNumber(cell, kind)}
                parse={parse}
                toText={toInputText}
                readOnly={readOnly}
                error={cellIssues ? true : undefined}
                title={cellIssues?.join(' ')}
                onFocus={() => setSelected(column)}
                onPaste={onPaste(column)}
                onChange={(next) => {
                  const updated = [...row];
                  while (updated.length < column) updated.push(null);
                  updated[column] = next === null ? null : fromDisplayNumber(next, kind);
                  write(updated);
                }}
              />
            </Stack>
          );
        })}
      </div>
      {[...rowIssues.row, ...[...rowIssues.cells.values()].flat()].map((message) => (
        <Text key={message} size="xs" c="red" role="alert">
          {message}
        </Text>
      ))}
      {pasteProblem ? (
        <Text size="xs" c="orange">
          {t('finance.grid.pasteSkipped')}
        </Text>
      ) : null}
      {readOnly ? null : (
        <Text size="xs" c="dimmed">
          {kind === 'percent' ? t('finance.grid.hintPercent') : t('finance.grid.hint')}
        </Text>
      )}
    </Stack>
  );
}
