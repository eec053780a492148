import type { Locale } from '@karvan/domain';

/** Every call goes under this prefix; the Vite dev server proxies it to the API server. */
export const API_BASE = '/api/v1';

const CSRF_COOKIE = 'karvan_csrf';
const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** One invalid field, as the server reports it inside a problem. */
export interface ProblemFieldError {
  /** Dotted path of the field (`name.fa`, `email`), or '' for the body as a whole. */
  path: string;
  code: string;
  message: string;
}

/** An RFC 9457 `application/problem+json` body, with Karvan's stable `code`. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: ProblemFieldError[];
  retryAfterSeconds?: number;
}

/**
 * A failed API call. `title` and `detail` come from the server already in the caller's
 * language; `code` is stable and is what the UI branches on. Status 0 means the server was
 * not reached (`code` = `network`).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: ProblemFieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.retryAfterSeconds = problem.retryAfterSeconds;
  }

  /** The server's message for one field, if it reported that field as invalid. */
  fieldError(path: string): string | undefined {
    return this.errors.find((error) => error.path === path)?.message;
  }
}

/** Tells whether an error is an ApiError with the given stable code. */
export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

let acceptLanguage: Locale = 'en';

/** Sets the locale sent as `Accept-Language`, so the server answers errors in it. */
export function setApiLocale(locale: Locale): void {
  acceptLanguage = locale;
}

/** Reads one cookie by name from `document.cookie`. */
export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return undefined;
}

export type QueryValue = string | number | boolean | null | undefined;

/** Builds `?a=1&b=2`, leaving out empty values. */
export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

function normaliseFieldErrors(raw: unknown): ProblemFieldError[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((item: Record<string, unknown>) => ({
    path: Array.isArray(item.path) ? item.path.join('.') : String(item.path ?? ''),
    code: String(item.code ?? ''),
    message: String(item.message ?? ''),
  }));
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Record<string, unknown>;
      return {
        type: typeof body.type === 'string' ? body.type : undefined,
        title: typeof body.title === 'string' ? body.title : '',
        status: typeof body.status === 'number' ? body.status : response.status,
        code: typeof body.code === 'string' ? body.code : `http.${response.status}`,
        detail: typeof body.detail === 'string' ? body.detail : undefined,
        errors: normaliseFieldErrors(body.errors),
        retryAfterSeconds: typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : undefined,
      };
    } catch {
      // fall through: a JSON content type with a broken body is treated like any other failure
    }
  }
  // Not a problem document (a proxy error page, for example): the UI shows its own message.
  return { title: '', status: response.status, code: `http.${response.status}` };
}

/**
 * Calls the Karvan API: JSON in and out, cookies included, `Accept-Language` set to the UI
 * locale and the CSRF header on unsafe methods. Resolves to the parsed body (undefined for
 * 204) and rejects with an ApiError.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': acceptLanguage };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${buildQuery(options.query)}`, {
      method,
      headers,
      credentials: 'include',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ title: '', status: 0, code: 'network' });
  }

  if (!response.ok) throw new ApiError(await readProblem(response));
  if (response.status === 204 || response.status === 202) {
    // 202 may carry a body; read it if there is one.
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return (await response.text()) as T;
  return (await response.json()) as T;
}

/** How far an upload has gone, in bytes. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Posts a multipart form (file uploads) with the same cookies, `Accept-Language` and CSRF
 * header as `apiRequest`. It uses XMLHttpRequest rather than fetch because only XHR reports
 * upload progress, which matters for files of tens of megabytes.
 */
export function apiUpload<T>(
  path: string,
  form: FormData,
  options: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${API_BASE}${path}`);
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', acceptLanguage);
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) request.setRequestHeader(CSRF_HEADER, csrf);
    if (options.onProgress) {
      const report = options.onProgress;
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) report({ loaded: event.loaded, total: event.total });
      });
    }
    options.signal?.addEventListener('abort', () => request.abort());
    request.addEventListener('abort', () => reject(new DOMException('Upload aborted', 'AbortError')));
    request.addEventListener('error', () => reject(new ApiError({ title: '', status: 0, code: 'network' })));
    request.addEventListener('load', () => {
      // Reuse the fetch path's problem parsing by wrapping the answer in a Response.
      const response = new Response(request.status === 204 ? null : request.responseText, {
        status: request.status,
        headers: { 'content-type': request.getResponseHeader('content-type') ?? '' },
      });
      if (!response.ok) {
        void readProblem(response).then((problem) => reject(new ApiError(problem)), reject);
        return;
      }
      resolve((request.responseText ? JSON.parse(request.responseText) : undefined) as T);
    });
    request.send(form);
  });
}

/** Shorthands for the verbs. */
export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
