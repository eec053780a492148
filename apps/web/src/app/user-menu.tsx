import { Badge, Button, Group, Menu } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { myInvitationsQuery } from '../features/account/account.api.ts';
import { api } from '../shared/api/client.ts';
import { meQuery, useSession } from '../shared/api/session.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { ChevronDownIcon, UserIcon } from '../shared/ui/icons.tsx';
import { AnchorLink, ButtonLink } from '../shared/ui/links.tsx';

/** Sign-in links for visitors; for a signed-in user, a menu with the account pages and sign-out. */
export function UserMenu() {
  const t = useT();
  const me = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const invitations = useQuery({ ...myInvitationsQuery, enabled: Boolean(me) });

  if (!me) {
    return (
      <Group gap="xs" wrap="nowrap">
        <AnchorLink to="/login" className="karvan-nav-link">
          {t('auth.login.link')}
        </AnchorLink>
        <ButtonLink to="/register" size="sm">
          {t('auth.register.link')}
        </ButtonLink>
      </Group>
    );
  }

  const pendingInvitations = invitations.data?.items.length ?? 0;

  const logout = async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      // Whatever the server said, this browser forgets the user.
      queryClient.setQueryData(meQuery.queryKey, null);
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== 'me' && query.queryKey[0] !== 'reference',
      });
      await navigate({ to: '/' });
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          leftSection={<UserIcon size={16} />}
          rightSection={<ChevronDownIcon size={14} />}
          aria-label={t('nav.userMenu', { name: me.user.name })}
          data-testid="user-menu"
        >
          <span dir="auto">{me.user.name}</span>
          {pendingInvitations > 0 ? (
            <Badge size="xs" circle ms={6} aria-hidden="true">
              {pendingInvitations}
            </Badge>
          ) : null}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label dir="ltr">{me.user.email}</Menu.Label>
        <Menu.Item
          onClick={() => void navigate({ to: '/opportunities/manage' })}
          data-testid="menu-my-opportunities"
        >
          {t('opportunities.manage.title')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => void navigate({ to: '/account' })}>{t('account.settings.title')}</Menu.Item>
        <Menu.Item onClick={() => void navigate({ to: '/account/security' })}>
          {t('account.security.title')}
        </Menu.Item>
        <Menu.Item
          onClick={() => void navigate({ to: '/account/invitations' })}
          rightSection={pendingInvitations > 0 ? <Badge size="xs">{pendingInvitations}</Badge> : null}
        >
          {t('account.invitations.title')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void logout()} data-testid="logout">
          {t('auth.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
