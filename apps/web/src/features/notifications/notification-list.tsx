import { pickLocalizedText } from '@karvan/domain';
import { Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useFormat } from '../../shared/format/format.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import {
  documentNameOf,
  notificationMessageKey,
  notificationTarget,
  roomTitleOf,
} from './notification-content.ts';
import {
  type AppNotification,
  type NotificationsPage,
  notificationsApi,
  notificationsQuery,
} from './notifications.api.ts';

function NotificationItem({
  item,
  onOpen,
}: {
  item: AppNotification;
  onOpen: (item: AppNotification) => void;
}) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const title = roomTitleOf(item);
  const room = typeof title === 'string' ? title : (pickLocalizedText(title ?? {}, locale)?.text ?? '');
  return (
    <UnstyledButton
      onClick={() => onOpen(item)}
      p="xs"
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        background: item.readAt ? undefined : 'var(--mantine-color-cyan-0)',
      }}
      data-testid="notification"
      data-unread={!item.readAt}
    >
      <Text size="sm" fw={item.readAt ? 400 : 600}>
        {t(notificationMessageKey(item.kind), { document: documentNameOf(item) ?? '', room })}
      </Text>
      {typeof item.data.question === 'string' ? (
        <Text size="xs" lineClamp={2}>
          <bdi>{item.data.question}</bdi>
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {format.dateTime(item.createdAt)}
      </Text>
    </UnstyledButton>
  );
}

/**
 * The bell's dropdown: the latest notifications with links, "mark all read" and an empty state.
 * Its own chunk, loaded on the first click, so the header in every first page load stays small.
 */
export function NotificationList({
  page,
  error,
  onClose,
}: {
  page: NotificationsPage | undefined;
  error: unknown;
  onClose: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey });
  const markAll = useMutation({ mutationFn: notificationsApi.markAllRead, onSuccess: refresh });
  const unread = page?.unread ?? 0;
  const items = page?.items ?? [];

  const open = (item: AppNotification) => {
    onClose();
    if (!item.readAt) void notificationsApi.markRead(item.id).then(refresh, () => undefined);
    const target = notificationTarget(item);
    if (target) void navigate(target);
  };

  return (
    <Stack gap="xs" data-testid="notifications-panel">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('notifications.title')}
        </Text>
        {unread > 0 ? (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => markAll.mutate()}
            loading={markAll.isPending}
          >
            {t('notifications.markAllRead')}
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={error ?? markAll.error} />
      {page && items.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t('notifications.empty')}
        </Text>
      ) : null}
      <div style={{ maxBlockSize: 380, overflowY: 'auto' }}>
        <Stack gap={2}>
          {items.map((item) => (
            <NotificationItem key={item.id} item={item} onOpen={open} />
          ))}
        </Stack>
      </div>
    </Stack>
  );
}
