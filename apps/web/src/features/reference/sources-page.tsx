import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { sourcesQuery } from './reference.api.ts';

/** Where each shipped data file comes from and under which licence. */
export function SourcesPage() {
  const t = useT();
  const sources = useQuery(sourcesQuery);
  return (
    <Page
      title={t('reference.sources.title')}
      subtitle={<Text c="dimmed">{t('reference.sources.description')}</Text>}
    >
      {sources.isPending ? (
        <LoadingState />
      ) : sources.isError ? (
        <ErrorAlert error={sources.error} onRetry={() => void sources.refetch()} />
      ) : sources.data.items.length === 0 ? (
        <EmptyState title={t('reference.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reference.sources.file')}</Table.Th>
                <Table.Th>{t('reference.sources.what')}</Table.Th>
                <Table.Th>{t('reference.sources.source')}</Table.Th>
                <Table.Th>{t('reference.sources.licence')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sources.data.items.map((source) => (
                <Table.Tr key={source.file}>
                  <Table.Td>
                    <bdi className="karvan-code">{source.file}</bdi>
                  </Table.Td>
                  <Table.Td dir="auto">{source.what}</Table.Td>
                  <Table.Td dir="auto" style={{ overflowWrap: 'anywhere' }}>
                    {source.source}
                  </Table.Td>
                  <Table.Td dir="auto">{source.licence}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" c="dimmed">
        {t('reference.sources.osm')}
      </Text>
    </Page>
  );
}
