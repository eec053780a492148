import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import { isApiError } from '../../shared/api/client.ts';
import { meQuery, useSession } from '../../shared/api/session.ts';
import { ORGANIZATION_ROLES, type Organization, type OrganizationRole } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useCountryName } from '../../shared/format/region-names.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmButton } from '../../shared/ui/confirm-button.tsx';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { LocalizedText, useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { ProvinceName } from '../reference/province-name.tsx';
import { KIND_LABEL_KEYS, ROLE_LABEL_KEYS } from './labels.ts';
import { invitationsQuery, membersQuery, organizationQuery, organizationsApi } from './organizations.api.ts';

const route = getRouteApi('/organizations/$idOrSlug');

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function Profile({ organization }: { organization: Organization }) {
  const t = useT();
  const format = useFormat();
  const countryName = useCountryName();
  return (
    <Paper withBorder p="lg" component="section" aria-label={t('organization.profile')}>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Fact label={t('organizations.kind')}>{t(KIND_LABEL_KEYS[organization.kind])}</Fact>
          <Fact label={t('organizations.country')}>{countryName(organization.country)}</Fact>
          {organization.province ? (
            <Fact label={t('organizations.province')}>
              <ProvinceName country={organization.country} code={organization.province} />
            </Fact>
          ) : null}
          <Fact label={t('organization.members')}>{format.number(organization.memberCount)}</Fact>
          <Fact label={t('organization.since')}>{format.date(organization.createdAt)}</Fact>
        </SimpleGrid>
        {organization.description && Object.keys(organization.description).length > 0 ? (
          <Text component="div" style={{ whiteSpace: 'pre-line' }}>
            <LocalizedText value={organization.description} component="p" />
          </Text>
        ) : (
          <Text c="dimmed" size="sm">
            {t('organization.noDescription')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Members({ organization, myUserId }: { organization: Organization; myUserId: string }) {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const members = useQuery(membersQuery(organization.id));
  const [error, setError] = useState<unknown>(null);
  const isOwner = organization.myRole === 'owner';
  const organizationName = useLocalizedString()(organization.name);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersQuery(organization.id).queryKey }),
      queryClient.invalidateQueries({ queryKey: ['organizations', 'one'] }),
    ]);

  const changeRole = async (userId: string, role: OrganizationRole) => {
    setError(null);
    try {
      await organizationsApi.changeRole(organization.id, userId, role);
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="members-title">
      <Stack>
        <Title order={2} size="h4" id="members-title">
          {t('organization.members')}
        </Title>
        <ErrorAlert error={error} />
        {members.isPending ? (
          <LoadingState />
        ) : members.isError ? (
          <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
        ) : members.data.items.length === 0 ? (
          <EmptyState title={t('organization.noMembers')} />
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('auth.name')}</Table.Th>
                  <Table.Th>{t('auth.email')}</Table.Th>
                  <Table.Th>{t('organization.role')}</Table.Th>
                  <Table.Th>{t('organization.joined')}</Table.Th>
                  <Table.Th>
                    <span className="karvan-visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.items.map((member) => (
                  <Table.Tr key={member.userId} data-testid="member-row">
                    <Table.Td dir="auto">
                      {member.name}
                      {member.userId === myUserId ? (
                        <Badge size="xs" variant="light" className="karvan-inline-badge">
                          {t('organization.you')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <bdi>{member.email}</bdi>
                    </Table.Td>
                    <Table.Td>
                      {isOwner ? (
                        <Select
                          aria-label={t('organization.roleOf', { name: member.name })}
                          size="xs"
                          w={140}
                          value={member.role}
                          allowDeselect={false}
                          onChange={(value) => {
                            if (value && value !== member.role)
                              void changeRole(member.userId, value as OrganizationRole);
                          }}
                          data={ORGANIZATION_ROLES.map((role) => ({
                            value: role,
                            label: t(ROLE_LABEL_KEYS[role]),
                          }))}
                        />
                      ) : (
                        t(ROLE_LABEL_KEYS[member.role])
                      )}
                    </Table.Td>
                    <Table.Td>{format.date(member.joinedAt)}</Table.Td>
                    <Table.Td>
                      {isOwner && member.userId !== myUserId ? (
                        <ConfirmButton
                          size="xs"
                          title={t('organization.removeTitle')}
                          message={t('organization.removeMessage', {
                            name: member.name,
                            organization: organizationName,
                          })}
                          onConfirm={async () => {
                            await organizationsApi.removeMember(organization.id, member.userId);
                            await refresh();
                          }}
                        >
                          {t('organization.remove')}
                        </ConfirmButton>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

function Invitations({ organization }: { organization: Organization }) {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const invitations = useQuery(invitationsQuery(organization.id));
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganizationRole>('member');
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    setSentTo(null);
    try {
      const invitation = await organizationsApi.invite(organization.id, email.trim(), role);
      setSentTo(invitation.email);
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: invitationsQuery(organization.id).queryKey });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="invitations-title">
      <Stack>
        <Title order={2} size="h4" id="invitations-title">
          {t('organization.invitations')}
        </Title>
        <form onSubmit={invite} noValidate>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('auth.email')}
              name="inviteEmail"
              type="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              required
              dir="ltr"
              style={{ flex: '1 1 240px' }}
              error={fieldError(error, 'email')}
            />
            <Select
              label={t('organization.role')}
              name="inviteRole"
              value={role}
              allowDeselect={false}
              onChange={(value) => setRole(value === 'owner' ? 'owner' : 'member')}
              data={ORGANIZATION_ROLES.map((item) => ({ value: item, label: t(ROLE_LABEL_KEYS[item]) }))}
              w={160}
            />
            <Button type="submit" loading={pending} disabled={!email.trim()}>
              {t('organization.invite')}
            </Button>
          </Group>
        </form>
        <ErrorAlert error={error} hideFieldPaths={['email']} />
        {sentTo ? (
          <Alert color="green" role="status">
            {t('organization.invitationSent', { email: sentTo })}
          </Alert>
        ) : null}
        {invitations.isPending ? (
          <LoadingState />
        ) : invitations.isError ? (
          <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />
        ) : invitations.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('organization.noInvitations')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('auth.email')}</Table.Th>
                  <Table.Th>{t('organization.role')}</Table.Th>
                  <Table.Th>{t('organization.expires')}</Table.Th>
                  <Table.Th>
                    <span className="karvan-visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitations.data.items.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>
                      <bdi>{invitation.email}</bdi>
                    </Table.Td>
                    <Table.Td>{t(ROLE_LABEL_KEYS[invitation.role])}</Table.Td>
                    <Table.Td>{format.dateWithGregorian(invitation.expiresAt)}</Table.Td>
                    <Table.Td>
                      <ConfirmButton
                        size="xs"
                        title={t('organization.cancelInvitationTitle')}
                        message={t('organization.cancelInvitationMessage', { email: invitation.email })}
                        onConfirm={async () => {
                          await organizationsApi.cancelInvitation(organization.id, invitation.id);
                          await queryClient.invalidateQueries({
                            queryKey: invitationsQuery(organization.id).queryKey,
                          });
                        }}
                      >
                        {t('organization.cancelInvitation')}
                      </ConfirmButton>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

function LeaveButton({ organization, myUserId }: { organization: Organization; myUserId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const organizationName = useLocalizedString()(organization.name);
  return (
    <ConfirmButton
      title={t('organization.leaveTitle')}
      message={t('organization.leaveMessage', { organization: organizationName })}
      onConfirm={async () => {
        await organizationsApi.removeMember(organization.id, myUserId);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['organizations'] }),
          queryClient.invalidateQueries({ queryKey: meQuery.queryKey, exact: true }),
        ]);
        await navigate({ to: '/organizations' });
      }}
    >
      {t('organization.leave')}
    </ConfirmButton>
  );
}

/** One organisation: its profile for everyone; members for members; invitations and roles for owners. */
export function OrganizationPage() {
  const t = useT();
  const { idOrSlug } = route.useParams();
  const me = useSession();
  const organization = useQuery(organizationQuery(idOrSlug));
  const toName = useLocalizedString();

  const back = (
    <AnchorLink to="/organizations" size="sm">
      <ArrowBackIcon size={14} /> {t('organizations.title')}
    </AnchorLink>
  );

  if (organization.isPending) return <LoadingState />;
  if (organization.isError) {
    return (
      <Page title={t('organizations.title')} back={back}>
        {isApiError(organization.error) && organization.error.status === 404 ? (
          <EmptyState title={t('organization.notFound')} />
        ) : (
          <ErrorAlert error={organization.error} onRetry={() => void organization.refetch()} />
        )}
      </Page>
    );
  }

  const data = organization.data;
  return (
    <Page
      title={toName(data.name)}
      heading={<LocalizedText value={data.name} />}
      back={back}
      subtitle={
        <Group gap="xs">
          {data.isDemo ? (
            <Badge variant="outline" color="gray">
              {t('organization.demo')}
            </Badge>
          ) : null}
          {data.myRole ? (
            <Badge variant="light">
              {t('organization.yourRole', { role: t(ROLE_LABEL_KEYS[data.myRole]) })}
            </Badge>
          ) : null}
        </Group>
      }
      actions={data.myRole && me ? <LeaveButton organization={data} myUserId={me.user.id} /> : null}
    >
      <Profile organization={data} />
      {data.myRole && me ? <Members organization={data} myUserId={me.user.id} /> : null}
      {data.myRole === 'owner' ? <Invitations organization={data} /> : null}
    </Page>
  );
}
