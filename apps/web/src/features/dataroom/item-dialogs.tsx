import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import type { RoomFolder } from './dataroom.api.ts';
import { formatIndex } from './labels.ts';

interface NameDialogProps {
  opened: boolean;
  title: string;
  initial: string;
  submitLabel: string;
  onClose: () => void;
  /** Saves the name; a rejection stays in the dialog. */
  onSubmit: (name: string) => Promise<unknown>;
}

/** Asks for a name: a new folder, or renaming a folder or document. */
export function NameDialog({ opened, title, initial, submitLabel, onClose, onSubmit }: NameDialogProps) {
  const t = useT();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (opened) {
      setName(initial);
      setError(null);
    }
  }, [opened, initial]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await onSubmit(name.trim());
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('dataroom.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            maxLength={200}
            data-autofocus
            error={fieldError(error, 'name')}
            data-testid="name-input"
          />
          <ErrorAlert error={error} hideFieldPaths={['name']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} disabled={!name.trim()} data-testid="name-save">
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface MoveDialogProps {
  opened: boolean;
  title: string;
  /** The folders one may move into (already without the moved folder and its subfolders). */
  targets: RoomFolder[];
  current: string | null;
  onClose: () => void;
  onSubmit: (folderId: string | null) => Promise<unknown>;
}

const TOP = '__top__';

/** Chooses the folder to move a folder or a document into (or the top level). */
export function MoveDialog({ opened, title, targets, current, onClose, onSubmit }: MoveDialogProps) {
  const t = useT();
  const format = useFormat();
  const [target, setTarget] = useState<string>(current ?? TOP);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (opened) {
      setTarget(current ?? TOP);
      setError(null);
    }
  }, [opened, current]);

  const data = [
    { value: TOP, label: t('dataroom.topLevel') },
    ...targets.map((folder) => ({
      value: folder.id,
      label: `${formatIndex(format, folder.index)}  ${folder.name}`,
    })),
  ];

  const submit = async () => {
    setPending(true);
    setError(null);
    try {
      await onSubmit(target === TOP ? null : target);
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Select
          label={t('dataroom.move.target')}
          data={data}
          value={target}
          onChange={(value) => setTarget(value ?? TOP)}
          allowDeselect={false}
          searchable
          comboboxProps={{ withinPortal: true }}
          data-testid="move-target"
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={pending} disabled={target === (current ?? TOP)}>
            {t('dataroom.move.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
