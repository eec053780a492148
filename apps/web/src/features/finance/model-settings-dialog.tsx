import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import type { ModelVisibility } from './finance.api.ts';

interface ModelSettingsDialogProps {
  opened: boolean;
  onClose: () => void;
  name: string;
  visibility: ModelVisibility;
  onSave: (values: { name: string; visibility: ModelVisibility }) => Promise<unknown>;
}

/** Choose who sees a model. */
export function VisibilityControl({
  value,
  onChange,
}: {
  value: ModelVisibility;
  onChange: (v: ModelVisibility) => void;
}) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('finance.visibility.label')}
      </Text>
      <SegmentedControl
        value={value}
        onChange={(next) => onChange(next as ModelVisibility)}
        data={[
          { value: 'owners', label: t('finance.visibility.owners') },
          { value: 'investors', label: t('finance.visibility.investors') },
        ]}
      />
      <Text size="xs" c="dimmed">
        {t(value === 'owners' ? 'finance.visibility.ownersHint' : 'finance.visibility.investorsHint')}
      </Text>
    </Stack>
  );
}

/** Rename a model or change who may read it (no new version: these are not inputs). */
export function ModelSettingsDialog({ opened, onClose, name, visibility, onSave }: ModelSettingsDialogProps) {
  const t = useT();
  const [values, setValues] = useState({ name, visibility });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setPending(true);
    setError(null);
    try {
      await onSave({ name: values.name.trim(), visibility: values.visibility });
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('finance.settings.title')} centered>
      <Stack>
        <TextInput
          label={t('finance.settings.name')}
          value={values.name}
          onChange={(event) => setValues({ ...values, name: event.currentTarget.value })}
          error={fieldError(error, 'name')}
          data-autofocus
        />
        <VisibilityControl
          value={values.visibility}
          onChange={(visibility) => setValues({ ...values, visibility })}
        />
        <ErrorAlert error={error} hideFieldPaths={['name']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={pending} disabled={values.name.trim() === ''}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
