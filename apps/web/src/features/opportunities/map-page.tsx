import { pickLocalizedText } from '@karvan/domain';
import { Alert, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate, useRouter } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { LoadingState } from '../../shared/ui/states.tsx';
import { iranBoundariesQuery, provincesQuery } from '../reference/reference.api.ts';
import { countActiveFilters } from './filter-panel.tsx';
import { scaleSteps } from './map-scale.ts';
import { mapPointsQuery, provinceCountsQuery } from './opportunities.api.ts';

const OpportunitiesMap = lazy(() =>
  import('./opportunities-map.tsx').then((module) => ({ default: module.OpportunitiesMap })),
);

const route = getRouteApi('/opportunities/map');

/** The legend of the shading: one swatch per range of counts. */
function Legend({ max }: { max: number }) {
  const t = useT();
  const format = useFormat();
  const steps = scaleSteps(max);
  if (steps.length === 0) return null;
  return (
    <Group gap="sm" aria-label={t('opportunities.map.legend')} role="group">
      <Text size="xs" c="dimmed">
        {t('opportunities.map.legend')}
      </Text>
      {steps.map((step) => (
        <Group key={step.from} gap={4} wrap="nowrap">
          <span className="karvan-legend-swatch" style={{ background: step.color }} aria-hidden="true" />
          <Text size="xs">
            {step.from === step.to
              ? format.number(step.from)
              : t('opportunities.map.range', { from: format.number(step.from), to: format.number(step.to) })}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * The opportunity bank on Iran's map: provinces shaded by their number of published
 * opportunities (a click opens the province's page), and the opportunities with coordinates
 * as points filtered like the list. A list of the provinces beside it is the keyboard way in.
 */
export function OpportunityMapPage() {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const search = route.useSearch();
  const navigate = useNavigate();
  const router = useRouter();
  const provinces = useQuery(provincesQuery('IR'));
  const boundaries = useQuery(iranBoundariesQuery);
  const counts = useQuery(provinceCountsQuery('IR', search));
  const points = useQuery(mapPointsQuery(search));

  const countMap = useMemo(
    () => new Map((counts.data?.items ?? []).map((item) => [item.province, item.count])),
    [counts.data],
  );
  const max = Math.max(0, ...countMap.values());
  const ranked = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return (provinces.data?.items ?? [])
      .map((province) => ({
        code: province.code,
        name: pickLocalizedText(province.name, locale)?.text ?? province.code,
        count: countMap.get(province.code) ?? 0,
      }))
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
  }, [provinces.data, countMap, locale]);

  const isFiltered = countActiveFilters(search) > 0 || Boolean(search.q);
  const error = provinces.error ?? boundaries.error ?? counts.error;

  return (
    <Page
      title={t('opportunities.map.title')}
      subtitle={<Text c="dimmed">{t('opportunities.map.description')}</Text>}
      back={
        <AnchorLink to="/opportunities" search={search} size="sm">
          <ArrowBackIcon size={14} /> {t('opportunities.map.backToList')}
        </AnchorLink>
      }
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="xs">
            {error ? (
              <ErrorAlert
                error={error}
                onRetry={() => {
                  void provinces.refetch();
                  void boundaries.refetch();
                  void counts.refetch();
                }}
              />
            ) : !provinces.data || !boundaries.data || !counts.data ? (
              <LoadingState />
            ) : (
              <Suspense fallback={<LoadingState />}>
                <OpportunitiesMap
                  boundaries={boundaries.data}
                  provinces={provinces.data.items}
                  counts={countMap}
                  points={points.data?.items ?? []}
                  locale={locale}
                  label={t('opportunities.map.label')}
                  describeCount={(count) => t('opportunities.count', { count })}
                  formatCount={(count) => format.number(count)}
                  openLabel={t('opportunities.map.open')}
                  hrefOf={(id) => router.buildLocation({ to: '/opportunities/$id', params: { id } }).href}
                  onProvince={(code) =>
                    void navigate({ to: '/opportunities/provinces/$code', params: { code } })
                  }
                  onOpen={(id) => void navigate({ to: '/opportunities/$id', params: { id } })}
                />
              </Suspense>
            )}
            <Legend max={max} />
            <Text size="xs" c="dimmed">
              {t('opportunities.map.note')}
            </Text>
            {isFiltered ? (
              <Text size="xs" c="dimmed">
                {t('opportunities.map.filteredPoints')}
              </Text>
            ) : null}
            {points.isError ? (
              <ErrorAlert error={points.error} onRetry={() => void points.refetch()} />
            ) : null}
            {points.data?.truncated ? (
              <Alert color="yellow" variant="light" role="status">
                {t('opportunities.map.truncated', { count: points.data.items.length })}
              </Alert>
            ) : null}
            {points.data && points.data.items.length === 0 ? (
              <Text size="sm" c="dimmed" role="status">
                {t('opportunities.map.noPoints')}
              </Text>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="xs" component="nav" aria-labelledby="map-provinces-title">
            <Title order={2} size="h5" id="map-provinces-title">
              {t('opportunities.map.provinces')}
            </Title>
            {provinces.isPending || counts.isPending ? (
              <LoadingState />
            ) : (
              <Stack
                component="ul"
                gap={2}
                m={0}
                p={0}
                style={{ listStyle: 'none', maxBlockSize: 520, overflowY: 'auto' }}
              >
                {ranked.map((province) => (
                  <Group
                    key={province.code}
                    component="li"
                    justify="space-between"
                    wrap="nowrap"
                    gap="xs"
                    pe="xs"
                  >
                    <AnchorLink
                      to="/opportunities/provinces/$code"
                      params={{ code: province.code }}
                      size="sm"
                      data-testid="map-province-link"
                    >
                      {province.name}
                    </AnchorLink>
                    <Text size="sm" c={province.count > 0 ? undefined : 'dimmed'}>
                      {format.number(province.count)}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
