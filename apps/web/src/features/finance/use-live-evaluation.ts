import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError } from '../../shared/api/client.ts';
import { type EvaluateResponse, evaluateModel, MODEL_INVALID } from './finance.api.ts';
import type { ModelIssue } from './issue-paths.ts';
import type { ModelDocument } from './model-document.ts';

/** How long typing must pause before the model is evaluated again. */
const DEBOUNCE_MS = 400;

export interface LiveEvaluation {
  /** The latest results of a valid document (kept while the document is invalid). */
  lastGood: EvaluateResponse | undefined;
  /** The shown results are not those of the current document: it is invalid, or the server failed. */
  isStale: boolean;
  isEvaluating: boolean;
  /** The document's issues from the last 422; empty when valid. */
  issues: ModelIssue[];
  /** A failure other than an invalid document (network, server). */
  error: unknown;
}

/**
 * Evaluates the document on the server ~400 ms after the last edit (with the tornado data), keeping
 * the last good results on screen while an edit makes the document invalid. Requests of superseded
 * edits are cancelled by the query's abort signal.
 */
export function useLiveEvaluation(document: ModelDocument, initial?: EvaluateResponse): LiveEvaluation {
  const [debounced] = useDebouncedValue(document, DEBOUNCE_MS);
  const query = useQuery({
    queryKey: ['finance', 'evaluate', debounced] as const,
    queryFn: ({ signal }) => evaluateModel({ document: debounced, sensitivity: true }, signal),
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
  });
  const [lastGood, setLastGood] = useState<EvaluateResponse | undefined>(initial);
  // Issues stay on screen until the next answer settles, so they do not blink while typing.
  const [issues, setIssues] = useState<ModelIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const { data, isPlaceholderData, isFetching, isSuccess, isError, error: queryError } = query;
  useEffect(() => {
    if (isFetching) return;
    if (isSuccess && !isPlaceholderData) {
      setLastGood(data);
      setIssues([]);
      setError(null);
    } else if (isError) {
      const invalid = isApiError(queryError, MODEL_INVALID);
      setIssues(invalid ? queryError.errors : []);
      setError(invalid ? null : queryError);
    }
  }, [data, isPlaceholderData, isFetching, isSuccess, isError, queryError]);

  const isEvaluating = isFetching || debounced !== document;
  return { lastGood, isStale: issues.length > 0 || error !== null, isEvaluating, issues, error };
}
