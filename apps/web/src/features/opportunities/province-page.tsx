import { pickLocalizedText } from '@karvan/domain';
import { Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { isApiError } from '../../shared/api/client.ts';
import type { FacetValue } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon, ArrowForwardIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink, ButtonLink } from '../../shared/ui/links.tsx';
import { useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { ProvinceName } from '../reference/province-name.tsx';
import { isicQuery, provincesQuery } from '../reference/reference.api.ts';
import { useVocabulary } from './labels.ts';
import { provinceStatsQuery } from './opportunities.api.ts';

const route = getRouteApi('/opportunities/provinces/$code');

interface BreakdownProps {
  title: string;
  values: FacetValue[];
  total: number;
  labelOf: (value: string) => string;
  testId: string;
}

/**
 * One breakdown as labelled bars, largest first. Each row's text says the numbers ("Mining:
 * 3 of 10 (30%)"); the bar only shows them, so it is hidden from screen readers.
 */
function Breakdown({ title, values, total, labelOf, testId }: BreakdownProps) {
  const t = useT();
  const sorted = [...values].sort((a, b) => b.count - a.count);
  return (
    <Paper withBorder p="lg" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reference.empty')}
          </Text>
        ) : (
          <Stack gap={8} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {sorted.map((item) => (
              <li key={item.value} className="karvan-bar-row">
                <Text size="sm">{labelOf(item.value)}</Text>
                <Progress value={total > 0 ? (item.count / total) * 100 : 0} size="lg" aria-hidden="true" />
                <Text size="sm" c="dimmed">
                  {t('opportunities.province.share', {
                    count: item.count,
                    total,
                    share: total > 0 ? item.count / total : 0,
                  })}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** One province's opportunity bank: counts by kind, ISIC section and stage, and the money asked for. */
export function ProvinceOpportunitiesPage() {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const { code } = route.useParams();
  const country = code.slice(0, 2).toUpperCase();
  const vocabulary = useVocabulary();
  const toName = useLocalizedString();
  const stats = useQuery(provinceStatsQuery(code));
  const provinces = useQuery({ ...provincesQuery(country), enabled: country === 'IR' || country === 'CN' });
  const sections = useQuery(isicQuery({}));
  const province = provinces.data?.items.find((item) => item.code === code);

  const sectionLabel = useMemo(() => {
    const titles = new Map(
      (sections.data?.items ?? []).map((section) => [
        section.code,
        pickLocalizedText(section.title, locale)?.text ?? '',
      ]),
    );
    return (value: string) => (titles.get(value) ? `${value} — ${titles.get(value)}` : value);
  }, [sections.data, locale]);

  const stageLabel = (value: string) =>
    value === '' || value === 'none' || value === 'null'
      ? t('opportunities.province.noStage')
      : vocabulary.stage(value);

  const back = (
    <AnchorLink to="/opportunities/map" size="sm">
      <ArrowBackIcon size={14} /> {t('opportunities.map.title')}
    </AnchorLink>
  );
  const provinceName = province ? toName(province.name) : code;

  if (stats.isPending) return <LoadingState />;
  if (stats.isError) {
    return (
      <Page title={provinceName} back={back}>
        {isApiError(stats.error) && stats.error.status === 404 ? (
          <EmptyState title={t('opportunities.province.notFound')} />
        ) : (
          <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
        )}
      </Page>
    );
  }

  const data = stats.data;
  const topKind = [...data.byKind].sort((a, b) => b.count - a.count)[0];

  return (
    <Page
      title={t('opportunities.province.title', { province: provinceName })}
      heading={
        <>
          <ProvinceName country={country} code={code} />{' '}
          <Text span c="dimmed" fz="h4">
            <bdi className="karvan-code">{code}</bdi>
          </Text>
        </>
      }
      subtitle={<Text c="dimmed">{t('opportunities.province.subtitle')}</Text>}
      back={back}
      actions={
        <ButtonLink
          to="/opportunities"
          search={{ province: code }}
          rightSection={<ArrowForwardIcon size={16} />}
          data-testid="province-search-link"
        >
          {t('opportunities.province.searchLink')}
        </ButtonLink>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="lg">
          <Text size="xs" c="dimmed" fw={600}>
            {t('opportunities.province.published')}
          </Text>
          <Text fz="h2" fw={700} data-testid="province-count">
            {format.number(data.count)}
          </Text>
        </Paper>
        <Paper withBorder p="lg">
          <Text size="xs" c="dimmed" fw={600}>
            {t('opportunities.province.totalUsd')}
          </Text>
          <Text fz="h2" fw={700}>
            <bdi>{format.money(data.totalUsd, 'USD')}</bdi>
          </Text>
          <Text size="xs" c="dimmed">
            {t('opportunities.province.totalUsdHint')}
          </Text>
        </Paper>
        <Paper withBorder p="lg">
          <Text size="xs" c="dimmed" fw={600}>
            {t('opportunities.province.withoutAmountTitle')}
          </Text>
          <Text fz="h2" fw={700}>
            {format.number(data.withoutAmount)}
          </Text>
        </Paper>
      </SimpleGrid>

      {data.count === 0 ? (
        <EmptyState
          title={t('opportunities.province.empty')}
          action={
            <ButtonLink to="/opportunities" variant="light">
              {t('opportunities.title')}
            </ButtonLink>
          }
        />
      ) : (
        <>
          {topKind ? (
            <Text size="lg" data-testid="province-headline">
              {t('opportunities.province.headline', {
                count: topKind.count,
                total: data.count,
                kind: vocabulary.kind(topKind.value),
              })}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Breakdown
              title={t('opportunities.province.byKind')}
              values={data.byKind}
              total={data.count}
              labelOf={vocabulary.kind}
              testId="province-by-kind"
            />
            <Breakdown
              title={t('opportunities.province.byStage')}
              values={data.byStage}
              total={data.count}
              labelOf={stageLabel}
              testId="province-by-stage"
            />
            <Breakdown
              title={t('opportunities.province.byIsicSection')}
              values={data.byIsicSection}
              total={data.count}
              labelOf={sectionLabel}
              testId="province-by-isic"
            />
            <Paper withBorder p="lg" component="section" aria-labelledby="province-currencies">
              <Stack gap="sm">
                <Title order={2} size="h4" id="province-currencies">
                  {t('opportunities.province.byCurrency')}
                </Title>
                {data.totalsByCurrency.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('reference.empty')}
                  </Text>
                ) : (
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('reference.currencies.code')}</Table.Th>
                        <Table.Th>{t('opportunities.province.amount')}</Table.Th>
                        <Table.Th>{t('opportunities.province.opportunities')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.totalsByCurrency.map((row) => (
                        <Table.Tr key={row.currency}>
                          <Table.Td>
                            <bdi className="karvan-code">{row.currency}</bdi>
                          </Table.Td>
                          <Table.Td>
                            <bdi>{format.money(row.amount, row.currency)}</bdi>
                          </Table.Td>
                          <Table.Td>{format.number(row.count)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                {data.withoutAmount > 0 ? (
                  <Group>
                    <Text size="sm" c="dimmed">
                      {t('opportunities.province.withoutAmount', { count: data.withoutAmount })}
                    </Text>
                  </Group>
                ) : null}
              </Stack>
            </Paper>
          </SimpleGrid>
        </>
      )}
    </Page>
  );
}
