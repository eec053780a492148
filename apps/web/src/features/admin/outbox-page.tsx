import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LoadMoreButton } from '../../shared/ui/load-more-button.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { outboxQuery } from './admin.api.ts';

/** Mail the platform sent (or, with no SMTP configured, kept here): reset links and invitations. */
export function AdminOutboxPage() {
  const t = useT();
  const format = useFormat();
  const outbox = useInfiniteQuery(outboxQuery);
  const items = outbox.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t('admin.outbox.title')} subtitle={<Text c="dimmed">{t('admin.outbox.description')}</Text>}>
      {outbox.isPending ? (
        <LoadingState />
      ) : outbox.isError ? (
        <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('admin.outbox.empty')} />
      ) : (
        <Stack>
          <Accordion variant="separated" multiple>
            {items.map((message) => (
              <Accordion.Item key={message.id} value={message.id}>
                <Accordion.Control>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={0}>
                      <Text fw={600} dir="auto">
                        {message.subject}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t('admin.outbox.to')} <bdi>{message.to}</bdi>
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      <Badge variant="light" color={message.sentVia === 'smtp' ? 'green' : 'gray'}>
                        {message.sentVia === 'smtp' ? t('admin.outbox.viaSmtp') : t('admin.outbox.viaOutbox')}
                      </Badge>
                      <Text size="sm">{format.dateTime(message.createdAt)}</Text>
                    </Group>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <pre className="karvan-pre" dir="auto">
                    {message.text}
                  </pre>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
          <LoadMoreButton query={outbox} />
        </Stack>
      )}
    </Page>
  );
}
