import { Anchor, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LoadMoreButton } from '../../shared/ui/load-more-button.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import {
  ACTIVITY_ACTIONS,
  type ActivityAction,
  type ActivityFilters,
  activityExportUrl,
  activityQuery,
  type Room,
} from './dataroom.api.ts';
import { ACTION_LABEL_KEYS, formatDuration, formatIndex } from './labels.ts';
import { compareIndex } from './room-tree.ts';

/** Who opened what, which pages, for how long: filters by user, document and action; exports. */
export function ActivityPanel({ room }: { room: Room }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const [filters, setFilters] = useState<ActivityFilters>({});
  const activity = useInfiniteQuery(activityQuery(room.opportunityId, filters));
  const items = activity.data?.pages.flatMap((page) => page.items) ?? [];
  // Everyone seen so far stays in the user filter when a filter narrows the list.
  const seenUsers = useRef(new Map<string, string>());
  for (const item of items) {
    if (item.user) seenUsers.current.set(item.user.id, `${item.user.name} <${item.user.email}>`);
  }
  const userOptions = [...seenUsers.current].map(([value, label]) => ({ value, label }));
  const documentOptions = useMemo(
    () =>
      [...room.documents]
        .sort((a, b) => compareIndex(a.index, b.index))
        .map((doc) => ({ value: doc.id, label: `${formatIndex(format, doc.index)}  ${doc.name}` })),
    [room.documents, format],
  );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('dataroom.activity.user')}
            data={userOptions}
            value={filters.userId ?? null}
            onChange={(userId) => setFilters({ ...filters, userId: userId ?? undefined })}
            clearable
            searchable
            w={240}
            data-testid="activity-user"
          />
          <Select
            label={t('dataroom.activity.document')}
            data={documentOptions}
            value={filters.documentId ?? null}
            onChange={(documentId) => setFilters({ ...filters, documentId: documentId ?? undefined })}
            clearable
            searchable
            w={240}
          />
          <Select
            label={t('dataroom.activity.action')}
            data={ACTIVITY_ACTIONS.map((action) => ({ value: action, label: t(ACTION_LABEL_KEYS[action]) }))}
            value={filters.action ?? null}
            onChange={(action) => setFilters({ ...filters, action: (action as ActivityAction) ?? undefined })}
            clearable
            w={180}
          />
        </Group>
        <Group gap="sm">
          <Anchor
            href={activityExportUrl(room.opportunityId, 'csv', locale, filters)}
            size="sm"
            data-testid="activity-csv"
          >
            {t('dataroom.activity.exportCsv')}
          </Anchor>
          <Anchor
            href={activityExportUrl(room.opportunityId, 'xlsx', locale, filters)}
            size="sm"
            data-testid="activity-xlsx"
          >
            {t('dataroom.activity.exportXlsx')}
          </Anchor>
        </Group>
      </Group>
      {activity.isPending ? <LoadingState /> : null}
      <ErrorAlert error={activity.error} onRetry={() => void activity.refetch()} />
      {activity.data && items.length === 0 ? <EmptyState title={t('dataroom.activity.empty')} /> : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" striped data-testid="activity-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dataroom.activity.who')}</Table.Th>
                <Table.Th>{t('dataroom.activity.what')}</Table.Th>
                <Table.Th>{t('dataroom.activity.document')}</Table.Th>
                <Table.Th>{t('dataroom.activity.page')}</Table.Th>
                <Table.Th>{t('dataroom.activity.duration')}</Table.Th>
                <Table.Th>{t('dataroom.activity.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr
                  key={item.id}
                  data-testid="activity-row"
                  data-action={item.action}
                  data-page={item.page ?? ''}
                  data-user-email={item.user?.email ?? ''}
                >
                  <Table.Td>
                    <Stack gap={0}>
                      {item.user ? (
                        <>
                          <bdi>{item.user.name}</bdi>
                          <Text size="xs" c="dimmed" dir="ltr" span>
                            {item.user.email}
                          </Text>
                        </>
                      ) : (
                        <Text size="sm" c="dimmed" span>
                          {t('dataroom.activity.deletedUser')}
                        </Text>
                      )}
                      {item.organizations.length > 0 ? (
                        <Text size="xs" c="dimmed">
                          {item.organizations.join(t('common.listSeparator'))}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{t(ACTION_LABEL_KEYS[item.action])}</Table.Td>
                  <Table.Td>
                    {item.document ? (
                      <>
                        <span className="dataroom-index">{formatIndex(format, item.document.index)}</span>{' '}
                        <bdi>{item.document.name}</bdi>
                        {item.version ? (
                          <Text size="xs" c="dimmed" span>
                            {' '}
                            {t('dataroom.versionNumber', { version: format.number(item.version) })}
                          </Text>
                        ) : null}
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>{item.page !== null ? format.number(item.page) : '—'}</Table.Td>
                  <Table.Td>
                    {item.durationMs !== null ? formatDuration(format, item.durationMs) : '—'}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(item.at)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMoreButton query={activity} />
    </Stack>
  );
}
