import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../shared/api/client.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { VERSION_CONFLICT } from './finance.api.ts';

interface SaveVersionDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Saves with the note; `force` = on top of whatever is latest now (after a conflict). */
  onSave: (note: string, force: boolean) => Promise<unknown>;
  /** Discards the edits and loads the latest saved version. */
  onReload: () => void;
}

/**
 * Asks for a note and saves a new version. When someone else saved meanwhile (409), it says so and
 * offers to reload their version (losing these edits) or to save these edits anyway as a newer one.
 */
export function SaveVersionDialog({ opened, onClose, onSave, onReload }: SaveVersionDialogProps) {
  const t = useT();
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isConflict = isApiError(error, VERSION_CONFLICT);

  const save = async (force: boolean) => {
    setPending(true);
    setError(null);
    try {
      await onSave(note.trim(), force);
      setNote('');
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };
  const close = () => {
    if (pending) return;
    setError(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('finance.save.title')} centered>
      <Stack>
        <Textarea
          label={t('finance.save.note')}
          description={t('finance.save.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={1000}
          data-autofocus
          data-testid="version-note"
        />
        {isConflict ? (
          <Alert color="orange" title={t('finance.save.conflictTitle')} data-testid="version-conflict">
            <Stack gap="xs">
              <Text size="sm">{t('finance.save.conflictMessage')}</Text>
              <Group>
                <Button variant="default" size="xs" onClick={onReload}>
                  {t('finance.save.reload')}
                </Button>
                <Button size="xs" loading={pending} onClick={() => void save(true)}>
                  {t('finance.save.saveAnyway')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={pending}>
            {t('common.cancel')}
          </Button>
          {isConflict ? null : (
            <Button onClick={() => void save(false)} loading={pending} data-testid="version-save-confirm">
              {t('finance.save.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
