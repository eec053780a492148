import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routePolicies } from '../../platform/policy.ts';
import { checkHealth } from './health.service.ts';

export async function registerHealthRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        response: {
          200: z.object({
            status: z.enum(['ok', 'degraded']),
            database: z.enum(['pglite', 'postgres']),
            databaseState: z.enum(['up', 'down']),
            migrations: z.object({ applied: z.number().int() }),
            mail: z.enum(['smtp', 'outbox']),
            version: z.string(),
          }),
        },
      },
      config: { policy: routePolicies.public },
    },
    async (_request, reply) => {
      const health = await checkHealth(app.deps);
      return reply.header('cache-control', 'no-store').send(health);
    },
  );
}
