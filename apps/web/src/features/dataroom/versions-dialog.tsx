import { Modal, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LoadingState } from '../../shared/ui/states.tsx';
import { documentQuery, type RoomDocument } from './dataroom.api.ts';
import { formatBytes } from './labels.ts';

/** Every version of a document, newest first (owner side; the server keeps them all). */
export function VersionsDialog({
  opened,
  onClose,
  opportunityId,
  document,
}: {
  opened: boolean;
  onClose: () => void;
  opportunityId: string;
  document: RoomDocument;
}) {
  const t = useT();
  const format = useFormat();
  const detail = useQuery({ ...documentQuery(opportunityId, document.id), enabled: opened });
  const versions = [...(detail.data?.versions ?? [])].sort((a, b) => b.version - a.version);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('dataroom.document.versionsOf', { name: document.name })}
      size="lg"
      centered
    >
      {detail.isPending ? <LoadingState /> : null}
      <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      {versions.length > 0 ? (
        <Table.ScrollContainer minWidth={480}>
          <Table data-testid="versions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dataroom.column.version')}</Table.Th>
                <Table.Th>{t('dataroom.column.file')}</Table.Th>
                <Table.Th>{t('dataroom.column.size')}</Table.Th>
                <Table.Th>{t('dataroom.column.uploaded')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((version) => (
                <Table.Tr key={version.version}>
                  <Table.Td>{format.number(version.version)}</Table.Td>
                  <Table.Td>
                    <bdi>{version.fileName}</bdi>
                  </Table.Td>
                  <Table.Td>{formatBytes(format, version.size)}</Table.Td>
                  <Table.Td>
                    {format.dateTime(version.uploadedAt)}
                    {version.uploadedBy.name ? (
                      <>
                        {t('common.listSeparator')}
                        <bdi>{version.uploadedBy.name}</bdi>
                      </>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Modal>
  );
}
