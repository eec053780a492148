import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMe } from '../../shared/api/session.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { LoadingState } from '../../shared/ui/states.tsx';
import { emptyFormState, toCreateRequest } from './form-state.ts';
import { NoOrganization } from './no-organization.tsx';
import { opportunitiesApi, opportunityQuery } from './opportunities.api.ts';
import { OpportunityForm } from './opportunity-form.tsx';
import { useCanAddOpportunities } from './organization-picker.tsx';

/** A new opportunity, saved as a draft of one of the user's organisations. */
export function NewOpportunityPage() {
  const t = useT();
  const { locale } = useLocale();
  const canAdd = useCanAddOpportunities();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me, isPending } = useMe();

  const back = (
    <AnchorLink to="/opportunities/manage" size="sm">
      <ArrowBackIcon size={14} /> {t('opportunities.manage.title')}
    </AnchorLink>
  );
  if (isPending) return <LoadingState />;
  const memberships = me?.memberships ?? [];

  return (
    <Page
      title={t('opportunities.new.title')}
      subtitle={<Text c="dimmed">{t('opportunities.new.description')}</Text>}
      back={back}
    >
      {!canAdd ? (
        <NoOrganization />
      ) : (
        <OpportunityForm
          initial={emptyFormState(
            locale,
            memberships.length === 1 ? (memberships[0]?.organization.id ?? null) : null,
          )}
          isNew
          submitLabel={t('opportunities.new.submit')}
          onSubmit={async (state) => {
            const created = await opportunitiesApi.create(toCreateRequest(state));
            queryClient.setQueryData(opportunityQuery(created.id).queryKey, created);
            await queryClient.invalidateQueries({ queryKey: ['opportunities'] });
            await navigate({ to: '/opportunities/$id', params: { id: created.id } });
          }}
        />
      )}
    </Page>
  );
}
