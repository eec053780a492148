import { Group } from '@mantine/core';
import { useT } from '../../shared/i18n/use-t.ts';
import { AnchorLink } from '../../shared/ui/links.tsx';

/** Links between the account pages. */
export function AccountNav() {
  const t = useT();
  const active = { 'aria-current': 'page' as const };
  return (
    <Group gap={4} component="nav" aria-label={t('account.nav')}>
      <AnchorLink
        to="/account"
        className="karvan-nav-link"
        activeProps={active}
        activeOptions={{ exact: true }}
      >
        {t('account.settings.title')}
      </AnchorLink>
      <AnchorLink to="/account/security" className="karvan-nav-link" activeProps={active}>
        {t('account.security.title')}
      </AnchorLink>
      <AnchorLink to="/account/invitations" className="karvan-nav-link" activeProps={active}>
        {t('account.invitations.title')}
      </AnchorLink>
    </Group>
  );
}
