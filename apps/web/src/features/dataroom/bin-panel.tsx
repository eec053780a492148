import { Button, Group, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmButton } from '../../shared/ui/confirm-button.tsx';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { type BinKind, binQuery, dataroomApi, roomKey } from './dataroom.api.ts';
import { FolderIcon } from './folder-icon.tsx';

interface BinRow {
  kind: BinKind;
  id: string;
  name: string;
  deletedAt: string;
  deletedBy: string | null;
}

/** What was deleted: restore it (to where it was), or delete it for good after a question. */
export function BinPanel({ opportunityId }: { opportunityId: string }) {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const bin = useQuery(binQuery(opportunityId));
  const refresh = () => queryClient.invalidateQueries({ queryKey: roomKey(opportunityId) });
  const restore = useMutation({
    mutationFn: (row: BinRow) => dataroomApi.restore(row.kind, row.id),
    onSuccess: refresh,
  });

  if (bin.isPending) return <LoadingState />;
  if (bin.isError) return <ErrorAlert error={bin.error} onRetry={() => void bin.refetch()} />;

  const rows: BinRow[] = [
    ...bin.data.folders.map((f) => ({
      kind: 'folders' as const,
      id: f.id,
      name: f.name,
      deletedAt: f.deletedAt,
      deletedBy: f.deletedBy.name,
    })),
    ...bin.data.documents.map((d) => ({
      kind: 'documents' as const,
      id: d.id,
      name: d.name,
      deletedAt: d.deletedAt,
      deletedBy: d.deletedBy.name,
    })),
  ].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));

  if (rows.length === 0)
    return <EmptyState title={t('dataroom.bin.empty')} description={t('dataroom.bin.hint')} />;

  return (
    <>
      <ErrorAlert error={restore.error} />
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="xs" data-testid="bin-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dataroom.column.name')}</Table.Th>
              <Table.Th>{t('dataroom.bin.deleted')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.kind}:${row.id}`}>
                <Table.Td>
                  {row.kind === 'folders' ? <FolderIcon /> : null}
                  <bdi>{row.name}</bdi>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {format.dateTime(row.deletedAt)}
                    {row.deletedBy ? (
                      <>
                        {t('common.listSeparator')}
                        <bdi>{row.deletedBy}</bdi>
                      </>
                    ) : null}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      loading={restore.isPending && restore.variables?.id === row.id}
                      onClick={() => restore.mutate(row)}
                    >
                      {t('dataroom.bin.restore')}
                    </Button>
                    <ConfirmButton
                      size="xs"
                      title={t('dataroom.bin.purgeTitle', { name: row.name })}
                      message={t('dataroom.bin.purgeMessage')}
                      onConfirm={async () => {
                        await dataroomApi.purge(row.kind, row.id);
                        await refresh();
                      }}
                    >
                      {t('dataroom.bin.purge')}
                    </ConfirmButton>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
