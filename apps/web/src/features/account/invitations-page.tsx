import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { meQuery } from '../../shared/api/session.ts';
import type { MyInvitation } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmButton } from '../../shared/ui/confirm-button.tsx';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { KIND_LABEL_KEYS, ROLE_LABEL_KEYS } from '../organizations/labels.ts';
import { accountApi, myInvitationsQuery } from './account.api.ts';
import { AccountNav } from './account-nav.tsx';

function InvitationCard({ invitation }: { invitation: MyInvitation }) {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [accepted, setAccepted] = useState(false);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: myInvitationsQuery.queryKey }),
      queryClient.invalidateQueries({ queryKey: meQuery.queryKey, exact: true }),
      queryClient.invalidateQueries({ queryKey: ['organizations'] }),
    ]);

  const accept = async () => {
    setPending(true);
    setError(null);
    try {
      await accountApi.acceptInvitation(invitation.id);
      setAccepted(true);
      await refresh();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Card withBorder padding="md" data-testid="invitation">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={700}>
            <LocalizedText value={invitation.organization.name} />
          </Text>
          <Badge variant="light">{t(KIND_LABEL_KEYS[invitation.organization.kind])}</Badge>
        </Group>
        <Text size="sm">
          {t('account.invitations.role', { role: t(ROLE_LABEL_KEYS[invitation.role]) })} ·{' '}
          {t('account.invitations.sent', { date: format.date(invitation.createdAt) })}
        </Text>
        <ErrorAlert error={error} />
        {accepted ? (
          <AnchorLink to="/organizations/$idOrSlug" params={{ idOrSlug: invitation.organization.slug }}>
            {t('account.invitations.open')}
          </AnchorLink>
        ) : (
          <Group gap="xs">
            <Button onClick={() => void accept()} loading={pending}>
              {t('account.invitations.accept')}
            </Button>
            <ConfirmButton
              title={t('account.invitations.declineTitle')}
              message={t('account.invitations.declineMessage')}
              onConfirm={async () => {
                await accountApi.declineInvitation(invitation.id);
                await refresh();
              }}
              variant="default"
              color="gray"
            >
              {t('account.invitations.decline')}
            </ConfirmButton>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Invitations to join organisations, addressed to my e-mail. */
export function InvitationsPage() {
  const t = useT();
  const invitations = useQuery(myInvitationsQuery);
  return (
    <Page title={t('account.invitations.title')} subtitle={<AccountNav />}>
      {invitations.isPending ? (
        <LoadingState />
      ) : invitations.isError ? (
        <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.items.length === 0 ? (
        <EmptyState title={t('account.invitations.empty')} description={t('account.invitations.emptyHint')} />
      ) : (
        <Stack>
          {invitations.data.items.map((invitation) => (
            <InvitationCard key={invitation.id} invitation={invitation} />
          ))}
        </Stack>
      )}
    </Page>
  );
}
