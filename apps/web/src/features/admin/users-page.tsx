import { Badge, Button, Group, Stack, Table } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { meQuery, useSession } from '../../shared/api/session.ts';
import { type AdminUser, PLATFORM_ROLES, type PlatformRole } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmButton } from '../../shared/ui/confirm-button.tsx';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LoadMoreButton } from '../../shared/ui/load-more-button.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { SearchBox } from '../../shared/ui/search-box.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { PLATFORM_ROLE_LABEL_KEYS } from '../organizations/labels.ts';
import { adminApi, adminUsersQuery } from './admin.api.ts';

function RoleToggle({
  user,
  role,
  onError,
}: {
  user: AdminUser;
  role: PlatformRole;
  onError: (error: unknown) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const me = useSession();
  const [pending, setPending] = useState(false);
  const has = user.platformRoles.includes(role);
  const label = t(PLATFORM_ROLE_LABEL_KEYS[role]);

  const save = async (roles: PlatformRole[]) => {
    await adminApi.setRoles(user.id, roles);
    await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
    if (me?.user.id === user.id)
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey, exact: true });
  };

  if (has) {
    // Taking a role away can lock someone out (even oneself): ask first.
    return (
      <ConfirmButton
        size="xs"
        variant="light"
        title={t('admin.users.revokeTitle')}
        message={t('admin.users.revokeMessage', { role: label, name: user.name })}
        confirmLabel={t('admin.users.revoke')}
        onConfirm={() => save(user.platformRoles.filter((item) => item !== role))}
        aria-label={t('admin.users.revokeRole', { role: label, name: user.name })}
      >
        {t('admin.users.revokeShort', { role: label })}
      </ConfirmButton>
    );
  }
  return (
    <Button
      size="xs"
      variant="default"
      loading={pending}
      onClick={async () => {
        setPending(true);
        onError(null);
        try {
          await save([...user.platformRoles, role]);
        } catch (caught) {
          onError(caught);
        } finally {
          setPending(false);
        }
      }}
      aria-label={t('admin.users.grantRoleTo', { role: label, name: user.name })}
    >
      {t('admin.users.grantRole', { role: label })}
    </Button>
  );
}

/** Users and their platform roles (administrator, agency officer). */
export function AdminUsersPage() {
  const t = useT();
  const format = useFormat();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [error, setError] = useState<unknown>(null);
  const users = useInfiniteQuery(adminUsersQuery(q));
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t('admin.users.title')}>
      <SearchBox label={t('admin.users.search')} value={text} onChange={setText} />
      <ErrorAlert error={error} />
      {users.isPending ? (
        <LoadingState />
      ) : users.isError ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('admin.users.empty')} />
      ) : (
        <Stack>
          <Table.ScrollContainer minWidth={820}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('auth.name')}</Table.Th>
                  <Table.Th>{t('auth.email')}</Table.Th>
                  <Table.Th>{t('admin.users.roles')}</Table.Th>
                  <Table.Th>{t('common.createdAt')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td dir="auto">
                      {user.name}
                      {user.isDemo ? (
                        <Badge size="xs" variant="outline" color="gray" className="karvan-inline-badge">
                          {t('organization.demo')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <bdi>{user.email}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {user.platformRoles.length === 0 ? (
                          <span className="karvan-missing">—</span>
                        ) : (
                          user.platformRoles.map((role) => (
                            <Badge key={role} variant="light">
                              {t(PLATFORM_ROLE_LABEL_KEYS[role])}
                            </Badge>
                          ))
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{format.date(user.createdAt)}</Table.Td>
                    <Table.Td>
                      <Stack gap={6} align="flex-start">
                        {PLATFORM_ROLES.map((role) => (
                          <RoleToggle key={role} user={user} role={role} onError={setError} />
                        ))}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMoreButton query={users} />
        </Stack>
      )}
    </Page>
  );
}
