import { Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';

/** A spinner with a label that screen readers announce. */
export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  const text = label ?? t('common.loading');
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" aria-hidden="true" />
        <Text size="sm" c="dimmed">
          {text}
        </Text>
      </Stack>
    </Center>
  );
}

interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}

/** What a list shows when it has nothing in it, with the next step when there is one. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Stack align="center" gap="xs" py="xl" className="karvan-empty-state">
      <Text fw={600}>{title}</Text>
      {description ? (
        <Text size="sm" c="dimmed" ta="center" maw={480}>
          {description}
        </Text>
      ) : null}
      {action}
    </Stack>
  );
}
