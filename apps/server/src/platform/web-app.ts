import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';
import { routePolicies } from './policy.ts';
import { sendProblem } from './problem.ts';

/** The built app: its folder and the index.html shell, read once at start; null without a build. */
export interface WebShell {
  dir: string;
  indexHtml: string;
}

export function readWebShell(webDistDir: string | null): WebShell | null {
  const indexPath = webDistDir ? join(webDistDir, 'index.html') : null;
  if (!webDistDir || !indexPath || !existsSync(indexPath)) return null;
  return { dir: webDistDir, indexHtml: readFileSync(indexPath, 'utf8') };
}

/** CSP hashes of the inline scripts in index.html (the one that sets lang/dir before first paint). */
export function inlineScriptHashes(shell: WebShell | null): string[] {
  if (!shell) return [];
  return [...shell.indexHtml.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
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
export async function registerWebApp(app: FastifyInstance, shell: WebShell | null): Promise<void> {
  if (shell) {
    await app.register(async (web) => {
      web.addHook('onRoute', (route) => {
        route.config = { ...(route.config as object), policy: routePolicies.public };
      });
      await web.register(fastifyStatic, {
        root: shell.dir,
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
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (shell && isPage)
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(shell.indexHtml);
    return sendProblem(reply, new AppError('route.not_found'), request.locale ?? 'en');
  });
}
