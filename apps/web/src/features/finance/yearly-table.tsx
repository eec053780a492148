import type { RowName } from '@karvan/domain/finance';
import { ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import type { ModelResult } from './finance.api.ts';
import { useResultFormat } from './use-result-format.ts';
import { solarHijriYearOf } from './year-grid.ts';

type YearRow = ModelResult['years'][number];
type TableRow = {
  key: MessageKey;
  value: (row: YearRow) => number | null;
  isTotal?: boolean;
  isRatio?: boolean;
};

const money = (name: RowName) => (row: YearRow) => row[name];
// 0 − x rather than −x: a zero cost must not print as "−0.0".
const negative = (name: RowName) => (row: YearRow) => 0 - row[name];

// The three blocks analysts read: income statement, project cash flow, funding. Costs are shown
// negative so each block adds up down the column.
const GROUPS: Array<{ title: MessageKey; rows: TableRow[] }> = [
  {
    title: 'finance.table.income',
    rows: [
      { key: 'finance.row.revenue', value: money('revenue') },
      { key: 'finance.row.variableCosts', value: negative('variableCosts') },
      { key: 'finance.row.fixedCosts', value: negative('fixedCosts') },
      { key: 'finance.row.royalties', value: negative('royalties') },
      { key: 'finance.row.ebitda', value: money('ebitda'), isTotal: true },
      { key: 'finance.row.depreciation', value: negative('depreciation') },
      { key: 'finance.row.interestExpense', value: negative('interestExpense') },
      { key: 'finance.row.taxableIncome', value: money('taxableIncome') },
      { key: 'finance.row.tax', value: negative('tax') },
      { key: 'finance.row.netIncome', value: money('netIncome'), isTotal: true },
    ],
  },
  {
    title: 'finance.table.cashFlow',
    rows: [
      { key: 'finance.row.ebitda', value: money('ebitda') },
      { key: 'finance.row.tax', value: negative('tax') },
      { key: 'finance.row.capex', value: negative('capex') },
      { key: 'finance.row.workingCapitalChange', value: negative('workingCapitalChange') },
      { key: 'finance.row.residualValue', value: money('residualValue') },
      { key: 'finance.row.projectCashFlow', value: money('projectCashFlow'), isTotal: true },
      { key: 'finance.row.cumulativeCashFlow', value: (row) => row.cumulativeProjectCashFlow },
      { key: 'finance.row.discountedCashFlow', value: (row) => row.discountedProjectCashFlow },
    ],
  },
  {
    title: 'finance.table.funding',
    rows: [
      { key: 'finance.row.loanDrawdown', value: money('loanDrawdown') },
      { key: 'finance.row.interestPaid', value: negative('interestPaid') },
      { key: 'finance.row.principalRepaid', value: negative('principalRepaid') },
      { key: 'finance.row.loanBalance', value: money('loanBalance') },
      { key: 'finance.row.equityCashFlow', value: money('equityCashFlow'), isTotal: true },
      { key: 'finance.row.dscr', value: (row) => row.dscr, isRatio: true },
    ],
  },
];

/** The yearly results as a spreadsheet: one column per year (Solar Hijri under it for Persian-calendar readers). */
export function YearlyTable({ result, showSolarHijri }: { result: ModelResult; showSolarHijri: boolean }) {
  const t = useT();
  const f = useResultFormat(result.currency);
  const scale = f.scaleFor(
    result.years.flatMap((row) => [row.revenue, row.capex, row.cumulativeProjectCashFlow]),
  );
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {scale.caption}
      </Text>
      <ScrollArea type="auto" offsetScrollbars>
        <Table
          striped
          withTableBorder
          withColumnBorders
          className="finance-results-table"
          data-testid="yearly-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className="finance-sticky-cell">
                {t('finance.table.year')}
              </Table.Th>
              {result.years.map((row) => (
                <Table.Th key={row.index} scope="col" className="finance-number">
                  <div>{f.year(row.calendarYear)}</div>
                  {showSolarHijri ? (
                    <Text span size="xs" c="dimmed">
                      {f.year(solarHijriYearOf(row.calendarYear))}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t(
                      row.phase === 'construction' ? 'finance.table.construction' : 'finance.table.operation',
                    )}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          {GROUPS.map((group) => (
            <Table.Tbody key={group.title}>
              <Table.Tr>
                <Table.Th scope="rowgroup" colSpan={result.years.length + 1} className="finance-group-row">
                  {t(group.title)}
                </Table.Th>
              </Table.Tr>
              {group.rows.map((line) => (
                <Table.Tr
                  key={`${group.title}-${line.key}`}
                  className={line.isTotal ? 'finance-total-row' : undefined}
                >
                  <Table.Th scope="row" className="finance-sticky-cell">
                    {t(line.key)}
                  </Table.Th>
                  {result.years.map((row) => {
                    const value = line.value(row);
                    return (
                      <Table.Td key={row.index} className="finance-number">
                        {value === null ? '—' : line.isRatio ? f.number(value) : scale.format(value)}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          ))}
        </Table>
      </ScrollArea>
    </Stack>
  );
}
