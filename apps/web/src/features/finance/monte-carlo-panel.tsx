import type { TMonteCarloOptionsInput } from '@karvan/domain/finance';
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { LocalizedNumberInput } from '../../shared/ui/number-input.tsx';
import { labelDriver } from './driver-labels.ts';
import { evaluateModel } from './finance.api.ts';
import { ChartSlot, HistogramChart } from './lazy-charts.tsx';
import type { ModelDocument } from './model-document.ts';
import { useResultFormat } from './use-result-format.ts';

type Distribution = TMonteCarloOptionsInput['variables'][number]['distribution'];
export type DistributionType = Distribution['type'];
type ParamName = 'min' | 'mode' | 'max' | 'mean' | 'sd' | 'mu' | 'sigma';

/** The parameters of each distribution, in the order they are typed (the engine's ZDistribution). */
const PARAMS: Record<DistributionType, readonly ParamName[]> = {
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['mu', 'sigma'],
};
const TYPES = Object.keys(PARAMS) as DistributionType[];

/** A fresh distribution of each type, centred on the base case (factor 1; lognormal μ 0 = median 1). */
const DEFAULT_PARAMS: Record<DistributionType, Partial<Record<ParamName, number>>> = {
  uniform: { min: 0.8, max: 1.2 },
  triangular: { min: 0.8, mode: 1, max: 1.2 },
  normal: { mean: 1, sd: 0.1 },
  lognormal: { mu: 0, sigma: 0.1 },
};

const PARAM_LABELS: Record<ParamName, MessageKey> = {
  min: 'finance.mc.param.min',
  mode: 'finance.mc.param.mode',
  max: 'finance.mc.param.max',
  mean: 'finance.mc.param.mean',
  sd: 'finance.mc.param.sd',
  mu: 'finance.mc.param.mu',
  sigma: 'finance.mc.param.sigma',
};

const TYPE_LABELS: Record<DistributionType, MessageKey> = {
  uniform: 'finance.mc.type.uniform',
  triangular: 'finance.mc.type.triangular',
  normal: 'finance.mc.type.normal',
  lognormal: 'finance.mc.type.lognormal',
};

/** One simulated driver as edited: parameters are null while their field is empty or unreadable. */
export interface VariableDraft {
  /** Stable identity of the row (React key, and where the server's errors go after a removal). */
  key: number;
  driver: string;
  type: DistributionType;
  params: Partial<Record<ParamName, number | null>>;
}

/** The Monte Carlo settings as edited; kept by the workspace so switching tabs does not lose them. */
export interface MonteCarloSettings {
  variables: VariableDraft[];
  runs: number | null;
  seed: number | null;
}

const DEFAULT_RUNS = 5000;
const MAX_RUNS = 20_000;
const MAX_VARIABLES = 50;
let nextKey = 1;

function draftOf(driver: string, type: DistributionType, params = DEFAULT_PARAMS[type]): VariableDraft {
  return { key: nextKey++, driver, type, params: { ...params } };
}

/**
 * The starting uncertainties among the model's drivers: prices, capex and operating costs, and for
 * mines the grade; the first relevant driver when none of those moves this model.
 */
export function defaultMonteCarloSettings(choices: readonly string[]): MonteCarloSettings {
  const preferred: VariableDraft[] = [
    draftOf('price', 'normal', { mean: 1, sd: 0.15 }),
    draftOf('capex', 'triangular', { min: 0.9, mode: 1, max: 1.3 }),
    draftOf('fixedOpex', 'triangular', { min: 0.9, mode: 1, max: 1.2 }),
    draftOf('variableOpex', 'triangular', { min: 0.9, mode: 1, max: 1.2 }),
    draftOf('grade', 'normal', { mean: 1, sd: 0.05 }),
  ];
  const variables = preferred.filter((variable) => choices.includes(variable.driver));
  if (variables.length === 0 && choices[0]) variables.push(draftOf(choices[0], 'normal'));
  return { variables, runs: DEFAULT_RUNS, seed: 1 };
}

/** Why a parameter cannot be sent, as a message key; null when it is fine. */
function checkParam(variable: VariableDraft, name: ParamName): MessageKey | null {
  const value = variable.params[name];
  if (value === null || value === undefined) return 'form.required';
  const { min, max } = variable.params;
  if ((name === 'sd' || name === 'sigma') && value < 0) return 'finance.mc.error.negative';
  if (name === 'max' && typeof min === 'number' && value < min) return 'finance.mc.error.maxBelowMin';
  // A mode outside [min, max] makes the triangular inverse CDF take the root of a negative number.
  if (name === 'mode' && typeof min === 'number' && typeof max === 'number' && (value < min || value > max))
    return 'finance.mc.error.modeOutside';
  return null;
}

function toDistribution(variable: VariableDraft): Distribution {
  const values = Object.fromEntries(PARAMS[variable.type].map((name) => [name, variable.params[name] ?? 0]));
  return { type: variable.type, ...values } as Distribution;
}

interface MonteCarloPanelProps {
  document: ModelDocument;
  /** Drivers that move this model (from `listDriverChoices`). */
  choices: readonly string[];
  settings: MonteCarloSettings;
  onChange: (settings: MonteCarloSettings) => void;
}

/**
 * Monte Carlo on request: the drivers that vary, each with its distribution of factors (1 = base),
 * runs and seed; then NPV percentiles, the chance of a loss and the histogram. The server's field
 * errors (400 or 422) are shown at the fields they name.
 */
export function MonteCarloPanel({ document, choices, settings, onChange }: MonteCarloPanelProps) {
  const t = useT();
  const f = useResultFormat(typeof document.currency === 'string' ? document.currency : 'USD');
  const { variables, runs, seed } = settings;
  const simulate = useMutation({
    mutationFn: (input: { document: ModelDocument; keys: number[]; monteCarlo: TMonteCarloOptionsInput }) =>
      evaluateModel({ document: input.document, monteCarlo: input.monteCarlo }),
  });
  const monteCarlo = simulate.data?.monteCarlo;
  const isOutdated = simulate.variables !== undefined && simulate.variables.document !== document;

  // The server names a variable by its index in the request; rows may have moved since.
  const shownPaths: string[] = [];
  const serverError = (path: string) => {
    const message = fieldError(simulate.error, path);
    if (message) shownPaths.push(path);
    return message;
  };
  const variableError = (key: number, suffix: string) => {
    const index = simulate.variables?.keys.indexOf(key) ?? -1;
    return index < 0 ? undefined : serverError(`monteCarlo.variables.${index}.${suffix}`);
  };

  const update = (key: number, change: (variable: VariableDraft) => VariableDraft) =>
    onChange({ ...settings, variables: variables.map((v) => (v.key === key ? change(v) : v)) });
  const unused = choices.filter((driver) => !variables.some((v) => v.driver === driver));
  const add = () => {
    const driver = unused[0];
    if (driver) onChange({ ...settings, variables: [...variables, draftOf(driver, 'normal')] });
  };
  const remove = (key: number) =>
    onChange({ ...settings, variables: variables.filter((v) => v.key !== key) });

  // Out-of-range runs are refused by the field itself (its value is then null).
  const runsError = runs !== null && !Number.isInteger(runs) ? t('finance.mc.error.wholeNumber') : undefined;
  const seedError = seed !== null && !Number.isInteger(seed) ? t('finance.mc.error.wholeNumber') : undefined;
  const isValid =
    variables.length > 0 &&
    variables.every((v) => PARAMS[v.type].every((name) => checkParam(v, name) === null)) &&
    runs !== null &&
    seed !== null &&
    !runsError &&
    !seedError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isValid || simulate.isPending) return;
    simulate.mutate({
      document,
      keys: variables.map((v) => v.key),
      monteCarlo: {
        runs: runs ?? DEFAULT_RUNS,
        seed: seed ?? 1,
        histogramBins: 30,
        variables: variables.map((v) => ({ driver: v.driver, distribution: toDistribution(v) })),
      },
    });
  };

  const typeOptions = TYPES.map((type) => ({ value: type, label: t(TYPE_LABELS[type]) }));
  const fields = (
    <Stack gap="xs">
      {variables.map((variable, index) => {
        const name = labelDriver(t, variable.driver);
        const driverOptions = choices
          .filter((driver) => driver === variable.driver || unused.includes(driver))
          .map((driver) => ({ value: driver, label: labelDriver(t, driver) }));
        // A driver the model no longer has (a product renamed) stays listed so the row is readable.
        if (!choices.includes(variable.driver))
          driverOptions.unshift({ value: variable.driver, label: name });
        return (
          <Paper
            key={variable.key}
            withBorder
            p="xs"
            radius="sm"
            component="fieldset"
            className="finance-fieldset"
            data-testid="mc-variable"
          >
            <VisuallyHidden component="legend">
              {t('finance.mc.variable', { n: f.number(index + 1, 0), driver: name })}
            </VisuallyHidden>
            <Group align="flex-start" gap="xs">
              <NativeSelect
                label={t('finance.mc.driver')}
                data={driverOptions}
                value={variable.driver}
                onChange={(event) => {
                  const driver = event.currentTarget.value;
                  update(variable.key, (v) => ({ ...v, driver }));
                }}
                error={variableError(variable.key, 'driver')}
                w={190}
                data-testid="mc-driver"
              />
              <NativeSelect
                label={t('finance.mc.distributionType')}
                data={typeOptions}
                value={variable.type}
                onChange={(event) => {
                  const type = event.currentTarget.value as DistributionType;
                  update(variable.key, (v) => ({ ...v, type, params: { ...DEFAULT_PARAMS[type] } }));
                }}
                w={150}
                data-testid="mc-type"
              />
              {PARAMS[variable.type].map((param) => {
                const problem = checkParam(variable, param);
                return (
                  <LocalizedNumberInput
                    key={`${variable.type}-${param}`}
                    label={t(PARAM_LABELS[param])}
                    value={variable.params[param] ?? null}
                    onChange={(value) =>
                      update(variable.key, (v) => ({ ...v, params: { ...v.params, [param]: value } }))
                    }
                    error={
                      (problem && problem !== 'form.required' ? t(problem) : undefined) ??
                      variableError(variable.key, `distribution.${param}`)
                    }
                    required
                    w={120}
                    data-testid={`mc-param-${param}`}
                  />
                );
              })}
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                mt={26}
                aria-label={t('finance.list.removeItem', { item: name })}
                onClick={() => remove(variable.key)}
              >
                {t('finance.list.remove')}
              </Button>
            </Group>
          </Paper>
        );
      })}
      {variables.length === 0 ? (
        <Text size="sm" c="orange" role="status">
          {t('finance.mc.noDrivers')}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={add}
          disabled={unused.length === 0 || variables.length >= MAX_VARIABLES}
          data-testid="mc-add"
        >
          {t('finance.mc.addDriver')}
        </Button>
      </Group>
    </Stack>
  );

  const runsField = (
    <LocalizedNumberInput
      label={t('finance.mc.runs')}
      value={runs}
      onChange={(value) => onChange({ ...settings, runs: value })}
      min={1}
      max={MAX_RUNS}
      error={runsError ?? serverError('monteCarlo.runs')}
      required
      w={140}
      data-testid="mc-runs"
    />
  );
  const seedField = (
    <LocalizedNumberInput
      label={t('finance.mc.seed')}
      value={seed}
      onChange={(value) => onChange({ ...settings, seed: value })}
      error={seedError ?? serverError('monteCarlo.seed')}
      required
      w={140}
      data-testid="mc-seed"
    />
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="finance-mc-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="finance-mc-title">
          {t('finance.mc.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('finance.mc.hint')} {t('finance.mc.factorHint')}
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {fields}
            <Group align="flex-start">
              {runsField}
              {seedField}
              <Button
                type="submit"
                mt={25}
                loading={simulate.isPending}
                disabled={!isValid}
                data-testid="mc-run"
              >
                {t('finance.mc.run')}
              </Button>
            </Group>
          </Stack>
        </form>
        <ErrorAlert error={simulate.error} hideFieldPaths={shownPaths} />
        {monteCarlo ? (
          <Stack gap="sm" data-testid="mc-result" className={isOutdated ? 'finance-stale' : undefined}>
            {isOutdated ? (
              <Text size="xs" c="dimmed">
                {t('finance.analysis.outdated')}
              </Text>
            ) : null}
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
