import { Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { formatBytes } from './labels.ts';
import { filesFromInput, type PickedFile } from './upload-files.ts';
import type { UploadItem, UploadStatus } from './use-upload-queue.ts';

const STATUS_KEYS: Record<UploadStatus, MessageKey> = {
  queued: 'dataroom.upload.queued',
  uploading: 'dataroom.upload.uploading',
  done: 'dataroom.upload.done',
  failed: 'dataroom.upload.failed',
};
const STATUS_COLORS: Record<UploadStatus, string> = {
  queued: 'gray',
  uploading: 'cyan',
  done: 'teal',
  failed: 'red',
};

/** "Upload files" and "Upload a folder": real file inputs behind buttons (keyboard users need them too). */
export function UploadButtons({ onPick }: { onPick: (picked: PickedFile[]) => void }) {
  const t = useT();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = event.currentTarget.files;
    if (files?.length) onPick(filesFromInput(files));
    // Cleared so picking the same file again still fires a change.
    event.currentTarget.value = '';
  };
  return (
    <>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        onChange={onChange}
        data-testid="upload-files-input"
      />
      <input
        // `webkitdirectory` is not in React's attribute types; every current browser supports it.
        ref={(element) => {
          folderInput.current = element;
          element?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        onChange={onChange}
        data-testid="upload-folder-input"
      />
      <Button size="xs" onClick={() => filesInput.current?.click()} data-testid="upload-files">
        {t('dataroom.upload.files')}
      </Button>
      <Button size="xs" variant="light" onClick={() => folderInput.current?.click()}>
        {t('dataroom.upload.folder')}
      </Button>
    </>
  );
}

/** Each file of the current uploads: progress while sending, the server's reason when refused. */
export function UploadList({ items, onClear }: { items: UploadItem[]; onClear: () => void }) {
  const t = useT();
  const format = useFormat();
  if (items.length === 0) return null;
  const finished = items.filter((item) => item.status === 'done' || item.status === 'failed').length;
  return (
    <Paper withBorder p="sm" aria-live="polite" data-testid="upload-list">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            {t('dataroom.upload.summary', {
              finished: format.number(finished),
              total: format.number(items.length),
            })}
          </Text>
          {finished > 0 ? (
            <Button size="compact-xs" variant="subtle" onClick={onClear}>
              {t('dataroom.upload.clear')}
            </Button>
          ) : null}
        </Group>
        {items.map((item) => (
          <Stack key={item.key} gap={2} data-testid="upload-item" data-status={item.status}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" truncate>
                <bdi>{item.label}</bdi>
              </Text>
              <Group gap={6} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {formatBytes(format, item.size)}
                </Text>
                <Badge size="sm" variant="light" color={STATUS_COLORS[item.status]}>
                  {t(STATUS_KEYS[item.status])}
                </Badge>
              </Group>
            </Group>
            {item.status === 'uploading' ? (
              <Progress
                value={item.size > 0 ? (item.loaded / item.size) * 100 : 0}
                size="sm"
                aria-label={item.label}
              />
            ) : null}
            {item.status === 'failed' ? (
              <Text size="xs" c="red" role="alert">
                {item.error?.detail || item.error?.title || t('error.network')}
              </Text>
            ) : null}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
