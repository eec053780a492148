import { Badge, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { commoditiesQuery } from './reference.api.ts';

function Codes({ codes }: { codes: string[] }) {
  if (codes.length === 0) return <span className="karvan-missing">—</span>;
  return (
    <Group gap={4}>
      {codes.map((code) => (
        <Badge key={code} variant="outline" color="gray" size="sm" className="karvan-code">
          {code}
        </Badge>
      ))}
    </Group>
  );
}

/** Mineral commodities with their HS and ISIC codes. */
export function CommoditiesPage() {
  const t = useT();
  const commodities = useQuery(commoditiesQuery);
  return (
    <Page
      title={t('reference.commodities.title')}
      subtitle={<Text c="dimmed">{t('reference.commodities.description')}</Text>}
    >
      {commodities.isPending ? (
        <LoadingState />
      ) : commodities.isError ? (
        <ErrorAlert error={commodities.error} onRetry={() => void commodities.refetch()} />
      ) : commodities.data.items.length === 0 ? (
        <EmptyState title={t('reference.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reference.commodities.name')}</Table.Th>
                <Table.Th>{t('reference.commodities.symbol')}</Table.Th>
                <Table.Th>{t('reference.commodities.hs')}</Table.Th>
                <Table.Th>{t('reference.commodities.isic')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {commodities.data.items.map((commodity) => (
                <Table.Tr key={commodity.code}>
                  <Table.Td>
                    <LocalizedText value={commodity.name} unofficial={commodity.unofficial} />
                  </Table.Td>
                  <Table.Td>
                    <bdi className="karvan-code">{commodity.symbol ?? '—'}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <Codes codes={commodity.hs} />
                  </Table.Td>
                  <Table.Td>
                    <Codes codes={commodity.isic} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
