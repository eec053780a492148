import type { Locale } from '@karvan/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError, titleFor } from './errors.ts';
import { type IssueLike, toFieldErrors } from './validation-messages.ts';

/** The body of every error response (RFC 9457). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export function buildProblem(error: AppError, locale: Locale): Problem {
  return {
    type: `https://karvan.example/problems/${error.code}`,
    title: titleFor(error.code, locale, error.options.params),
    status: error.status,
    code: error.code,
    ...(error.options.errors ? { errors: error.options.errors } : {}),
    ...error.options.extra,
  };
}

/** Zod issues as fastify-type-provider-zod reports them, back in zod's shape. */
function issuesOf(
  validation: Array<{ keyword: string; instancePath: string; message?: string; params: object }>,
): IssueLike[] {
  return validation.map((v) => {
    const params = v.params as Record<string, unknown>;
    const isMissing = v.keyword === 'invalid_type' && /received undefined/.test(v.message ?? '');
    return {
      ...params,
      code: v.keyword,
      path: v.instancePath.split('/').filter(Boolean),
      ...(isMissing ? {} : { input: null }),
    } as IssueLike;
  });
}

/** Turns anything thrown into an AppError: the one place that knows framework error codes. */
export function toAppError(error: FastifyError | Error, locale: Locale): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const prefix = context && context !== 'body' ? context : '';
    return new AppError('validation.failed', {
      errors: toFieldErrors(issuesOf(error.validation), locale, prefix),
    });
  }
  const code = (error as FastifyError).code;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('request.malformed_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('request.too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('request.unsupported_media_type');
  }
  if (error instanceof SyntaxError && (error as FastifyError).statusCode === 400)
    return new AppError('request.malformed_json');
  if ((error as FastifyError).statusCode === 429) return new AppError('request.rate_limited');
  return new AppError('internal.error');
}

export function sendProblem(reply: FastifyReply, error: AppError, locale: Locale): FastifyReply {
  return reply
    .status(error.status)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(buildProblem(error, locale)));
}

/** Installs the error and not-found handlers that answer every failure as problem+json. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = request.locale ?? 'en';
    const appError = toAppError(error, locale);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    if (appError.code === 'auth.locked' || appError.code === 'request.rate_limited') {
      const seconds = appError.options.extra?.['retryAfterSeconds'];
      if (typeof seconds === 'number') reply.header('retry-after', String(seconds));
    }
    return sendProblem(reply, appError, locale);
  });
}

export { ERROR_CODES };
