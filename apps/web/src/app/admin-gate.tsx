import { Group, Stack } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { isPlatformAdmin, useMe } from '../shared/api/session.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { AnchorLink } from '../shared/ui/links.tsx';
import { Page } from '../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../shared/ui/states.tsx';

/** The administration area: its sub-navigation, or a refusal for users who are not administrators. */
export function AdminGate() {
  const t = useT();
  const { data: me, isPending } = useMe();
  if (isPending) return <LoadingState />;
  if (!isPlatformAdmin(me)) {
    return (
      <Page title={t('admin.title')}>
        <EmptyState title={t('admin.forbidden.title')} description={t('admin.forbidden.description')} />
      </Page>
    );
  }
  return (
    <Stack gap="md">
      <Group gap="xs" component="nav" aria-label={t('admin.title')}>
        <AnchorLink to="/admin/users" className="karvan-nav-link" activeProps={{ 'aria-current': 'page' }}>
          {t('admin.users.title')}
        </AnchorLink>
        <AnchorLink to="/admin/outbox" className="karvan-nav-link" activeProps={{ 'aria-current': 'page' }}>
          {t('admin.outbox.title')}
        </AnchorLink>
        <AnchorLink to="/admin/audit" className="karvan-nav-link" activeProps={{ 'aria-current': 'page' }}>
          {t('admin.audit.title')}
        </AnchorLink>
        <AnchorLink
          to="/admin/exchange-rates"
          className="karvan-nav-link"
          activeProps={{ 'aria-current': 'page' }}
        >
          {t('admin.rates.title')}
        </AnchorLink>
      </Group>
      <Outlet />
    </Stack>
  );
}
