import { Group } from '@mantine/core';
import { useT } from '../../shared/i18n/use-t.ts';
import { ButtonLink } from '../../shared/ui/links.tsx';
import { EmptyState } from '../../shared/ui/states.tsx';

/** Opportunities belong to an organisation: what to do when the user has none yet. */
export function NoOrganization() {
  const t = useT();
  return (
    <EmptyState
      title={t('opportunities.noOrganization.title')}
      description={t('opportunities.noOrganization.description')}
      action={
        <Group gap="xs" justify="center">
          <ButtonLink to="/organizations/new">{t('organizations.create.title')}</ButtonLink>
          <ButtonLink to="/account/invitations" variant="default">
            {t('account.invitations.title')}
          </ButtonLink>
        </Group>
      }
    />
  );
}
