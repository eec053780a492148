import { Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { isVettingOfficer, useMe } from '../../shared/api/session.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LoadMoreButton } from '../../shared/ui/load-more-button.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { manageQuery } from './opportunities.api.ts';
import { OpportunityTable } from './opportunity-table.tsx';
import { WorkflowActions } from './workflow-actions.tsx';

function VettingQueue() {
  const t = useT();
  const query = useInfiniteQuery(manageQuery({ status: 'submitted' }));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) {
    return (
      <EmptyState
        title={t('opportunities.vetting.empty')}
        description={t('opportunities.vetting.emptyHint')}
      />
    );
  }
  return (
    <Stack>
      <OpportunityTable
        items={items}
        busy={query.isFetching}
        // The server decides in the end; the queue offers what an officer may do with a submission.
        actions={(opportunity) => (
          <WorkflowActions
            opportunity={{ id: opportunity.id, allowed: { publish: true, return: true } }}
            size="xs"
          />
        )}
      />
      <LoadMoreButton query={query} />
    </Stack>
  );
}

/** The officers' queue: submitted opportunities waiting to be published or returned with comments. */
export function VettingPage() {
  const t = useT();
  const { data: me, isPending } = useMe();
  if (isPending) return <LoadingState />;
  if (!isVettingOfficer(me)) {
    return (
      <Page title={t('opportunities.vetting.title')}>
        <EmptyState
          title={t('opportunities.vetting.forbidden.title')}
          description={t('opportunities.vetting.forbidden.description')}
        />
      </Page>
    );
  }
  return (
    <Page
      title={t('opportunities.vetting.title')}
      subtitle={<Text c="dimmed">{t('opportunities.vetting.description')}</Text>}
    >
      <VettingQueue />
    </Page>
  );
}
