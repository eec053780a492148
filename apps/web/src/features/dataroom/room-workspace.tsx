import { Alert, Badge, Button, Group, Tabs, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { LocalizedText, useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { ActivityPanel } from './activity-panel.tsx';
import { BinPanel } from './bin-panel.tsx';
import type { Room } from './dataroom.api.ts';
import { DocumentsPanel } from './documents-panel.tsx';
import { GrantsPanel } from './grants-panel.tsx';
import { formatBytes, LEVEL_LABEL_KEYS } from './labels.ts';
import { QuestionsPanel } from './questions-panel.tsx';
import { RoomSearch } from './room-search.tsx';
import type { DataroomSearch, RoomTab } from './search.ts';
import { ViewAsButton } from './view-as.tsx';

interface RoomWorkspaceProps {
  room: Room;
  back: ReactNode;
  search: DataroomSearch;
}

/** The room once it may be shown: search, and tabs for documents and (owner side) management. */
export function RoomWorkspace({ room, back, search }: RoomWorkspaceProps) {
  const t = useT();
  const format = useFormat();
  const toText = useLocalizedString();
  const navigate = useNavigate({ from: '/opportunities/$id/dataroom' });
  const viewingAs = search.asUser;
  // While viewing as someone else the page shows exactly what they would: no owner tools.
  const canManage = room.isOwner && !viewingAs;
  const tab: RoomTab =
    search.tab && (canManage || search.tab === 'documents' || search.tab === 'questions')
      ? search.tab
      : 'documents';
  const setTab = (value: string | null) =>
    void navigate({ search: (previous) => ({ ...previous, tab: (value ?? 'documents') as RoomTab }) });

  const subtitle = (
    <Group gap="xs">
      {room.level && !canManage ? (
        <Badge variant="light" data-testid="room-level">
          {t(LEVEL_LABEL_KEYS[room.level])}
        </Badge>
      ) : null}
      {canManage && room.usedBytes !== undefined && room.maxBytes !== undefined ? (
        <Text size="sm" c="dimmed">
          {t('dataroom.usage', {
            used: formatBytes(format, room.usedBytes),
            max: formatBytes(format, room.maxBytes),
          })}
        </Text>
      ) : null}
    </Group>
  );

  return (
    <Page
      title={`${t('dataroom.title')} · ${toText(room.opportunityTitle)}`}
      heading={
        <>
          {t('dataroom.title')} · <LocalizedText value={room.opportunityTitle} />
        </>
      }
      back={back}
      subtitle={subtitle}
      actions={canManage ? <ViewAsButton opportunityId={room.opportunityId} /> : null}
    >
      {viewingAs ? (
        <Alert color="orange" variant="filled" className="dataroom-view-as" data-testid="view-as-banner">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">{t('dataroom.viewAs.banner', { email: viewingAs })}</Text>
            <Button
              size="xs"
              variant="white"
              color="orange"
              onClick={() => void navigate({ search: (previous) => ({ ...previous, asUser: undefined }) })}
            >
              {t('dataroom.viewAs.stop')}
            </Button>
          </Group>
        </Alert>
      ) : null}

      {viewingAs && room.nda.required && !room.nda.accepted ? (
        <Alert color="yellow" data-testid="view-as-nda-pending">
          {t('dataroom.viewAs.ndaPending')}
        </Alert>
      ) : null}

      {viewingAs ? null : <RoomSearch opportunityId={room.opportunityId} />}

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="documents" data-testid="tab-documents">
            {t('dataroom.tab.documents')}
          </Tabs.Tab>
          {viewingAs ? null : (
            <Tabs.Tab value="questions" data-testid="tab-questions">
              {t('dataroom.tab.questions')}
            </Tabs.Tab>
          )}
          {canManage ? (
            <>
              <Tabs.Tab value="grants" data-testid="tab-grants">
                {t('dataroom.tab.grants')}
              </Tabs.Tab>
              <Tabs.Tab value="activity" data-testid="tab-activity">
                {t('dataroom.tab.activity')}
              </Tabs.Tab>
              <Tabs.Tab value="bin" data-testid="tab-bin">
                {t('dataroom.tab.bin')}
              </Tabs.Tab>
            </>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsPanel room={room} canManage={canManage} folderId={search.folder ?? null} />
        </Tabs.Panel>
        <Tabs.Panel value="questions" pt="md">
          <QuestionsPanel room={room} canManage={canManage} />
        </Tabs.Panel>
        {canManage ? (
          <>
            <Tabs.Panel value="grants" pt="md">
              <GrantsPanel room={room} />
            </Tabs.Panel>
            <Tabs.Panel value="activity" pt="md">
              <ActivityPanel room={room} />
            </Tabs.Panel>
            <Tabs.Panel value="bin" pt="md">
              <BinPanel opportunityId={room.opportunityId} />
            </Tabs.Panel>
          </>
        ) : null}
      </Tabs>
    </Page>
  );
}
