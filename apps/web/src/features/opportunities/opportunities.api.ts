import type { Locale } from '@karvan/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ManageSearch, OpportunitySearch } from '../../app/search-params.ts';
import { API_BASE, api, apiUpload, buildQuery, type UploadProgress } from '../../shared/api/client.ts';
import type {
  CreateOpportunityRequest,
  ImportJob,
  ImportMode,
  ImportProblem,
  Items,
  MapPoints,
  Opportunity,
  OpportunityEvent,
  OpportunitySearchResult,
  OpportunitySummary,
  Page,
  ProvinceCount,
  ProvinceStats,
  UpdateOpportunityRequest,
} from '../../shared/api/types.ts';

/** The search filters as API query parameters (the URL already keeps lists comma-separated). */
function filterParams(search: OpportunitySearch) {
  const { sort: _sort, ...filters } = search;
  return filters;
}

/** The public search, page by page, with facets and the total on every page. */
export function opportunitySearchQuery(search: OpportunitySearch) {
  return infiniteQueryOptions({
    queryKey: ['opportunities', 'search', search] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<OpportunitySearchResult>(
        '/opportunities',
        { ...filterParams(search), sort: search.sort, cursor: pageParam, limit: 20 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Keep the previous results on screen while a changed filter loads.
    placeholderData: (previous) => previous,
  });
}

/** Where the export of the current search downloads from (a plain link: the browser saves the file). */
export function exportUrl(format: 'csv' | 'xlsx', search: OpportunitySearch): string {
  return `${API_BASE}/opportunities/export${buildQuery({ format, ...filterParams(search), sort: search.sort })}`;
}

export function opportunityQuery(id: string) {
  return queryOptions({
    queryKey: ['opportunities', 'one', id] as const,
    queryFn: ({ signal }) =>
      api.get<Opportunity>(`/opportunities/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export function timelineQuery(id: string) {
  return queryOptions({
    queryKey: ['opportunities', 'timeline', id] as const,
    queryFn: ({ signal }) =>
      api.get<Items<OpportunityEvent>>(
        `/opportunities/${encodeURIComponent(id)}/timeline`,
        undefined,
        signal,
      ),
  });
}

/** A signed-in user's working list (officers and administrators see every organisation's). */
export function manageQuery(search: ManageSearch) {
  return infiniteQueryOptions({
    queryKey: ['opportunities', 'manage', search] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<OpportunitySummary>>(
        '/opportunities/manage',
        { ...search, cursor: pageParam, limit: 20 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Counts per province of `country`, with the filters of the search when one is given. */
export function provinceCountsQuery(country: string, search?: OpportunitySearch) {
  const filters = search ? filterParams(search) : {};
  return queryOptions({
    queryKey: ['opportunities', 'province-counts', country, filters] as const,
    queryFn: ({ signal }) =>
      api.get<Items<ProvinceCount>>('/opportunities/stats/provinces', { ...filters, country }, signal),
    placeholderData: (previous) => previous,
  });
}

export function provinceStatsQuery(code: string) {
  return queryOptions({
    queryKey: ['opportunities', 'province-stats', code] as const,
    queryFn: ({ signal }) =>
      api.get<ProvinceStats>(`/opportunities/stats/provinces/${encodeURIComponent(code)}`, undefined, signal),
  });
}

export function mapPointsQuery(search: OpportunitySearch) {
  const filters = filterParams(search);
  return queryOptions({
    queryKey: ['opportunities', 'map-points', filters] as const,
    queryFn: ({ signal }) => api.get<MapPoints>('/opportunities/map-points', filters, signal),
    placeholderData: (previous) => previous,
  });
}

// ---- Import ------------------------------------------------------------------------------

/** A job still moving on the server: the page polls it. */
export function isImportRunning(job: Pick<ImportJob, 'status'> | undefined): boolean {
  return job?.status === 'queued' || job?.status === 'validating' || job?.status === 'applying';
}

export function importJobQuery(id: string) {
  return queryOptions({
    queryKey: ['opportunities', 'imports', 'one', id] as const,
    queryFn: ({ signal }) =>
      api.get<ImportJob>(`/opportunities/imports/${encodeURIComponent(id)}`, undefined, signal),
    // Once a second while the server works on it; never once it has settled.
    refetchInterval: (query) => (isImportRunning(query.state.data) ? 1000 : false),
    staleTime: 0,
  });
}

export function importProblemsQuery(id: string) {
  return infiniteQueryOptions({
    queryKey: ['opportunities', 'imports', 'problems', id] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ImportProblem>>(
        `/opportunities/imports/${encodeURIComponent(id)}/problems`,
        { cursor: pageParam, limit: 100 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function importsQuery(organizationId: string) {
  return queryOptions({
    queryKey: ['opportunities', 'imports', 'list', organizationId] as const,
    queryFn: ({ signal }) => api.get<Items<ImportJob>>('/opportunities/imports', { organizationId }, signal),
  });
}

/** The template, with its column headings in `locale`. */
export function importTemplateUrl(format: 'csv' | 'xlsx', locale: Locale): string {
  return `${API_BASE}/opportunities/import-template${buildQuery({ format, locale })}`;
}

// ---- Writes ------------------------------------------------------------------------------

export const opportunitiesApi = {
  create: (body: CreateOpportunityRequest) => api.post<Opportunity>('/opportunities', body),
  update: (id: string, body: UpdateOpportunityRequest) =>
    api.patch<Opportunity>(`/opportunities/${id}`, body),
  submit: (id: string, comment?: string) =>
    api.post<Opportunity>(`/opportunities/${id}/submit`, comment ? { comment } : {}),
  publish: (id: string) => api.post<Opportunity>(`/opportunities/${id}/publish`, {}),
  return: (id: string, comment: string) => api.post<Opportunity>(`/opportunities/${id}/return`, { comment }),
  close: (id: string, comment: string) => api.post<Opportunity>(`/opportunities/${id}/close`, { comment }),
  upload: (organizationId: string, file: File, onProgress?: (progress: UploadProgress) => void) => {
    // The server reads the fields in order: the organisation must come before the file.
    const form = new FormData();
    form.append('organizationId', organizationId);
    form.append('file', file, file.name);
    return apiUpload<ImportJob>('/opportunities/imports', form, { onProgress });
  },
  applyImport: (id: string, mode: ImportMode, publish: boolean) =>
    api.post<ImportJob>(`/opportunities/imports/${id}/apply`, { mode, publish }),
};
