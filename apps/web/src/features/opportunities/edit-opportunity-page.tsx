import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { isApiError } from '../../shared/api/client.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { LocalizedText, useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { formStateOf, toOpportunityInput } from './form-state.ts';
import { opportunitiesApi, opportunityQuery } from './opportunities.api.ts';
import { OpportunityForm } from './opportunity-form.tsx';
import { StatusBadge } from './opportunity-parts.tsx';

const route = getRouteApi('/signed-in/opportunities/$id/edit');

/** Editing an opportunity the user may edit now (the server's `allowed.edit`). */
export function EditOpportunityPage() {
  const t = useT();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toText = useLocalizedString();
  const opportunity = useQuery(opportunityQuery(id));

  const back = (
    <AnchorLink to="/opportunities/$id" params={{ id }} size="sm">
      <ArrowBackIcon size={14} /> {t('opportunity.backToOpportunity')}
    </AnchorLink>
  );

  if (opportunity.isPending) return <LoadingState />;
  if (opportunity.isError) {
    return (
      <Page title={t('opportunity.edit')} back={back}>
        {isApiError(opportunity.error) && opportunity.error.status === 404 ? (
          <EmptyState title={t('opportunity.notFound')} />
        ) : (
          <ErrorAlert error={opportunity.error} onRetry={() => void opportunity.refetch()} />
        )}
      </Page>
    );
  }

  const data = opportunity.data;
  const title = t('opportunity.editTitle', { title: toText(data.title) });
  if (!data.allowed.edit) {
    return (
      <Page title={title} back={back} subtitle={<StatusBadge status={data.status} />}>
        <EmptyState
          title={t('opportunity.cannotEdit.title')}
          description={t('opportunity.cannotEdit.description')}
        />
      </Page>
    );
  }

  return (
    <Page title={title} back={back} subtitle={<StatusBadge status={data.status} />}>
      <OpportunityForm
        // A fresh form when another opportunity is opened in the same page.
        key={data.id}
        initial={formStateOf(data)}
        isNew={false}
        organizationName={<LocalizedText value={data.organization.name} />}
        submitLabel={t('common.save')}
        cancel={
          <AnchorLink to="/opportunities/$id" params={{ id }}>
            {t('common.cancel')}
          </AnchorLink>
        }
        onSubmit={async (state) => {
          const updated = await opportunitiesApi.update(id, toOpportunityInput(state));
          queryClient.setQueryData(opportunityQuery(id).queryKey, updated);
          await queryClient.invalidateQueries({ queryKey: ['opportunities'] });
          await navigate({ to: '/opportunities/$id', params: { id } });
        }}
      />
    </Page>
  );
}
