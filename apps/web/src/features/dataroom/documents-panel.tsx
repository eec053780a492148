import { Anchor, Breadcrumbs, Group, Paper, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import type { Room } from './dataroom.api.ts';
import { DocumentsTable } from './documents-table.tsx';
import { FolderActions } from './folder-actions.tsx';
import { FolderTree } from './folder-tree.tsx';
import { buildFolderTree, documentsIn, folderPath } from './room-tree.ts';
import { filesFromDrop, type PickedFile, uploadTargetFor } from './upload-files.ts';
import { UploadButtons, UploadList } from './upload-list.tsx';
import { useUploadQueue } from './use-upload-queue.ts';
import { useWindowFileDrop } from './use-window-file-drop.ts';

interface DocumentsPanelProps {
  room: Room;
  canManage: boolean;
  folderId: string | null;
}

/** The folder tree beside the selected folder's contents; owners add files by dropping or picking. */
export function DocumentsPanel({ room, canManage, folderId: requested }: DocumentsPanelProps) {
  const t = useT();
  const navigate = useNavigate({ from: '/opportunities/$id/dataroom' });
  const uploads = useUploadQueue(room.opportunityId);
  // A folder from an old link that is gone (or not visible) falls back to the top level.
  const folderId = requested && room.folders.some((f) => f.id === requested) ? requested : null;
  const tree = useMemo(() => buildFolderTree(room.folders), [room.folders]);
  const path = folderPath(room.folders, folderId);
  const subfolders = room.folders.filter((folder) => folder.parentId === folderId);
  const documents = documentsIn(room.documents, folderId);

  const select = (id: string | null) =>
    void navigate({ search: (previous) => ({ ...previous, folder: id ?? undefined }) });

  const enqueue = (targetFolderId: string | null, picked: PickedFile[]) => {
    uploads.enqueue(
      picked.map(({ file, relativeDir }) => ({
        file,
        label: relativeDir ? `${relativeDir}/${file.name}` : file.name,
        target: uploadTargetFor(targetFolderId, relativeDir),
      })),
    );
  };
  const dropInto = (targetFolderId: string | null, transfer: DataTransfer) => {
    void filesFromDrop(transfer).then((picked) => enqueue(targetFolderId, picked));
  };

  // Files dropped anywhere on the page go to the folder on screen; a folder in the tree takes its own.
  const isDragging = useWindowFileDrop(canManage, (transfer) => dropInto(folderId, transfer));

  return (
    <div className="dataroom-layout">
      <Paper withBorder p="sm">
        <FolderTree
          nodes={tree}
          selected={folderId}
          onSelect={select}
          onDropFiles={canManage ? dropInto : undefined}
        />
      </Paper>
      <Stack gap="sm" className="dataroom-drop" data-testid="dataroom-dropzone" data-dropping={isDragging}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Breadcrumbs separatorMargin={4}>
            <Anchor component="button" type="button" size="sm" onClick={() => select(null)}>
              {t('dataroom.topLevel')}
            </Anchor>
            {path.map((folder) => (
              <Anchor
                key={folder.id}
                component="button"
                type="button"
                size="sm"
                onClick={() => select(folder.id)}
              >
                <bdi>{folder.name}</bdi>
              </Anchor>
            ))}
          </Breadcrumbs>
          {canManage ? (
            <Group gap="xs">
              <FolderActions
                room={room}
                folderId={folderId}
                onDeleted={() => select(path.at(-2)?.id ?? null)}
              />
              <UploadButtons onPick={(picked) => enqueue(folderId, picked)} />
            </Group>
          ) : null}
        </Group>
        {canManage ? (
          <Text size="xs" c="dimmed">
            {t('dataroom.upload.dropHint')}
          </Text>
        ) : null}
        <UploadList items={uploads.items} onClear={uploads.clearFinished} />
        <DocumentsTable
          room={room}
          subfolders={subfolders}
          documents={documents}
          canManage={canManage}
          onOpenFolder={select}
          isTopLevel={folderId === null}
        />
      </Stack>
    </div>
  );
}
