import {
  Box,
  Button,
  Collapse,
  Grid,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import type { OpportunitySearch } from '../../app/search-params.ts';
import { isVettingOfficer, useSession } from '../../shared/api/session.ts';
import { OPPORTUNITY_SORTS, type OpportunitySort } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { SearchIcon } from '../../shared/ui/icons.tsx';
import { ButtonLink } from '../../shared/ui/links.tsx';
import { LoadMoreButton } from '../../shared/ui/load-more-button.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { countActiveFilters, FilterPanel } from './filter-panel.tsx';
import { exportUrl, opportunitySearchQuery } from './opportunities.api.ts';
import { OpportunityCard } from './opportunity-card.tsx';

const route = getRouteApi('/opportunities');

export const SORT_LABEL_KEYS: Record<OpportunitySort, MessageKey> = {
  relevance: 'opportunities.sort.relevance',
  newest: 'opportunities.sort.newest',
  'investment-desc': 'opportunities.sort.investmentDesc',
  'investment-asc': 'opportunities.sort.investmentAsc',
};

/** Buttons to download the current results as CSV or Excel (plain links: the browser saves the file). */
function ExportLinks({ search }: { search: OpportunitySearch }) {
  const t = useT();
  return (
    <Group gap={6}>
      <Button component="a" href={exportUrl('csv', search)} download variant="default" size="xs">
        {t('opportunities.export.csv')}
      </Button>
      <Button component="a" href={exportUrl('xlsx', search)} download variant="default" size="xs">
        {t('opportunities.export.xlsx')}
      </Button>
    </Group>
  );
}

/**
 * The opportunity bank's public search: words in any language and script, filters with
 * counts, sort, export and the map. Every filter lives in the URL, so a reload or a shared
 * link shows the same results.
 */
export function OpportunitySearchPage() {
  const t = useT();
  const format = useFormat();
  const me = useSession();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/opportunities' });
  const isWide = useMediaQuery('(min-width: 62em)', true);
  const [filtersOpened, filtersToggle] = useDisclosure(false);
  const [text, setText] = useState(search.q ?? '');
  const [debouncedText] = useDebouncedValue(text, 300);

  // The query is sent as typed (Persian, Arabic, Chinese or Latin): the server normalises it.
  useEffect(() => {
    const q = debouncedText.trim() || undefined;
    if (q !== search.q) void navigate({ search: (previous) => ({ ...previous, q }), replace: true });
  }, [debouncedText, search.q, navigate]);

  const query = useInfiniteQuery(opportunitySearchQuery(search));
  const opportunities = query.data?.pages.flatMap((page) => page.items) ?? [];
  const firstPage = query.data?.pages[0];
  const activeFilters = countActiveFilters(search);
  const isFiltered = Boolean(search.q) || activeFilters > 0;

  const changeFilters = useCallback(
    (patch: Partial<OpportunitySearch>) =>
      void navigate({ search: (previous) => ({ ...previous, ...patch }) }),
    [navigate],
  );
  const clearFilters = useCallback(() => {
    setText('');
    void navigate({ search: {} });
  }, [navigate]);

  const sort = search.sort ?? (search.q ? 'relevance' : 'newest');

  const panel = (
    <FilterPanel
      search={search}
      facets={firstPage?.facets}
      areCountsPartial={firstPage?.isCapped ?? false}
      onChange={changeFilters}
      onClear={clearFilters}
    />
  );

  return (
    <Page
      title={t('opportunities.title')}
      subtitle={<Text c="dimmed">{t('opportunities.description')}</Text>}
      actions={
        <>
          <ButtonLink to="/opportunities/map" search={search} variant="default">
            {t('opportunities.map.link')}
          </ButtonLink>
          {me ? (
            <>
              <ButtonLink to="/opportunities/manage" variant="default">
                {t('opportunities.manage.title')}
              </ButtonLink>
              {isVettingOfficer(me) ? (
                <ButtonLink to="/opportunities/vetting" variant="default">
                  {t('nav.vetting')}
                </ButtonLink>
              ) : null}
              <ButtonLink to="/opportunities/new">{t('opportunities.new.title')}</ButtonLink>
            </>
          ) : null}
        </>
      }
    >
      <search>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void navigate({ search: (previous) => ({ ...previous, q: text.trim() || undefined }) });
          }}
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('opportunities.search')}
              placeholder={t('opportunities.searchPlaceholder')}
              description={t('opportunities.searchHint')}
              name="q"
              type="search"
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              leftSection={<SearchIcon size={16} />}
              dir="auto"
              style={{ flex: '1 1 320px' }}
              data-testid="opportunity-search"
            />
            <Button type="submit" variant="light">
              {t('common.search')}
            </Button>
          </Group>
        </form>
      </search>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          {isWide ? (
            panel
          ) : (
            <Stack gap="xs">
              <Button
                variant="default"
                onClick={filtersToggle.toggle}
                aria-expanded={filtersOpened}
                aria-controls="opportunity-filters"
              >
                {activeFilters > 0
                  ? t('opportunities.filters.toggleActive', { count: activeFilters })
                  : t('opportunities.filters.title')}
              </Button>
              <Collapse expanded={filtersOpened} id="opportunity-filters">
                <Box pb="md">{panel}</Box>
              </Collapse>
            </Stack>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md">
            <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
              <Text fw={600} role="status" aria-live="polite" data-testid="result-total">
                {firstPage
                  ? firstPage.isCapped
                    ? t('opportunities.results.totalMoreThan', { count: format.number(firstPage.total) })
                    : t('opportunities.results.total', { count: firstPage.total })
                  : null}
              </Text>
              <Group gap="sm" align="flex-end" wrap="wrap">
                <ExportLinks search={search} />
                <Select
                  label={t('opportunities.sort.label')}
                  value={sort}
                  allowDeselect={false}
                  onChange={(value) =>
                    changeFilters({ sort: (value as OpportunitySort | null) ?? undefined })
                  }
                  data={OPPORTUNITY_SORTS.map((item) => ({ value: item, label: t(SORT_LABEL_KEYS[item]) }))}
                  w={220}
                  size="xs"
                />
              </Group>
            </Group>
            {firstPage?.correctedQuery && search.q ? (
              <Text size="sm" c="dimmed" data-testid="corrected-query">
                {t('opportunities.results.corrected', {
                  typed: search.q,
                  corrected: firstPage.correctedQuery,
                })}
              </Text>
            ) : null}

            {query.isPending ? (
              <LoadingState />
            ) : query.isError ? (
              <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
            ) : opportunities.length === 0 ? (
              isFiltered ? (
                <EmptyState
                  title={t('opportunities.noResults.title')}
                  description={t('opportunities.noResults.description')}
                  action={
                    <Button variant="light" onClick={clearFilters}>
                      {t('organizations.clearFilters')}
                    </Button>
                  }
                />
              ) : (
                <EmptyState
                  title={t('opportunities.empty.title')}
                  description={t('opportunities.empty.description')}
                  action={
                    me ? (
                      <ButtonLink to="/opportunities/new">{t('opportunities.new.title')}</ButtonLink>
                    ) : null
                  }
                />
              )
            ) : (
              <Stack>
                <SimpleGrid
                  cols={{ base: 1, sm: 2 }}
                  spacing="md"
                  aria-busy={query.isFetching}
                  style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
                >
                  {opportunities.map((opportunity) => (
                    <OpportunityCard key={opportunity.id} opportunity={opportunity} />
                  ))}
                </SimpleGrid>
                {firstPage && firstPage.total > opportunities.length ? (
                  <Text size="sm" c="dimmed" ta="center">
                    {t('opportunities.results.shown', {
                      shown: format.number(opportunities.length),
                      total: format.number(firstPage.total),
                    })}
                  </Text>
                ) : null}
                <LoadMoreButton query={query} />
              </Stack>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
