import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import { ErrorAlert } from './error-alert.tsx';

interface ConfirmButtonProps extends Omit<ButtonProps, 'children' | 'onClick'> {
  /** The button's own label. */
  children: ReactNode;
  /** The question in the dialog title. */
  title: string;
  /** What will happen, in a sentence. */
  message: ReactNode;
  /** Label of the confirming button; defaults to the button's label when it is a string. */
  confirmLabel?: string;
  /** Runs on confirmation; a rejection is shown in the dialog, which stays open. */
  onConfirm: () => Promise<unknown>;
  'aria-label'?: string;
}

/**
 * A button for a destructive or irreversible action: it opens a dialog that asks first.
 * The dialog traps focus, closes on Escape and puts focus on "Cancel", so Enter alone never
 * destroys anything.
 */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  color = 'red',
  variant = 'light',
  ...buttonProps
}: ConfirmButtonProps) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    if (pending) return;
    setOpened(false);
    setError(null);
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setOpened(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button color={color} variant={variant} {...buttonProps} onClick={() => setOpened(true)}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Stack>
          <Text size="sm">{message}</Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button color={color} onClick={confirm} loading={pending}>
              {confirmLabel ?? (typeof children === 'string' ? children : t('common.confirm'))}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
