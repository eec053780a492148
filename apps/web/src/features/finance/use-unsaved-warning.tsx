import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';
import { type ReactNode, useRef } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';

/**
 * Asks before leaving a page with unsaved changes: a dialog for links inside Karvan, the browser's
 * own prompt for closing the tab or reloading. `allowLeave()` lets the page navigate on purpose
 * (after saving or deleting) before React has re-rendered with the new state.
 */
export function useUnsavedWarning(isDirty: boolean): { dialog: ReactNode; allowLeave: () => void } {
  const t = useT();
  const dirty = useRef(isDirty);
  dirty.current = isDirty;
  const blocker = useBlocker({
    shouldBlockFn: () => dirty.current,
    enableBeforeUnload: () => dirty.current,
    withResolver: true,
  });
  const dialog = (
    <Modal
      opened={blocker.status === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('finance.unsaved.title')}
      centered
    >
      <Stack>
        <Text size="sm">{t('finance.unsaved.message')}</Text>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={() => blocker.reset?.()}>
            {t('finance.unsaved.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('finance.unsaved.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return {
    dialog,
    allowLeave: () => {
      dirty.current = false;
    },
  };
}
