import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routePolicies } from '../../platform/policy.ts';
import { ZCreateExchangeRateRequest, ZExchangeRate } from './exchange-rates.schemas.ts';
import * as rates from './exchange-rates.service.ts';

const tags = ['exchange-rates'];
const ZRateList = z.object({ items: z.array(ZExchangeRate) });

export async function registerExchangeRateRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/exchange-rates',
    { schema: { tags, response: { 200: ZRateList } }, config: { policy: routePolicies.public } },
    async () => ({ items: await rates.listRatesInForce(app.deps) }),
  );

  app.get(
    '/api/v1/admin/exchange-rates',
    { schema: { tags, response: { 200: ZRateList } }, config: { policy: routePolicies.platformAdmin } },
    async () => ({ items: await rates.listRateHistory(app.deps) }),
  );

  app.post(
    '/api/v1/admin/exchange-rates',
    {
      schema: { tags, body: ZCreateExchangeRateRequest, response: { 201: ZExchangeRate } },
      config: { policy: routePolicies.platformAdmin },
    },
    async (request, reply) =>
      reply.status(201).send(await rates.addRate(app.deps, request.actor, request.body)),
  );
}
