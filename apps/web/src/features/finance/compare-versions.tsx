import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LoadingState } from '../../shared/ui/states.tsx';
import { compareQuery } from './finance.api.ts';
import { currencyOfInputPath, kindOfInputPath } from './input-kinds.ts';
import { sectionOfPath } from './issue-paths.ts';
import { SECTION_KEYS } from './issues-summary.tsx';
import { KeyMetrics } from './key-metrics.tsx';
import { useResultFormat } from './use-result-format.ts';

/**
 * A changed input as text, as the editor shows it: rates and shares as percents (stored as fractions),
 * money in its item's currency with the reader's digits and rial/toman choice, the start year without
 * grouping, other numbers in the reader's digits; lists and objects as JSON.
 */
function useShowValue() {
  const t = useT();
  const format = useFormat();
  const f = useResultFormat('USD');
  return (value: unknown, path: string, document: unknown) => {
    if (value === undefined || value === null) return t('finance.compare.absent');
    if (typeof value === 'number') {
      switch (kindOfInputPath(path)) {
        case 'percent':
          return format.number(value, { style: 'percent', maximumFractionDigits: 2 });
        case 'money': {
          const currency = currencyOfInputPath(document, path);
          return currency ? f.amount(value, currency) : format.number(value, { maximumFractionDigits: 2 });
        }
        case 'year':
          return format.number(value, { useGrouping: false });
        default:
          return format.number(value, { maximumFractionDigits: 6 });
      }
    }
    if (typeof value === 'string' || typeof value === 'boolean') return String(value);
    return JSON.stringify(value);
  };
}

/** Two versions side by side: the inputs that changed, then both versions' headline results. */
export function CompareVersions({ modelId, from, to }: { modelId: string; from: number; to: number }) {
  const t = useT();
  const format = useFormat();
  const show = useShowValue();
  const comparison = useQuery(compareQuery(modelId, from, to));
  if (comparison.isPending) return <LoadingState />;
  if (comparison.isError)
    return <ErrorAlert error={comparison.error} onRetry={() => void comparison.refetch()} />;
  const { changes, from: older, to: newer } = comparison.data;
  return (
    <Stack data-testid="compare-result">
      <Title order={3} size="h5">
        {t('finance.compare.changes', { count: changes.length })}
      </Title>
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('finance.compare.noChanges')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.compare.field')}</Table.Th>
                <Table.Th>{t('finance.versions.label', { version: format.number(from) })}</Table.Th>
                <Table.Th>{t('finance.versions.label', { version: format.number(to) })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change) => (
                <Table.Tr key={change.path}>
                  <Table.Td>
                    {t(SECTION_KEYS[sectionOfPath(change.path)])}
                    {t('common.listSeparator')}
                    <bdi className="karvan-code">{change.path}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{show(change.from, change.path, older.document)}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{show(change.to, change.path, newer.document)}</bdi>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {[comparison.data.from, comparison.data.to].map((version) => (
          <Stack key={version.version} gap="xs">
            <Title order={3} size="h5">
              {t('finance.versions.label', { version: format.number(version.version) })}
            </Title>
            <KeyMetrics result={version.result} compact />
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
