import type { TScenarioInput } from '@karvan/domain/finance';
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import type { Translate } from '../../shared/i18n/use-t.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { LocalizedNumberInput } from '../../shared/ui/number-input.tsx';
import { labelDriver } from './driver-labels.ts';
import { fromDisplayNumber, type NumberKind, toDisplayNumber } from './fields.tsx';
import { evaluateModel, type ModelResult } from './finance.api.ts';
import { IrrText } from './key-metrics.tsx';
import { getAtPath, type ModelDocument } from './model-document.ts';
import { useResultFormat } from './use-result-format.ts';

/** One change of a scenario: a driver multiplied (`driver:price`) or an input set (`field:tax.rate`). */
export interface ScenarioChangeDraft {
  key: number;
  target: string;
  /** As typed: a factor for a driver; for an input its display unit (percent for rates). */
  value: number | null;
}

/** A named scenario as edited. Scenarios live in the page, not in the saved document (it has no place for them). */
export interface ScenarioDraft {
  key: number;
  name: string;
  changes: ScenarioChangeDraft[];
}

/** An input a scenario may set, at its dotted path in the document. */
interface FieldTarget {
  path: string;
  label: string;
  kind: NumberKind;
}

const MAX_SCENARIOS = 20;
const MAX_CHANGES = 10;
/** The server's bounds of a driver factor (ZScenario). */
const MAX_FACTOR = 100;
const DRIVER = 'driver:';
const FIELD = 'field:';
let nextKey = 1;

const GENERAL_FIELDS: ReadonlyArray<{ path: string; label: MessageKey; kind: NumberKind }> = [
  { path: 'discountRate', label: 'finance.general.discountRate', kind: 'percent' },
  { path: 'inflation', label: 'finance.general.inflation', kind: 'percent' },
  { path: 'tax.rate', label: 'finance.tax.rate', kind: 'percent' },
  { path: 'tax.holidayYears', label: 'finance.tax.holidayYears', kind: 'integer' },
  { path: 'financing.equityShare', label: 'finance.financing.equityShare', kind: 'percent' },
  { path: 'constructionYears', label: 'finance.general.constructionYears', kind: 'integer' },
];

/** The inputs offered to scenarios: the headline rates and periods, and each product's price. */
function listFieldTargets(t: Translate, document: ModelDocument): FieldTarget[] {
  const targets: FieldTarget[] = GENERAL_FIELDS.map((field) => ({ ...field, label: t(field.label) }));
  // A mine's life comes from its reserve and mining rate, not from `operatingYears`.
  if (!document.mining)
    targets.push({ path: 'operatingYears', label: t('finance.general.operatingYears'), kind: 'integer' });
  (document.products ?? []).forEach((product, index) => {
    if (typeof product.name === 'string' && product.name.trim() !== '')
      targets.push({
        path: `products.${index}.price`,
        label: t('finance.driver.priceOf', { product: product.name }),
        kind: 'number',
      });
  });
  return targets;
}

function changeOf(target: string, value: number | null): ScenarioChangeDraft {
  return { key: nextKey++, target, value };
}

/** Two example scenarios to start from: lower prices, and capital costs overrunning when the model has any. */
export function defaultScenarios(t: Translate, choices: readonly string[]): ScenarioDraft[] {
  const scenarios: ScenarioDraft[] = [];
  if (choices.includes('price'))
    scenarios.push({
      key: nextKey++,
      name: t('finance.scenarios.example.lowPrices'),
      changes: [changeOf(`${DRIVER}price`, 0.85)],
    });
  if (choices.includes('capex'))
    scenarios.push({
      key: nextKey++,
      name: t('finance.scenarios.example.capexOverrun'),
      changes: [changeOf(`${DRIVER}capex`, 1.2)],
    });
  return scenarios;
}

/** Why a change cannot be sent, as a message key; null when it is fine. */
function checkChange(change: ScenarioChangeDraft, field: FieldTarget | undefined): MessageKey | null {
  if (change.value === null) return 'form.required';
  if (change.target.startsWith(DRIVER) && (change.value < 0 || change.value > MAX_FACTOR))
    return 'finance.scenarios.error.factorRange';
  if (field?.kind === 'integer' && !Number.isInteger(change.value)) return 'finance.mc.error.wholeNumber';
  return null;
}

interface ScenariosPanelProps {
  document: ModelDocument;
  /** Drivers that move this model (from `listDriverChoices`). */
  choices: readonly string[];
  scenarios: ScenarioDraft[];
  onChange: (scenarios: ScenarioDraft[]) => void;
}

/**
 * Named scenarios: each multiplies drivers and/or sets inputs; evaluated on the server in one
 * request (POST /finance/evaluate with `scenarios`) and shown beside the base case.
 */
export function ScenariosPanel({ document, choices, scenarios, onChange }: ScenariosPanelProps) {
  const t = useT();
  const currency = typeof document.currency === 'string' ? document.currency : 'USD';
  const f = useResultFormat(currency);
  const fields = listFieldTargets(t, document);
  const fieldOf = (target: string) =>
    target.startsWith(FIELD) ? fields.find((field) => `${FIELD}${field.path}` === target) : undefined;
  const targetOptions = [
    {
      group: t('finance.scenarios.group.drivers'),
      items: choices.map((driver) => ({ value: `${DRIVER}${driver}`, label: labelDriver(t, driver) })),
    },
    {
      group: t('finance.scenarios.group.inputs'),
      items: fields.map((field) => ({ value: `${FIELD}${field.path}`, label: field.label })),
    },
  ];
  const allTargets = targetOptions.flatMap((group) => group.items.map((item) => item.value));

  const evaluate = useMutation({
    mutationFn: (input: { document: ModelDocument; keys: number[]; scenarios: TScenarioInput[] }) =>
      evaluateModel({ document: input.document, scenarios: input.scenarios }),
  });
  const isOutdated = evaluate.variables !== undefined && evaluate.variables.document !== document;

  const shownPaths: string[] = [];
  const serverError = (scenarioKey: number, ...suffixes: string[]) => {
    const index = evaluate.variables?.keys.indexOf(scenarioKey) ?? -1;
    if (index < 0) return undefined;
    for (const suffix of suffixes) {
      const path = `scenarios.${index}.${suffix}`;
      const message = fieldError(evaluate.error, path);
      if (message) {
        shownPaths.push(path);
        return message;
      }
    }
    return undefined;
  };

  const update = (key: number, change: (scenario: ScenarioDraft) => ScenarioDraft) =>
    onChange(scenarios.map((s) => (s.key === key ? change(s) : s)));
  /** The value a new target starts from: the document's own value for an input, the base factor for a driver. */
  const startingValue = (target: string): number | null => {
    const field = fieldOf(target);
    if (!field) return 1;
    const current = getAtPath(document, field.path.split('.'));
    return typeof current === 'number' ? toDisplayNumber(current, field.kind) : null;
  };
  const addScenario = () => {
    const target = allTargets[0];
    onChange([
      ...scenarios,
      {
        key: nextKey++,
        name: t('finance.scenarios.defaultName', { n: f.number(scenarios.length + 1, 0) }),
        changes: target ? [changeOf(target, startingValue(target))] : [],
      },
    ]);
  };
  const addChange = (scenario: ScenarioDraft) => {
    const target = allTargets.find((value) => !scenario.changes.some((c) => c.target === value));
    if (target)
      update(scenario.key, (s) => ({
        ...s,
        changes: [...s.changes, changeOf(target, startingValue(target))],
      }));
  };

  const isValid =
    scenarios.length > 0 &&
    scenarios.every(
      (s) =>
        s.name.trim() !== '' &&
        s.changes.every((c) => allTargets.includes(c.target) && checkChange(c, fieldOf(c.target)) === null),
    );

  const toRequest = (scenario: ScenarioDraft): TScenarioInput => {
    const drivers: Record<string, number> = {};
    const set: Record<string, unknown> = {};
    for (const change of scenario.changes) {
      if (change.value === null) continue;
      if (change.target.startsWith(DRIVER)) drivers[change.target.slice(DRIVER.length)] = change.value;
      const field = fieldOf(change.target);
      if (field) set[field.path] = fromDisplayNumber(change.value, field.kind);
    }
    return { name: scenario.name.trim(), drivers, set };
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isValid || evaluate.isPending) return;
    evaluate.mutate({
      document,
      keys: scenarios.map((s) => s.key),
      scenarios: scenarios.map(toRequest),
    });
  };

  const editors = scenarios.map((scenario, index) => {
    const title = scenario.name.trim() || t('finance.scenarios.defaultName', { n: f.number(index + 1, 0) });
    return (
      <Paper
        key={scenario.key}
        withBorder
        p="sm"
        radius="sm"
        component="fieldset"
        className="finance-fieldset"
        data-testid="scenario"
      >
        <VisuallyHidden component="legend">{title}</VisuallyHidden>
        <Stack gap="xs">
          <Group align="flex-start" gap="xs">
            <TextInput
              label={t('finance.scenarios.name')}
              value={scenario.name}
              onChange={(event) => {
                const name = event.currentTarget.value;
                update(scenario.key, (s) => ({ ...s, name }));
              }}
              maxLength={200}
              required
              error={scenario.name.trim() === '' ? t('form.required') : serverError(scenario.key, 'name')}
              w={260}
              data-testid="scenario-name"
            />
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              mt={26}
              aria-label={t('finance.list.removeItem', { item: title })}
              onClick={() => onChange(scenarios.filter((s) => s.key !== scenario.key))}
            >
              {t('finance.scenarios.remove')}
            </Button>
          </Group>
          {scenario.changes.map((change) => {
            const field = fieldOf(change.target);
            const isDriver = change.target.startsWith(DRIVER);
            const problem = checkChange(change, field);
            const options = targetOptions.map((group) => ({
              ...group,
              items: group.items.filter(
                (item) =>
                  item.value === change.target || !scenario.changes.some((c) => c.target === item.value),
              ),
            }));
            const targetLabel =
              options.flatMap((group) => group.items).find((item) => item.value === change.target)?.label ??
              change.target;
            const path = isDriver
              ? [`drivers.${change.target.slice(DRIVER.length)}`]
              : field
                ? [`set.${field.path}`, field.path]
                : [];
            return (
              <Group key={change.key} align="flex-start" gap="xs" data-testid="scenario-change">
                <NativeSelect
                  label={t('finance.scenarios.change')}
                  data={options}
                  value={change.target}
                  onChange={(event) => {
                    const target = event.currentTarget.value;
                    const value = startingValue(target);
                    update(scenario.key, (s) => ({
                      ...s,
                      changes: s.changes.map((c) => (c.key === change.key ? { ...c, target, value } : c)),
                    }));
                  }}
                  w={240}
                  data-testid="scenario-target"
                />
                <LocalizedNumberInput
                  key={change.target}
                  label={isDriver ? t('finance.scenarios.factor') : t('finance.scenarios.value')}
                  value={change.value}
                  onChange={(value) =>
                    update(scenario.key, (s) => ({
                      ...s,
                      changes: s.changes.map((c) => (c.key === change.key ? { ...c, value } : c)),
                    }))
                  }
                  min={isDriver ? 0 : undefined}
                  max={isDriver ? MAX_FACTOR : undefined}
                  rightSection={
                    field?.kind === 'percent' ? <span className="finance-unit">%</span> : undefined
                  }
                  error={
                    (problem && problem !== 'form.required' ? t(problem) : undefined) ??
                    serverError(scenario.key, ...path)
                  }
                  required
                  w={150}
                  data-testid="scenario-value"
                />
                <Button
                  variant="subtle"
                  color="gray"
                  size="compact-sm"
                  mt={26}
                  aria-label={t('finance.list.removeItem', { item: targetLabel })}
                  onClick={() =>
                    update(scenario.key, (s) => ({
                      ...s,
                      changes: s.changes.filter((c) => c.key !== change.key),
                    }))
                  }
                >
                  {t('finance.list.remove')}
                </Button>
              </Group>
            );
          })}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => addChange(scenario)}
              disabled={scenario.changes.length >= Math.min(MAX_CHANGES, allTargets.length)}
            >
              {t('finance.scenarios.addChange')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  });

  const data = evaluate.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="finance-scenarios-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="finance-scenarios-title">
          {t('finance.scenarios.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('finance.scenarios.hint')}
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {editors}
            {scenarios.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('finance.scenarios.empty')}
              </Text>
            ) : null}
            <Group>
              <Button
                variant="light"
                onClick={addScenario}
                disabled={scenarios.length >= MAX_SCENARIOS}
                data-testid="scenario-add"
              >
                {t('finance.scenarios.add')}
              </Button>
              <Button
                type="submit"
                loading={evaluate.isPending}
                disabled={!isValid}
                data-testid="scenarios-run"
              >
                {t('finance.scenarios.run')}
              </Button>
            </Group>
          </Stack>
        </form>
        <ErrorAlert error={evaluate.error} hideFieldPaths={shownPaths} />
        {data?.scenarios ? (
          <Stack gap="xs" className={isOutdated ? 'finance-stale' : undefined}>
            {isOutdated ? (
              <Text size="xs" c="dimmed">
                {t('finance.analysis.outdated')}
              </Text>
            ) : null}
            <ScenarioTable
              base={data.result}
              rows={data.scenarios.map((s) => ({ name: s.name, result: s.result }))}
            />
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The base case and each scenario: NPV (and its change), IRRs and paybacks. */
function ScenarioTable({
  base,
  rows,
}: {
  base: ModelResult;
  rows: Array<{ name: string; result: ModelResult }>;
}) {
  const t = useT();
  const f = useResultFormat(base.currency);
  const notReached = t('finance.result.notReached');
  const line = (name: ReactNode, result: ModelResult, isBase: boolean, key: string) => (
    <Table.Tr key={key} data-testid={isBase ? 'scenario-row-base' : 'scenario-row'}>
      <Table.Th scope="row" fw={isBase ? 700 : 500}>
        {name}
      </Table.Th>
      <Table.Td className="finance-number">
        <bdi>{f.money(result.npv)}</bdi>
      </Table.Td>
      <Table.Td className="finance-number">
        {isBase ? '—' : <bdi>{f.money(result.npv - base.npv, { signed: true })}</bdi>}
      </Table.Td>
      <Table.Td className="finance-number">
        <IrrText value={result.projectIrr} kind={result.irrKind.project} />
      </Table.Td>
      <Table.Td className="finance-number">
        <IrrText value={result.equityIrr} kind={result.irrKind.equity} />
      </Table.Td>
      <Table.Td className="finance-number">
        {result.payback === null ? notReached : f.years(result.payback)}
      </Table.Td>
      <Table.Td className="finance-number">
        {result.discountedPayback === null ? notReached : f.years(result.discountedPayback)}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder data-testid="scenario-results">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('finance.scenarios.scenario')}</Table.Th>
            <Table.Th className="finance-number">{t('finance.result.npv')}</Table.Th>
            <Table.Th className="finance-number">{t('finance.scenarios.npvChange')}</Table.Th>
            <Table.Th className="finance-number">{t('finance.result.projectIrr')}</Table.Th>
            <Table.Th className="finance-number">{t('finance.result.equityIrr')}</Table.Th>
            <Table.Th className="finance-number">{t('finance.result.payback')}</Table.Th>
            <Table.Th className="finance-number">{t('finance.result.discountedPayback')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {line(t('finance.scenarios.base'), base, true, 'base')}
          {rows.map((row, index) => line(<bdi>{row.name}</bdi>, row.result, false, String(index)))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
