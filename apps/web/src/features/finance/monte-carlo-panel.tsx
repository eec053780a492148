import type { TMonteCarloOptionsInput } from '@karvan/domain/finance';
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LocalizedNumberInput } from '../../shared/ui/number-input.tsx';
import { labelDriver } from './driver-labels.ts';
import { evaluateModel } from './finance.api.ts';
import { ChartSlot, HistogramChart } from './lazy-charts.tsx';
import type { ModelDocument } from './model-document.ts';
import { useResultFormat } from './use-result-format.ts';

type Variables = TMonteCarloOptionsInput['variables'];

/** The uncertainties simulated: prices, capex and operating costs, and for mines the grade. */
export function defaultVariables(document: ModelDocument): Variables {
  const variables: Variables = [
    { driver: 'price', distribution: { type: 'normal', mean: 1, sd: 0.15 } },
    { driver: 'capex', distribution: { type: 'triangular', min: 0.9, mode: 1, max: 1.3 } },
    { driver: 'fixedOpex', distribution: { type: 'triangular', min: 0.9, mode: 1, max: 1.2 } },
    { driver: 'variableOpex', distribution: { type: 'triangular', min: 0.9, mode: 1, max: 1.2 } },
  ];
  if (document.mining)
    variables.push({ driver: 'grade', distribution: { type: 'normal', mean: 1, sd: 0.05 } });
  return variables;
}

const MAX_RUNS = 20_000;

/** Monte Carlo on request: runs and seed, then NPV percentiles, the chance of a loss and the histogram. */
export function MonteCarloPanel({ document }: { document: ModelDocument }) {
  const t = useT();
  const f = useResultFormat(typeof document.currency === 'string' ? document.currency : 'USD');
  const [runs, setRuns] = useState<number | null>(5000);
  const [seed, setSeed] = useState<number | null>(1);
  const variables = defaultVariables(document);
  const simulate = useMutation({
    mutationFn: () =>
      evaluateModel({
        document,
        monteCarlo: { runs: runs ?? 5000, seed: seed ?? 1, histogramBins: 30, variables },
      }),
  });
  const monteCarlo = simulate.data?.monteCarlo;
  const describe = (distribution: Variables[number]['distribution']) => {
    switch (distribution.type) {
      case 'normal':
        return t('finance.mc.normal', { mean: f.number(distribution.mean), sd: f.number(distribution.sd) });
      case 'triangular':
        return t('finance.mc.triangular', {
          min: f.number(distribution.min),
          mode: f.number(distribution.mode),
          max: f.number(distribution.max),
        });
      case 'uniform':
        return t('finance.mc.uniform', { min: f.number(distribution.min), max: f.number(distribution.max) });
      default:
        return t('finance.mc.lognormal', {
          mu: f.number(distribution.mu),
          sigma: f.number(distribution.sigma),
        });
    }
  };
  const canRun = runs !== null && runs >= 1 && runs <= MAX_RUNS && seed !== null && Number.isInteger(seed);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="finance-mc-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="finance-mc-title">
          {t('finance.mc.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('finance.mc.hint')}
        </Text>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finance.mc.driver')}</Table.Th>
              <Table.Th>{t('finance.mc.distribution')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {variables.map((variable) => (
              <Table.Tr key={variable.driver}>
                <Table.Td>{labelDriver(t, variable.driver)}</Table.Td>
                <Table.Td>{describe(variable.distribution)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group align="flex-end">
          <LocalizedNumberInput
            label={t('finance.mc.runs')}
            value={runs}
            onChange={setRuns}
            min={1}
            max={MAX_RUNS}
            w={140}
            data-testid="mc-runs"
          />
          <LocalizedNumberInput label={t('finance.mc.seed')} value={seed} onChange={setSeed} w={140} />
          <Button
            onClick={() => simulate.mutate()}
            loading={simulate.isPending}
            disabled={!canRun}
            data-testid="mc-run"
          >
            {t('finance.mc.run')}
          </Button>
        </Group>
        <ErrorAlert error={simulate.error} />
        {monteCarlo ? (
          <Stack gap="sm" data-testid="mc-result">
            <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
              {(['p10', 'p50', 'p90', 'mean'] as const).map((key) => (
                <Stack key={key} gap={0}>
                  <Text size="xs" c="dimmed" fw={600}>
                    {t(`finance.mc.${key}`)}
                  </Text>
                  <Text fw={700}>
                    <bdi>{f.money(monteCarlo.npv[key])}</bdi>
                  </Text>
                </Stack>
              ))}
              <Stack gap={0}>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('finance.mc.probabilityNegative')}
                </Text>
                <Text fw={700}>{f.percent(monteCarlo.probabilityNpvNegative)}</Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('finance.mc.irrP50')}
                </Text>
                <Text fw={700}>
                  {monteCarlo.irr ? f.percent(monteCarlo.irr.p50) : t('finance.result.noIrr')}
                </Text>
              </Stack>
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('finance.mc.ranWith', {
                runs: f.number(monteCarlo.runs, 0),
                seed: f.number(monteCarlo.seed, 0),
              })}
            </Text>
            <ChartSlot>
              <HistogramChart monteCarlo={monteCarlo} currency={simulate.data?.result.currency ?? 'USD'} />
            </ChartSlot>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
