import { Alert, Grid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { ProvinceTable } from './province-table.tsx';
import { iranBoundariesQuery, provincesQuery } from './reference.api.ts';

const IranMap = lazy(() => import('./iran-map.tsx').then((module) => ({ default: module.IranMap })));

/** Iran's 31 provinces: the map from the shipped boundaries and the names in four languages. */
export function IranProvincesPage() {
  const t = useT();
  const { locale } = useLocale();
  const provinces = useQuery(provincesQuery('IR'));
  const boundaries = useQuery(iranBoundariesQuery);
  const [selected, setSelected] = useState<string | null>(null);
  const selectedProvince = provinces.data?.items.find((province) => province.code === selected);

  return (
    <Page
      title={t('reference.iran.title')}
      subtitle={<Text c="dimmed">{t('reference.iran.description')}</Text>}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="xs">
            {boundaries.isPending || provinces.isPending ? (
              <LoadingState />
            ) : boundaries.isError ? (
              <ErrorAlert error={boundaries.error} onRetry={() => void boundaries.refetch()} />
            ) : provinces.isError ? null : (
              <Suspense fallback={<LoadingState />}>
                <IranMap
                  boundaries={boundaries.data}
                  provinces={provinces.data.items}
                  locale={locale}
                  selected={selected}
                  onSelect={setSelected}
                  label={t('reference.iran.mapLabel')}
                />
              </Suspense>
            )}
            <Text size="xs" c="dimmed">
              {t('reference.iran.mapNote')}
            </Text>
            {selectedProvince ? (
              <Alert color="yellow" variant="light" role="status">
                <LocalizedText value={selectedProvince.name} unofficial={selectedProvince.unofficial} />{' '}
                <bdi className="karvan-code">({selectedProvince.code})</bdi>
              </Alert>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          {provinces.isPending ? (
            <LoadingState />
          ) : provinces.isError ? (
            <ErrorAlert error={provinces.error} onRetry={() => void provinces.refetch()} />
          ) : provinces.data.items.length === 0 ? (
            <EmptyState title={t('reference.empty')} />
          ) : (
            <div style={{ maxBlockSize: 560, overflowY: 'auto' }}>
              <ProvinceTable provinces={provinces.data.items} selected={selected} onSelect={setSelected} />
            </div>
          )}
        </Grid.Col>
      </Grid>
    </Page>
  );
}
