import { isLocale, type Locale, negotiateLocale } from '@karvan/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  type ResolvedUser,
  resolveApiToken,
  resolveSession,
  SESSION_COOKIE,
} from './authentication.ts';
import { AppError } from './errors.ts';
import { deny } from './policy.ts';
import { generateSecret, isEqualSecret } from './secrets.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function bearerTokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9_\-.~+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) throw new AppError('auth.required');
  return match[1];
}

async function resolveCaller(app: FastifyInstance, request: FastifyRequest): Promise<ResolvedUser | null> {
  const now = app.deps.now();
  const bearer = bearerTokenOf(request);
  // A wrong bearer token is an error, never a silent fall-back to anonymous.
  if (bearer)
    return (await resolveApiToken(app.deps.db, bearer, now)) ?? Promise.reject(new AppError('auth.required'));
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? resolveSession(app.deps.db, cookie, now) : null;
}

/** Browsers send Origin on cross-site POSTs; a different host than ours is refused. */
function isForeignOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/**
 * CSRF: double-submit cookie. A change carried by the session cookie must repeat the readable
 * `karvan_csrf` cookie in the `x-csrf-token` header, which another site cannot read. Bearer-token
 * calls carry no ambient credential and are exempt.
 */
function assertCsrf(request: FastifyRequest, isBearer: boolean): void {
  if (!UNSAFE_METHODS.has(request.method) || isBearer) return;
  if (isForeignOrigin(request)) throw new AppError('auth.csrf');
  if (!request.cookies[SESSION_COOKIE]) return;
  const cookie = request.cookies[CSRF_COOKIE];
  const header = request.headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string' || !isEqualSecret(cookie, header))
    throw new AppError('auth.csrf');
}

function ensureCsrfCookie(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): void {
  if (request.cookies[CSRF_COOKIE]) return;
  reply.setCookie(CSRF_COOKIE, generateSecret(18), {
    path: '/',
    sameSite: 'lax',
    httpOnly: false,
    secure: app.deps.config.isSecureCookies,
  });
}

/**
 * The first thing every request meets, before its body is even read: language, caller, CSRF and
 * the route's policy. A route without a policy is refused (fail closed); a test also proves none exists.
 */
export function registerRequestPipeline(app: FastifyInstance): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('locale', 'en' as Locale);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = { kind: 'anonymous' };
    request.locale = negotiateLocale(request.headers['accept-language'] ?? '');
    if (request.is404) return;
    ensureCsrfCookie(app, request, reply);
    const caller = await resolveCaller(app, request);
    if (caller) {
      request.actor = caller.actor;
      if (!request.headers['accept-language'] && isLocale(caller.locale)) request.locale = caller.locale;
    }
    assertCsrf(request, Boolean(request.headers.authorization));
    const policy = request.routeOptions.config.policy;
    if (!policy?.allows(request.actor)) deny(request.actor);
  });
}
