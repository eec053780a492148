import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';
import { routePolicies } from './policy.ts';
import { sendProblem } from './problem.ts';

/** CSP hashes of the inline scripts in index.html (the one that sets lang/dir before first paint). */
export function inlineScriptHashes(webDistDir: string | null): string[] {
  if (!webDistDir) return [];
  const indexPath = join(webDistDir, 'index.html');
  if (!existsSync(indexPath)) return [];
  const html = readFileSync(indexPath, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
}

/**
 * Serves the built single-page app: real files from dist/, and index.html for any other GET
 * outside /api so that client-side routes survive a reload. Unknown /api paths get problem+json.
 */
export async function registerWebApp(app: FastifyInstance, webDistDir: string | null): Promise<void> {
  const hasWeb = Boolean(webDistDir && existsSync(join(webDistDir, 'index.html')));
  if (hasWeb && webDistDir) {
    await app.register(async (web) => {
      web.addHook('onRoute', (route) => {
        route.config = { ...(route.config as object), policy: routePolicies.public };
      });
      await web.register(fastifyStatic, {
        root: webDistDir,
        wildcard: false,
        index: false,
        // Hashed assets never change; index.html must always be revalidated.
        setHeaders: (res, path) => {
          res.header(
            'cache-control',
            path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      });
    });
  }
  // Read once: the shell is small, and the static plugin's sendFile is not visible from here.
  const indexHtml = hasWeb && webDistDir ? readFileSync(join(webDistDir, 'index.html'), 'utf8') : null;
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (indexHtml && isPage)
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
    return sendProblem(reply, new AppError('route.not_found'), request.locale ?? 'en');
  });
}
