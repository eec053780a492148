import { Anchor, Box, Burger, Container, Drawer, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { NotificationBell } from '../features/notifications/notification-bell.tsx';
import { isPlatformAdmin, isVettingOfficer, useSession } from '../shared/api/session.ts';
import { useLocale } from '../shared/i18n/locale.tsx';
import { useT } from '../shared/i18n/use-t.ts';
import { AnchorLink } from '../shared/ui/links.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { UserMenu } from './user-menu.tsx';

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const me = useSession();
  const active = { 'aria-current': 'page' as const };
  // The vetting queue lives under /opportunities but has its own entry: only one may be current.
  const isVetting = useRouterState({
    select: (state) => state.location.pathname.startsWith('/opportunities/vetting'),
  });
  return (
    <>
      <AnchorLink
        to="/opportunities"
        className="karvan-nav-link"
        activeProps={active}
        activeOptions={{ exact: isVetting }}
        onClick={onNavigate}
      >
        {t('nav.opportunities')}
      </AnchorLink>
      <AnchorLink to="/organizations" className="karvan-nav-link" activeProps={active} onClick={onNavigate}>
        {t('nav.organizations')}
      </AnchorLink>
      <AnchorLink to="/reference" className="karvan-nav-link" activeProps={active} onClick={onNavigate}>
        {t('nav.reference')}
      </AnchorLink>
      {isVettingOfficer(me) ? (
        <AnchorLink
          to="/opportunities/vetting"
          className="karvan-nav-link"
          activeProps={active}
          onClick={onNavigate}
          data-testid="nav-vetting"
        >
          {t('nav.vetting')}
        </AnchorLink>
      ) : null}
      {isPlatformAdmin(me) ? (
        <AnchorLink to="/admin" className="karvan-nav-link" activeProps={active} onClick={onNavigate}>
          {t('nav.admin')}
        </AnchorLink>
      ) : null}
    </>
  );
}

/** The frame of every page: skip link, header with navigation, language and account; footer. */
export function Layout() {
  const t = useT();
  const [drawerOpened, drawer] = useDisclosure(false);
  const { dir } = useLocale();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const firstPath = useRef(pathname);

  // After a client-side navigation, focus moves to the new page as a full page load would
  // put it at the top; on the first load the page's own autofocus (login e-mail) wins.
  useEffect(() => {
    drawer.close();
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    const main = document.getElementById('main');
    // A page that focused its own first field (login, register) keeps that focus.
    if (!main || main.contains(document.activeElement)) return;
    main.focus({ preventScroll: true });
  }, [pathname, drawer.close]);

  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <a href="#main" className="karvan-skip-link">
        {t('nav.skipToContent')}
      </a>
      <header className="karvan-header">
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Group gap="lg" wrap="nowrap">
              <AnchorLink to="/" className="karvan-brand" underline="never" aria-label={t('nav.home')}>
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <span>{t('app.name')}</span>
              </AnchorLink>
              <Group gap={4} component="nav" aria-label={t('nav.main')} visibleFrom="sm">
                <NavLinks />
              </Group>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitcher />
              <NotificationBell />
              <Box visibleFrom="sm">
                <UserMenu />
              </Box>
              <Burger
                opened={drawerOpened}
                onClick={drawer.toggle}
                hiddenFrom="sm"
                aria-label={t('nav.openMenu')}
                size="sm"
              />
            </Group>
          </Group>
        </Container>
      </header>

      <Drawer
        opened={drawerOpened}
        onClose={drawer.close}
        title={t('app.name')}
        position={dir === 'rtl' ? 'left' : 'right'}
        size="xs"
      >
        <Stack gap="xs" component="nav" aria-label={t('nav.main')}>
          <NavLinks onNavigate={drawer.close} />
          <UserMenu />
        </Stack>
      </Drawer>

      <Container
        size="lg"
        py="lg"
        component="main"
        id="main"
        tabIndex={-1}
        w="100%"
        style={{ flex: 1, outline: 'none' }}
      >
        <Outlet />
      </Container>

      <footer className="karvan-footer">
        <Container size="lg">
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('app.name')} — {t('app.tagline')}
            </Text>
            <Group gap="md">
              <AnchorLink to="/reference/sources" size="sm">
                {t('reference.sources.title')}
              </AnchorLink>
              <Anchor href="/api/docs" size="sm">
                {t('footer.apiDocs')}
              </Anchor>
            </Group>
            <Text size="xs" c="dimmed">
              {t('footer.offline')}
            </Text>
          </Stack>
        </Container>
      </footer>
    </Box>
  );
}
