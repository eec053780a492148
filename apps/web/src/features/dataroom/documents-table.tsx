import { Anchor, Table, Text } from '@mantine/core';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { EmptyState } from '../../shared/ui/states.tsx';
import type { Room, RoomDocument, RoomFolder } from './dataroom.api.ts';
import { DocumentActions } from './document-actions.tsx';
import { FolderIcon } from './folder-icon.tsx';
import { fileTypeLabel, formatBytes, formatIndex } from './labels.ts';
import { compareIndex } from './room-tree.ts';

interface DocumentsTableProps {
  room: Room;
  subfolders: RoomFolder[];
  documents: RoomDocument[];
  canManage: boolean;
  onOpenFolder: (folderId: string) => void;
  isTopLevel: boolean;
}

/** The contents of one folder: its subfolders first, then its documents, each with its index number. */
export function DocumentsTable({
  room,
  subfolders,
  documents,
  canManage,
  onOpenFolder,
  isTopLevel,
}: DocumentsTableProps) {
  const t = useT();
  const format = useFormat();

  if (subfolders.length === 0 && documents.length === 0) {
    const isRoomEmpty = room.folders.length === 0 && room.documents.length === 0;
    return (
      <EmptyState
        title={isRoomEmpty ? t('dataroom.empty.room') : t('dataroom.empty.folder')}
        description={
          canManage
            ? t('dataroom.empty.ownerHint')
            : isRoomEmpty && isTopLevel
              ? t('dataroom.empty.granteeHint')
              : undefined
        }
      />
    );
  }

  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="documents-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dataroom.column.index')}</Table.Th>
            <Table.Th>{t('dataroom.column.name')}</Table.Th>
            <Table.Th>{t('dataroom.column.size')}</Table.Th>
            <Table.Th>{t('dataroom.column.type')}</Table.Th>
            <Table.Th>{t('dataroom.column.updated')}</Table.Th>
            <Table.Th>{t('dataroom.column.version')}</Table.Th>
            {canManage ? <Table.Th>{t('common.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...subfolders]
            .sort((a, b) => compareIndex(a.index, b.index))
            .map((folder) => (
              <Table.Tr key={folder.id}>
                <Table.Td className="dataroom-index">{formatIndex(format, folder.index)}</Table.Td>
                <Table.Td colSpan={canManage ? 6 : 5}>
                  <Anchor component="button" type="button" fw={600} onClick={() => onOpenFolder(folder.id)}>
                    <FolderIcon />
                    <bdi>{folder.name}</bdi>
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          {documents.map((document) => (
            <Table.Tr key={document.id} data-testid="document-row" data-document-name={document.name}>
              <Table.Td className="dataroom-index">{formatIndex(format, document.index)}</Table.Td>
              <Table.Td>
                <AnchorLink
                  to="/opportunities/$id/dataroom/documents/$docId"
                  params={{ id: room.opportunityId, docId: document.id }}
                  data-testid="document-link"
                >
                  <bdi>{document.name}</bdi>
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm" span style={{ whiteSpace: 'nowrap' }}>
                  {formatBytes(format, document.size)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" span title={document.mediaType} className="karvan-code">
                  {fileTypeLabel(document.fileName)}
                </Text>
              </Table.Td>
              <Table.Td>{format.date(document.updatedAt)}</Table.Td>
              <Table.Td>{format.number(document.version)}</Table.Td>
              {canManage ? (
                <Table.Td>
                  <DocumentActions room={room} document={document} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
