import { OPPORTUNITY_STATUSES } from '@karvan/domain/opportunity';
import { Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { isVettingOfficer, useMe } from '../../shared/api/session.ts';
import type { OpportunityStatus } from '../../shared/api/types.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { AnchorLink, ButtonLink } from '../../shared/ui/links.tsx';
import { LoadMoreButton } from '../../shared/ui/load-more-button.tsx';
import { useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { SearchBox } from '../../shared/ui/search-box.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { STATUS_LABEL_KEYS } from './labels.ts';
import { NoOrganization } from './no-organization.tsx';
import { manageQuery } from './opportunities.api.ts';
import { OpportunityTable } from './opportunity-table.tsx';

const route = getRouteApi('/signed-in/opportunities/manage');

const ALL = 'all';

/**
 * "My opportunities": every opportunity of the user's organisations in any status, by status
 * tab, with the way to add one or import many. Officers and administrators see all of them.
 */
export function ManageOpportunitiesPage() {
  const t = useT();
  const toName = useLocalizedString();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/opportunities/manage' });
  const { data: me } = useMe();
  const [text, setText] = useState(search.q ?? '');
  const [debouncedText] = useDebouncedValue(text, 300);
  const query = useInfiniteQuery(manageQuery(search));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const memberships = me?.memberships ?? [];
  const isOfficer = isVettingOfficer(me);

  useEffect(() => {
    const q = debouncedText.trim() || undefined;
    if (q !== search.q) void navigate({ search: (previous) => ({ ...previous, q }), replace: true });
  }, [debouncedText, search.q, navigate]);

  if (memberships.length === 0 && !isOfficer) {
    return (
      <Page title={t('opportunities.manage.title')}>
        <NoOrganization />
      </Page>
    );
  }

  return (
    <Page
      title={t('opportunities.manage.title')}
      subtitle={<Text c="dimmed">{t('opportunities.manage.description')}</Text>}
      actions={
        <>
          <ButtonLink to="/opportunities/import" variant="default" data-testid="import-link">
            {t('import.title')}
          </ButtonLink>
          <ButtonLink to="/opportunities/new" data-testid="new-opportunity-link">
            {t('opportunities.new.title')}
          </ButtonLink>
        </>
      }
    >
      <Group align="flex-end" gap="md" wrap="wrap">
        <SearchBox label={t('opportunities.search')} value={text} onChange={setText} maw={320} />
        {memberships.length > 1 || isOfficer ? (
          <Select
            label={t('opportunity.organization')}
            placeholder={t('opportunities.manage.allOrganizations')}
            data={memberships.map((membership) => ({
              value: membership.organization.id,
              label: toName(membership.organization.name),
            }))}
            value={search.organizationId ?? null}
            onChange={(value) =>
              void navigate({ search: (previous) => ({ ...previous, organizationId: value ?? undefined }) })
            }
            clearable
            w={280}
          />
        ) : null}
      </Group>

      <Tabs
        value={search.status ?? ALL}
        onChange={(value) =>
          void navigate({
            search: (previous) => ({
              ...previous,
              status: value && value !== ALL ? (value as OpportunityStatus) : undefined,
            }),
          })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value={ALL}>{t('opportunities.manage.all')}</Tabs.Tab>
          {OPPORTUNITY_STATUSES.map((status) => (
            <Tabs.Tab key={status} value={status} data-testid={`status-tab-${status}`}>
              {t(STATUS_LABEL_KEYS[status])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={t('opportunities.manage.empty')}
          description={t('opportunities.manage.emptyHint')}
          action={
            <Group gap="xs" justify="center">
              <ButtonLink to="/opportunities/new">{t('opportunities.new.title')}</ButtonLink>
              <ButtonLink to="/opportunities/import" variant="default">
                {t('import.title')}
              </ButtonLink>
            </Group>
          }
        />
      ) : (
        <Stack>
          <OpportunityTable
            items={items}
            busy={query.isFetching}
            actions={(opportunity) =>
              opportunity.status === 'closed' ? null : (
                <AnchorLink to="/opportunities/$id/edit" params={{ id: opportunity.id }} size="sm">
                  {t('opportunity.edit')}
                </AnchorLink>
              )
            }
          />
          <LoadMoreButton query={query} />
        </Stack>
      )}
    </Page>
  );
}
