import { pickLocalizedText } from '@karvan/domain';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ExchangeRate } from '../../shared/api/types.ts';
import { invertRate } from '../../shared/format/decimal.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { DecimalInput } from '../../shared/ui/decimal-input.tsx';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { currenciesQuery } from '../reference/reference.api.ts';
import { adminApi, exchangeRateHistoryQuery, exchangeRatesQuery } from './admin.api.ts';

/** Today as YYYY-MM-DD in the browser's time zone, for the date input's default. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function RatesTable({ rates, withCreated }: { rates: ExchangeRate[]; withCreated?: boolean }) {
  const t = useT();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid={withCreated ? 'rate-history' : 'rates-in-force'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reference.currencies.code')}</Table.Th>
            <Table.Th>{t('admin.rates.usdPerUnit')}</Table.Th>
            <Table.Th>{t('admin.rates.unitsPerUsd')}</Table.Th>
            <Table.Th>{t('admin.rates.validFrom')}</Table.Th>
            <Table.Th>{t('admin.rates.note')}</Table.Th>
            {withCreated ? <Table.Th>{t('common.createdAt')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rates.map((rate) => {
            const inverse = invertRate(rate.usdPerUnit, 2);
            return (
              <Table.Tr key={rate.id}>
                <Table.Td>
                  <bdi className="karvan-code">{rate.currency}</bdi>
                </Table.Td>
                <Table.Td>{format.number(rate.usdPerUnit, { maximumFractionDigits: 12 })}</Table.Td>
                <Table.Td>{inverse ? format.number(inverse, { maximumFractionDigits: 2 }) : '—'}</Table.Td>
                <Table.Td>{format.dateWithGregorian(rate.validFrom)}</Table.Td>
                <Table.Td dir="auto">{rate.note ?? ''}</Table.Td>
                {withCreated ? <Table.Td>{format.dateTime(rate.createdAt)}</Table.Td> : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A dated rate: typed as dollars per unit, or (easier for the rial) units per dollar. */
function AddRateForm() {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const currencies = useQuery(currenciesQuery);
  const [currency, setCurrency] = useState<string | null>(null);
  const [direction, setDirection] = useState<'usd-per-unit' | 'units-per-usd'>('units-per-usd');
  const [value, setValue] = useState<string | null>(null);
  const [validFrom, setValidFrom] = useState(today);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<ExchangeRate | null>(null);

  const usdPerUnit = value ? (direction === 'usd-per-unit' ? value : invertRate(value, 12)) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = { currency: !currency, value: !usdPerUnit, validFrom: !validFrom };
    setMissing(problems);
    if (!currency || !usdPerUnit || !validFrom) return;
    setPending(true);
    setError(null);
    setSaved(null);
    try {
      const rate = await adminApi.createExchangeRate({
        currency,
        usdPerUnit,
        validFrom,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setSaved(rate);
      setValue(null);
      setNote('');
      await queryClient.invalidateQueries({ queryKey: ['exchange-rates'] });
      // Conversions to dollars in the opportunity bank change with the rate.
      await queryClient.invalidateQueries({ queryKey: ['opportunities'] });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="add-rate">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="add-rate">
            {t('admin.rates.add')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('opportunities.filters.currency')}
              name="currency"
              data={(currencies.data?.items ?? [])
                .filter((item) => item.code !== 'USD')
                .map((item) => ({
                  value: item.code,
                  label: `${item.code} — ${pickLocalizedText(item.name, locale)?.text ?? item.code}`,
                }))}
              value={currency}
              onChange={setCurrency}
              required
              error={missing.currency ? t('form.required') : fieldError(error, 'currency')}
            />
            <TextInput
              label={t('admin.rates.validFrom')}
              name="validFrom"
              type="date"
              value={validFrom}
              onChange={(event) => setValidFrom(event.currentTarget.value)}
              required
              dir="ltr"
              description={validFrom ? format.dateWithGregorian(`${validFrom}T00:00:00Z`) : undefined}
              error={missing.validFrom ? t('form.required') : fieldError(error, 'validFrom')}
            />
          </SimpleGrid>
          <SegmentedControl
            value={direction}
            onChange={(next) => {
              setDirection(next === 'usd-per-unit' ? 'usd-per-unit' : 'units-per-usd');
              setValue(null);
            }}
            data={[
              { value: 'units-per-usd', label: t('admin.rates.enterUnitsPerUsd') },
              { value: 'usd-per-unit', label: t('admin.rates.enterUsdPerUnit') },
            ]}
            aria-label={t('admin.rates.direction')}
            maw={520}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DecimalInput
              key={direction}
              label={
                direction === 'usd-per-unit'
                  ? t('admin.rates.usdPerUnitOf', { currency: currency ?? '—' })
                  : t('admin.rates.unitsPerUsdOf', { currency: currency ?? '—' })
              }
              name="rate"
              value={value}
              onChange={setValue}
              maxFractionDigits={12}
              maxIntegerDigits={18}
              required
              error={missing.value ? t('form.required') : fieldError(error, 'usdPerUnit')}
            />
            <TextInput
              label={t('admin.rates.note')}
              name="note"
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              maxLength={500}
              dir="auto"
              error={fieldError(error, 'note')}
            />
          </SimpleGrid>
          {usdPerUnit && currency ? (
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="rate-preview">
              {t('admin.rates.preview', {
                currency,
                usd: format.number(usdPerUnit, { maximumFractionDigits: 12 }),
              })}
            </Text>
          ) : null}
          <ErrorAlert error={error} hideFieldPaths={['currency', 'usdPerUnit', 'validFrom', 'note']} />
          {saved ? (
            <Text size="sm" c="green" role="status">
              {t('admin.rates.saved', { currency: saved.currency })}
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={pending} data-testid="add-rate">
              {t('admin.rates.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Exchange rates to the US dollar: those in force, every dated rate entered, and a form for a new one. */
export function AdminExchangeRatesPage() {
  const t = useT();
  const current = useQuery(exchangeRatesQuery);
  const history = useQuery(exchangeRateHistoryQuery);

  return (
    <Page title={t('admin.rates.title')} subtitle={<Text c="dimmed">{t('admin.rates.description')}</Text>}>
      <AddRateForm />
      <Paper withBorder p="lg" component="section" aria-labelledby="rates-in-force">
        <Stack>
          <Title order={2} size="h4" id="rates-in-force">
            {t('admin.rates.inForce')}
          </Title>
          {current.isPending ? (
            <LoadingState />
          ) : current.isError ? (
            <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />
          ) : current.data.items.length === 0 ? (
            <EmptyState title={t('admin.rates.empty')} description={t('admin.rates.emptyHint')} />
          ) : (
            <RatesTable rates={current.data.items} />
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="rates-history">
        <Stack>
          <Title order={2} size="h4" id="rates-history">
            {t('admin.rates.history')}
          </Title>
          {history.isPending ? (
            <LoadingState />
          ) : history.isError ? (
            <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
          ) : history.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('admin.rates.empty')}
            </Text>
          ) : (
            <RatesTable rates={history.data.items} withCreated />
          )}
        </Stack>
      </Paper>
    </Page>
  );
}
