import { ActionIcon, Group, Menu, Modal, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ChevronDownIcon } from '../../shared/ui/icons.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { dataroomApi, type Room, type RoomDocument, roomKey } from './dataroom.api.ts';
import { MoveDialog, NameDialog } from './item-dialogs.tsx';
import { moveTargets } from './room-tree.ts';
import { VersionsDialog } from './versions-dialog.tsx';

type Dialog = 'rename' | 'move' | 'versions' | 'delete' | null;

/** The owner's menu on one document: rename, move, replace with a new version, versions, delete. */
export function DocumentActions({ room, document }: { room: Room; document: RoomDocument }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [replacing, setReplacing] = useState<{ progress: number; error: unknown } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: roomKey(room.opportunityId) });
  const close = () => setDialog(null);

  const replace = async (file: File) => {
    setReplacing({ progress: 0, error: null });
    try {
      await dataroomApi.uploadVersion(document.id, file, {
        onProgress: ({ loaded, total }) => setReplacing({ progress: (loaded / total) * 100, error: null }),
      });
      setReplacing(null);
      await refresh();
    } catch (error) {
      setReplacing({ progress: 0, error });
    }
  };

  return (
    <Group gap={4} wrap="nowrap">
      <input
        ref={fileInput}
        type="file"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void replace(file);
        }}
      />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={t('dataroom.documentActions', { name: document.name })}>
            <ChevronDownIcon size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('rename')}>{t('dataroom.rename')}</Menu.Item>
          <Menu.Item onClick={() => setDialog('move')}>{t('dataroom.move')}</Menu.Item>
          <Menu.Item onClick={() => fileInput.current?.click()}>{t('dataroom.document.replace')}</Menu.Item>
          <Menu.Item onClick={() => setDialog('versions')}>{t('dataroom.document.versions')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => setDialog('delete')}>
            {t('dataroom.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <NameDialog
        opened={dialog === 'rename'}
        title={t('dataroom.document.rename')}
        initial={document.name}
        submitLabel={t('common.save')}
        onClose={close}
        onSubmit={async (name) => {
          await dataroomApi.updateDocument(document.id, { name });
          await refresh();
        }}
      />
      <MoveDialog
        opened={dialog === 'move'}
        title={t('dataroom.document.move', { name: document.name })}
        targets={moveTargets(room.folders, null)}
        current={document.folderId}
        onClose={close}
        onSubmit={async (folderId) => {
          await dataroomApi.updateDocument(document.id, { folderId });
          await refresh();
        }}
      />
      <VersionsDialog
        opened={dialog === 'versions'}
        onClose={close}
        opportunityId={room.opportunityId}
        document={document}
      />
      <ConfirmDialog
        opened={dialog === 'delete'}
        onClose={close}
        title={t('dataroom.document.deleteTitle', { name: document.name })}
        message={t('dataroom.document.deleteMessage')}
        confirmLabel={t('dataroom.toBin')}
        onConfirm={async () => {
          await dataroomApi.deleteDocument(document.id);
          await refresh();
        }}
      />
      <Modal
        opened={replacing !== null}
        onClose={() => setReplacing(null)}
        title={t('dataroom.document.replace')}
        centered
        closeOnClickOutside={false}
      >
        <Stack>
          <Text size="sm">
            <bdi>{document.name}</bdi>
          </Text>
          {replacing?.error ? (
            <ErrorAlert error={replacing.error} />
          ) : (
            <Progress value={replacing?.progress ?? 0} aria-label={t('dataroom.upload.uploading')} />
          )}
        </Stack>
      </Modal>
    </Group>
  );
}
