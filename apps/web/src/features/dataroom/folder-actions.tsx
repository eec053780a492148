import { Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmButton } from '../../shared/ui/confirm-button.tsx';
import { dataroomApi, type Room, roomKey } from './dataroom.api.ts';
import { MoveDialog, NameDialog } from './item-dialogs.tsx';
import { countDocumentsUnder, moveTargets } from './room-tree.ts';

type Dialog = 'create' | 'rename' | 'move' | null;

/** New folder in the current one; rename, move and delete (to the bin) for the current folder. */
export function FolderActions({
  room,
  folderId,
  onDeleted,
}: {
  room: Room;
  folderId: string | null;
  onDeleted: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const folder = room.folders.find((item) => item.id === folderId) ?? null;
  const refresh = () => queryClient.invalidateQueries({ queryKey: roomKey(room.opportunityId) });
  const close = () => setDialog(null);

  return (
    <Group gap="xs">
      <Button size="xs" variant="default" onClick={() => setDialog('create')} data-testid="new-folder">
        {t('dataroom.folder.new')}
      </Button>
      {folder ? (
        <>
          <Button size="xs" variant="default" onClick={() => setDialog('rename')}>
            {t('dataroom.rename')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setDialog('move')}>
            {t('dataroom.move')}
          </Button>
          <ConfirmButton
            size="xs"
            title={t('dataroom.folder.deleteTitle', { name: folder.name })}
            message={t('dataroom.folder.deleteMessage', {
              count: countDocumentsUnder(room.folders, room.documents, folder.id),
            })}
            confirmLabel={t('dataroom.toBin')}
            onConfirm={async () => {
              await dataroomApi.deleteFolder(folder.id);
              onDeleted();
              await refresh();
            }}
          >
            {t('dataroom.delete')}
          </ConfirmButton>
        </>
      ) : null}
      <NameDialog
        opened={dialog === 'create'}
        title={t('dataroom.folder.new')}
        initial=""
        submitLabel={t('dataroom.folder.create')}
        onClose={close}
        onSubmit={async (name) => {
          await dataroomApi.createFolder(room.opportunityId, name, folderId);
          await refresh();
        }}
      />
      {folder ? (
        <>
          <NameDialog
            opened={dialog === 'rename'}
            title={t('dataroom.folder.rename')}
            initial={folder.name}
            submitLabel={t('common.save')}
            onClose={close}
            onSubmit={async (name) => {
              await dataroomApi.updateFolder(folder.id, { name });
              await refresh();
            }}
          />
          <MoveDialog
            opened={dialog === 'move'}
            title={t('dataroom.folder.move', { name: folder.name })}
            targets={moveTargets(room.folders, folder.id)}
            current={folder.parentId}
            onClose={close}
            onSubmit={async (parentId) => {
              await dataroomApi.updateFolder(folder.id, { parentId });
              await refresh();
            }}
          />
        </>
      ) : null}
    </Group>
  );
}
