import { formatNumber } from '@karvan/domain';
import { ActionIcon, Badge, Popover } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useSession } from '../../shared/api/session.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { LoadingState } from '../../shared/ui/states.tsx';
import { notificationsQuery } from './notifications.api.ts';

const NotificationList = lazy(() =>
  import('./notification-list.tsx').then((module) => ({ default: module.NotificationList })),
);

function BellIcon() {
  return (
    <svg
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

/** The header bell: unread count (polled every minute and on focus) and, on click, the latest notifications. */
export function NotificationBell() {
  const t = useT();
  const { locale } = useLocale();
  const me = useSession();
  const [opened, setOpened] = useState(false);
  const notifications = useQuery({ ...notificationsQuery, enabled: Boolean(me) });

  if (!me) return null;
  const unread = notifications.data?.unread ?? 0;
  const count = unread > 99 ? `${formatNumber(99, locale)}+` : formatNumber(unread, locale);

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} withinPortal shadow="md">
      <Popover.Target>
        {/* A plain badge over the button rather than Mantine's Indicator: this sits in the first bundle. */}
        <span style={{ position: 'relative', display: 'inline-flex' }}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((value) => !value)}
            aria-label={t('notifications.bell', { count: unread })}
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
          {unread > 0 ? (
            <Badge
              size="xs"
              color="red"
              variant="filled"
              circle={unread < 10}
              aria-hidden="true"
              data-testid="notification-count"
              style={{ position: 'absolute', insetBlockStart: -2, insetInlineEnd: -4, pointerEvents: 'none' }}
            >
              {count}
            </Badge>
          ) : null}
        </span>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        {opened ? (
          <Suspense fallback={<LoadingState />}>
            <NotificationList
              page={notifications.data}
              error={notifications.error}
              onClose={() => setOpened(false)}
            />
          </Suspense>
        ) : null}
      </Popover.Dropdown>
    </Popover>
  );
}
