import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmButton } from '../../shared/ui/confirm-button.tsx';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LocalizedText, useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { dataroomApi, type Grant, grantsQuery, type Room, roomKey } from './dataroom.api.ts';
import { GrantForm } from './grant-form.tsx';
import { formatIndex, GRANT_STATUS_COLORS, GRANT_STATUS_KEYS, LEVEL_LABEL_KEYS } from './labels.ts';
import { NdaEditor } from './nda-editor.tsx';

function Grantee({ grant }: { grant: Grant }) {
  if (grant.organization) return <LocalizedText value={grant.organization.name} />;
  if (grant.user) {
    return (
      <Stack gap={0}>
        <bdi>{grant.user.name}</bdi>
        <Text size="xs" c="dimmed" dir="ltr" span>
          {grant.user.email}
        </Text>
      </Stack>
    );
  }
  return null;
}

function Scope({ grant }: { grant: Grant }) {
  const t = useT();
  const format = useFormat();
  if (!grant.folders) return <>{t('dataroom.grant.wholeRoom')}</>;
  return (
    <Stack gap={0}>
      {grant.folders.map((folder) => (
        <Text size="sm" key={folder.id}>
          <span className="dataroom-index">{formatIndex(format, folder.index)}</span> <bdi>{folder.name}</bdi>
        </Text>
      ))}
    </Stack>
  );
}

/** Who may see the room, at which level, until when; new grants; revoking; the NDA text. */
export function GrantsPanel({ room }: { room: Room }) {
  const t = useT();
  const format = useFormat();
  const toText = useLocalizedString();
  const queryClient = useQueryClient();
  const grants = useQuery(grantsQuery(room.opportunityId));
  const [creating, setCreating] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: roomKey(room.opportunityId) });

  const granteeName = (grant: Grant) =>
    grant.organization ? toText(grant.organization.name) : (grant.user?.email ?? '');

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('dataroom.grants.title')}
        </Title>
        <Button size="xs" onClick={() => setCreating(true)} data-testid="new-grant">
          {t('dataroom.grant.new')}
        </Button>
      </Group>
      {grants.isPending ? <LoadingState /> : null}
      <ErrorAlert error={grants.error} onRetry={() => void grants.refetch()} />
      {grants.data && grants.data.items.length === 0 ? (
        <EmptyState title={t('dataroom.grants.empty')} description={t('dataroom.grants.emptyHint')} />
      ) : null}
      {grants.data && grants.data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" data-testid="grants-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dataroom.grant.grantee')}</Table.Th>
                <Table.Th>{t('dataroom.grant.level')}</Table.Th>
                <Table.Th>{t('dataroom.grant.scope')}</Table.Th>
                <Table.Th>{t('dataroom.grant.expires')}</Table.Th>
                <Table.Th>{t('dataroom.grant.nda')}</Table.Th>
                <Table.Th>{t('dataroom.grant.status')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grants.data.items.map((grant) => (
                <Table.Tr key={grant.id} data-testid="grant-row" data-status={grant.status}>
                  <Table.Td>
                    <Grantee grant={grant} />
                  </Table.Td>
                  <Table.Td>{t(LEVEL_LABEL_KEYS[grant.level])}</Table.Td>
                  <Table.Td>
                    <Scope grant={grant} />
                  </Table.Td>
                  <Table.Td>
                    {grant.expiresAt
                      ? format.dateWithGregorian(grant.expiresAt)
                      : t('dataroom.grant.noExpiry')}
                  </Table.Td>
                  <Table.Td>{grant.ndaRequired ? t('dataroom.yes') : t('dataroom.no')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={GRANT_STATUS_COLORS[grant.status]}>
                      {t(GRANT_STATUS_KEYS[grant.status])}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {grant.status === 'active' ? (
                      <ConfirmButton
                        size="xs"
                        title={t('dataroom.grant.revokeTitle', { name: granteeName(grant) })}
                        message={t('dataroom.grant.revokeMessage')}
                        onConfirm={async () => {
                          await dataroomApi.revokeGrant(room.opportunityId, grant.id);
                          await refresh();
                        }}
                      >
                        {t('dataroom.grant.revoke')}
                      </ConfirmButton>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <NdaEditor room={room} />
      <GrantForm room={room} opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
