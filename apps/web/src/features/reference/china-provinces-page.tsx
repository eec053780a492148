import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { ProvinceTable } from './province-table.tsx';
import { provincesQuery } from './reference.api.ts';

/** China's provincial-level divisions with their names in four languages. */
export function ChinaProvincesPage() {
  const t = useT();
  const provinces = useQuery(provincesQuery('CN'));
  return (
    <Page
      title={t('reference.china.title')}
      subtitle={<Text c="dimmed">{t('reference.china.description')}</Text>}
    >
      {provinces.isPending ? (
        <LoadingState />
      ) : provinces.isError ? (
        <ErrorAlert error={provinces.error} onRetry={() => void provinces.refetch()} />
      ) : provinces.data.items.length === 0 ? (
        <EmptyState title={t('reference.empty')} />
      ) : (
        <ProvinceTable provinces={provinces.data.items} />
      )}
    </Page>
  );
}
