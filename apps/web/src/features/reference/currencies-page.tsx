import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { currenciesQuery } from './reference.api.ts';

const SAMPLE_AMOUNT = 1_250_000;

/** Currencies with their minor units and how an amount looks in the user's settings. */
export function CurrenciesPage() {
  const t = useT();
  const format = useFormat();
  const currencies = useQuery(currenciesQuery);
  return (
    <Page
      title={t('reference.currencies.title')}
      subtitle={<Text c="dimmed">{t('reference.currencies.description')}</Text>}
    >
      {currencies.isPending ? (
        <LoadingState />
      ) : currencies.isError ? (
        <ErrorAlert error={currencies.error} onRetry={() => void currencies.refetch()} />
      ) : currencies.data.items.length === 0 ? (
        <EmptyState title={t('reference.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reference.currencies.code')}</Table.Th>
                <Table.Th>{t('reference.currencies.name')}</Table.Th>
                <Table.Th>{t('reference.currencies.minorUnits')}</Table.Th>
                <Table.Th>
                  {t('reference.currencies.example', { amount: format.number(SAMPLE_AMOUNT) })}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {currencies.data.items.map((currency) => (
                <Table.Tr key={currency.code}>
                  <Table.Td>
                    <bdi className="karvan-code">{currency.code}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <LocalizedText value={currency.name} />
                  </Table.Td>
                  <Table.Td>{format.number(currency.minorUnits)}</Table.Td>
                  <Table.Td>
                    <bdi>{format.money(SAMPLE_AMOUNT, currency.code)}</bdi>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
