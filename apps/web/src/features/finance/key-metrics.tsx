import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import type { ModelResult } from './finance.api.ts';
import { useResultFormat } from './use-result-format.ts';

type IrrKind = ModelResult['irrKind']['project'];

function Metric({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="md" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** IRR with the wording of its kind: none, several (the one found shown beside), or the single value. */
export function IrrText({ value, kind }: { value: number | null; kind: IrrKind }) {
  const t = useT();
  const f = useResultFormat('USD');
  if (kind === 'none' || value === null) return <>{t('finance.result.noIrr')}</>;
  if (kind === 'multiple') return <>{t('finance.result.severalIrrs', { value: f.percent(value) })}</>;
  return <>{f.percent(value)}</>;
}

/** The headline results: NPV, IRRs, MIRR, paybacks, break-even and DSCR. */
export function KeyMetrics({ result, compact = false }: { result: ModelResult; compact?: boolean }) {
  const t = useT();
  const f = useResultFormat(result.currency);
  const notReached = t('finance.result.notReached');
  return (
    <SimpleGrid
      cols={compact ? { base: 2, sm: 3 } : { base: 2, sm: 3, md: 5 }}
      spacing="md"
      verticalSpacing="xs"
    >
      <Metric label={t('finance.result.npv')} testId="metric-npv">
        <bdi>{f.money(result.npv)}</bdi>
      </Metric>
      <Metric label={t('finance.result.projectIrr')} testId="metric-project-irr">
        <IrrText value={result.projectIrr} kind={result.irrKind.project} />
      </Metric>
      <Metric label={t('finance.result.equityIrr')}>
        <IrrText value={result.equityIrr} kind={result.irrKind.equity} />
      </Metric>
      <Metric label={t('finance.result.mirr')}>
        {result.mirr === null ? t('finance.result.none') : f.percent(result.mirr)}
      </Metric>
      <Metric label={t('finance.result.payback')}>
        {result.payback === null ? notReached : f.years(result.payback)}
      </Metric>
      <Metric label={t('finance.result.discountedPayback')}>
        {result.discountedPayback === null ? notReached : f.years(result.discountedPayback)}
      </Metric>
      <Metric label={t('finance.result.breakEven')}>
        {result.breakEven
          ? t('finance.result.breakEvenValue', {
              share: f.percent(result.breakEven.shareOfCapacity),
              year: f.year(result.breakEven.calendarYear),
            })
          : t('finance.result.none')}
      </Metric>
      <Metric label={t('finance.result.dscrMin')}>
        {result.dscr.min === null ? t('finance.result.noDebt') : f.number(result.dscr.min)}
      </Metric>
      <Metric label={t('finance.result.dscrAverage')}>
        {result.dscr.average === null ? t('finance.result.noDebt') : f.number(result.dscr.average)}
      </Metric>
      <Metric label={t('finance.result.operatingYears')}>{f.number(result.operatingYears, 0)}</Metric>
    </SimpleGrid>
  );
}

/** The metrics in a frame, greyed while they belong to an earlier (valid) state of the document. */
export function KeyMetricsPanel({ result, isStale }: { result: ModelResult; isStale: boolean }) {
  const t = useT();
  return (
    <Paper
      withBorder
      p="md"
      className={isStale ? 'finance-stale' : undefined}
      aria-live="polite"
      data-stale={isStale}
    >
      {isStale ? (
        <Text size="xs" c="dimmed" mb="xs">
          {t('finance.result.staleHint')}
        </Text>
      ) : null}
      <KeyMetrics result={result} />
    </Paper>
  );
}
