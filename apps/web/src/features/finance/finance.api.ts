// Financial models over HTTP (contract: the "Financial models API" of the finance issue). Result
// types come from the domain engine the server runs, imported as types only so no engine code
// reaches the browser bundle.
import type { Locale, LocalizedText } from '@karvan/domain';
import type {
  ModelResult,
  MonteCarloResult,
  ScenarioResult,
  SensitivityResult,
  TMonteCarloOptionsInput,
  TScenarioInput,
} from '@karvan/domain/finance';
import { queryOptions } from '@tanstack/react-query';
import { API_BASE, api, apiRequest, buildQuery } from '../../shared/api/client.ts';
import type { Items } from '../../shared/api/types.ts';
import type { ModelDocument } from './model-document.ts';

export type { ModelResult, MonteCarloResult, ScenarioResult, SensitivityResult };
export type ModelVisibility = 'owners' | 'investors';

/** Who saved or changed something; `name` is null for a deleted user or the command line. */
export interface Person {
  name: string | null;
}

export interface ModelTemplate {
  id: string;
  names: Record<Locale, string>;
  document: ModelDocument;
}

export interface FinancialModelSummary {
  id: string;
  opportunityId: string;
  name: string;
  visibility: ModelVisibility;
  latestVersion: number;
  updatedAt: string;
  updatedBy: Person;
  allowed: { edit: boolean; delete: boolean };
}

export interface ModelVersionInfo {
  version: number;
  note: string | null;
  createdAt: string;
  createdBy: Person;
}

export interface ModelVersion extends ModelVersionInfo {
  document: ModelDocument;
  result: ModelResult;
}

export interface FinancialModel extends FinancialModelSummary {
  opportunityTitle: LocalizedText;
  latest: ModelVersion;
  versions: ModelVersionInfo[];
}

export interface ModelComparison {
  from: ModelVersion;
  to: ModelVersion;
  changes: Array<{ path: string; from: unknown; to: unknown }>;
}

export interface EvaluateRequest {
  document: ModelDocument;
  sensitivity?: boolean;
  /** Named scenarios (at most 20), each evaluated beside the base case. */
  scenarios?: TScenarioInput[];
  monteCarlo?: TMonteCarloOptionsInput;
}

export interface EvaluateResponse {
  result: ModelResult;
  sensitivity?: SensitivityResult;
  scenarios?: ScenarioResult[];
  monteCarlo?: MonteCarloResult;
}

/** The stable code of a 422 whose `errors` are the document's issues. */
export const MODEL_INVALID = 'finance.model_invalid';
/** The stable code of a 409: someone saved a newer version since this one was loaded. */
export const VERSION_CONFLICT = 'finance.version_conflict';

const modelPath = (modelId: string) => `/financial-models/${encodeURIComponent(modelId)}`;

export const templatesQuery = queryOptions({
  queryKey: ['finance', 'templates'] as const,
  queryFn: ({ signal }) => api.get<Items<ModelTemplate>>('/finance/templates', undefined, signal),
  staleTime: Number.POSITIVE_INFINITY,
});

export function opportunityModelsQuery(opportunityId: string) {
  return queryOptions({
    queryKey: ['finance', 'models', 'of-opportunity', opportunityId] as const,
    queryFn: ({ signal }) =>
      api.get<Items<FinancialModelSummary>>(
        `/opportunities/${encodeURIComponent(opportunityId)}/financial-models`,
        undefined,
        signal,
      ),
  });
}

export function modelQuery(modelId: string) {
  return queryOptions({
    queryKey: ['finance', 'models', 'one', modelId] as const,
    queryFn: ({ signal }) => api.get<FinancialModel>(modelPath(modelId), undefined, signal),
  });
}

export function compareQuery(modelId: string, from: number, to: number) {
  return queryOptions({
    queryKey: ['finance', 'models', 'compare', modelId, from, to] as const,
    queryFn: ({ signal }) => api.get<ModelComparison>(`${modelPath(modelId)}/compare`, { from, to }, signal),
  });
}

/** Runs the engine on the server; a 422 `finance.model_invalid` carries the issues. Stores nothing. */
export function evaluateModel(body: EvaluateRequest, signal?: AbortSignal) {
  return apiRequest<EvaluateResponse>('/finance/evaluate', { method: 'POST', body, signal });
}

export function fetchVersion(modelId: string, version: number) {
  return api.get<ModelVersion>(`${modelPath(modelId)}/versions/${version}`);
}

export function createModel(
  opportunityId: string,
  body: { name: string; visibility: ModelVisibility; document: ModelDocument; note?: string },
) {
  return api.post<FinancialModel>(
    `/opportunities/${encodeURIComponent(opportunityId)}/financial-models`,
    body,
  );
}

export function saveVersion(
  modelId: string,
  body: { baseVersion: number; document: ModelDocument; note?: string },
) {
  return api.post<ModelVersion>(`${modelPath(modelId)}/versions`, body);
}

export function updateModel(modelId: string, body: { name?: string; visibility?: ModelVisibility }) {
  return api.patch<FinancialModel>(modelPath(modelId), body);
}

export function deleteModel(modelId: string) {
  return api.delete(modelPath(modelId));
}

/** Where a version's export downloads from: a plain link, the browser saves the file. */
export function exportUrl(modelId: string, version: number, format: 'xlsx' | 'pdf', lang: Locale): string {
  return `${API_BASE}${modelPath(modelId)}/versions/${version}/export${buildQuery({ format, lang })}`;
}
