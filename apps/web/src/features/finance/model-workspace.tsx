import { Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { usePreferences } from '../../shared/format/preferences.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LoadingState } from '../../shared/ui/states.tsx';
import { listDriverChoices } from './driver-labels.ts';
import type { EditorContextValue } from './editor-context.tsx';
import type { EvaluateResponse } from './finance.api.ts';
import { groupIssuesByPath } from './issue-paths.ts';
import { IssuesSummary } from './issues-summary.tsx';
import { KeyMetricsPanel } from './key-metrics.tsx';
import { countProjectYears, type DocumentAction, type ModelDocument } from './model-document.ts';
import { ModelEditor } from './model-editor.tsx';
import { defaultMonteCarloSettings, MonteCarloPanel, type MonteCarloSettings } from './monte-carlo-panel.tsx';
import { ResultsPanel, TornadoPanel } from './results-panel.tsx';
import { defaultScenarios, type ScenarioDraft, ScenariosPanel } from './scenarios-panel.tsx';
import { useLiveEvaluation } from './use-live-evaluation.ts';

type Tab = 'inputs' | 'results' | 'uncertainty' | 'versions';

interface ModelWorkspaceProps {
  document: ModelDocument;
  dispatch: (action: DocumentAction) => void;
  readOnly: boolean;
  /** Results already known for the loaded version (shown until the first live evaluation). */
  initialEvaluation?: EvaluateResponse;
  /** The versions tab (saved models only). */
  versions?: ReactNode;
}

/**
 * The model's working area: headline results always in view above the tabs (inputs, results,
 * uncertainty, versions); every edit is evaluated on the server after a pause in typing.
 */
export function ModelWorkspace({
  document,
  dispatch,
  readOnly,
  initialEvaluation,
  versions,
}: ModelWorkspaceProps) {
  const t = useT();
  const { calendar } = usePreferences();
  const [tab, setTab] = useState<Tab>('inputs');
  const live = useLiveEvaluation(document, initialEvaluation);
  const evaluation = live.lastGood;
  // The analyses' settings live here, not in their panels: tabs unmount, settings must not vanish.
  const choices = listDriverChoices(document, evaluation?.sensitivity);
  // Fresh defaults only when the list of drivers changes, not on every evaluation.
  const choicesKey = choices.join('\n');
  const defaults = useMemo(() => {
    const drivers = choicesKey === '' ? [] : choicesKey.split('\n');
    return { monteCarlo: defaultMonteCarloSettings(drivers), scenarios: defaultScenarios(t, drivers) };
  }, [choicesKey, t]);
  const [monteCarlo, setMonteCarlo] = useState<MonteCarloSettings | null>(null);
  const [scenarios, setScenarios] = useState<ScenarioDraft[] | null>(null);
  const years = {
    startYear: typeof document.startYear === 'number' ? document.startYear : new Date().getFullYear(),
    constructionYears:
      typeof document.constructionYears === 'number' ? Math.max(0, document.constructionYears) : 0,
    totalYears: countProjectYears(document, document.mining ? evaluation?.result.operatingYears : undefined),
    showSolarHijri: calendar === 'persian',
  };
  const context: EditorContextValue = {
    document,
    dispatch,
    readOnly,
    issues: groupIssuesByPath(live.issues),
    years,
  };
  const noResults = live.isEvaluating ? (
    <LoadingState />
  ) : (
    <Text size="sm" c="dimmed" data-testid="no-results">
      {t('finance.result.noneYet')}
    </Text>
  );

  return (
    <Stack gap="md">
      <div className="finance-metrics-bar">
        <Group gap="xs" mb={4} h={20}>
          {live.isEvaluating ? (
            <>
              <Loader size={12} aria-hidden="true" />
              <Text size="xs" c="dimmed" role="status">
                {t('finance.result.evaluating')}
              </Text>
            </>
          ) : null}
        </Group>
        {evaluation ? <KeyMetricsPanel result={evaluation.result} isStale={live.isStale} /> : noResults}
      </div>
      <ErrorAlert error={live.error} />
      <IssuesSummary issues={live.issues} onShowInputs={() => setTab('inputs')} />
      <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? 'inputs')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="inputs" data-testid="tab-inputs">
            {t('finance.tab.inputs')}
          </Tabs.Tab>
          <Tabs.Tab value="results" data-testid="tab-results">
            {t('finance.tab.results')}
          </Tabs.Tab>
          <Tabs.Tab value="uncertainty" data-testid="tab-uncertainty">
            {t('finance.tab.uncertainty')}
          </Tabs.Tab>
          {versions ? (
            <Tabs.Tab value="versions" data-testid="tab-versions">
              {t('finance.tab.versions')}
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="inputs" pt="md">
          <ModelEditor context={context} />
        </Tabs.Panel>
        <Tabs.Panel value="results" pt="md">
          {evaluation ? (
            <ResultsPanel
              evaluation={evaluation}
              isStale={live.isStale}
              showSolarHijri={years.showSolarHijri}
            />
          ) : (
            noResults
          )}
        </Tabs.Panel>
        <Tabs.Panel value="uncertainty" pt="md">
          <Stack>
            {evaluation ? <TornadoPanel evaluation={evaluation} isStale={live.isStale} /> : noResults}
            <ScenariosPanel
              document={document}
              choices={choices}
              scenarios={scenarios ?? defaults.scenarios}
              onChange={setScenarios}
            />
            <MonteCarloPanel
              document={document}
              choices={choices}
              settings={monteCarlo ?? defaults.monteCarlo}
              onChange={setMonteCarlo}
            />
          </Stack>
        </Tabs.Panel>
        {versions ? (
          <Tabs.Panel value="versions" pt="md">
            {versions}
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
