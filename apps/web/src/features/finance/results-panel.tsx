import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import type { EvaluateResponse } from './finance.api.ts';
import { CashFlowChart, ChartSlot, NpvCurveChart, TornadoChart } from './lazy-charts.tsx';
import { YearlyTable } from './yearly-table.tsx';

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Yearly table and the cash-flow and NPV-curve charts of the last good evaluation. */
export function ResultsPanel({
  evaluation,
  isStale,
  showSolarHijri,
}: {
  evaluation: EvaluateResponse;
  isStale: boolean;
  showSolarHijri: boolean;
}) {
  const t = useT();
  const { result } = evaluation;
  return (
    <Stack className={isStale ? 'finance-stale' : undefined}>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Block title={t('finance.chart.cashFlow')}>
          <ChartSlot>
            <CashFlowChart result={result} />
          </ChartSlot>
        </Block>
        <Block title={t('finance.chart.npvCurve')}>
          <ChartSlot>
            <NpvCurveChart result={result} />
          </ChartSlot>
        </Block>
      </SimpleGrid>
      <Block title={t('finance.table.title')}>
        <YearlyTable result={result} showSolarHijri={showSolarHijri} />
      </Block>
    </Stack>
  );
}

/** The tornado of one-at-a-time sensitivities (±20 % by default) from the live evaluation. */
export function TornadoPanel({ evaluation, isStale }: { evaluation: EvaluateResponse; isStale: boolean }) {
  const t = useT();
  return (
    <Block title={t('finance.chart.tornado')}>
      <Text size="sm" c="dimmed">
        {t('finance.chart.tornadoHint')}
      </Text>
      <div className={isStale ? 'finance-stale' : undefined}>
        {evaluation.sensitivity && evaluation.sensitivity.bars.length > 0 ? (
          <ChartSlot>
            <TornadoChart sensitivity={evaluation.sensitivity} currency={evaluation.result.currency} />
          </ChartSlot>
        ) : (
          <Text size="sm">{t('finance.chart.noSensitivity')}</Text>
        )}
      </div>
    </Block>
  );
}
