import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routePolicies } from '../../platform/policy.ts';
import { ZLocalizedTextOut } from '../../platform/schemas.ts';
import * as reference from './reference.service.ts';

const tags = ['reference'];
const config = { policy: routePolicies.public };
const ZLocales = z
  .array(z.enum(['fa', 'ar', 'zh', 'en']))
  .describe('Locales whose text is Karvan’s own, unofficial translation');
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const ZCode = z.string().trim().max(20).optional();
// Reference data changes only with a release: let browsers and proxies keep it for an hour.
const CACHE = 'public, max-age=3600';

export async function registerReferenceRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = () => app.deps.db;

  app.get(
    '/api/v1/reference/countries',
    {
      schema: { tags, response: { 200: items(z.object({ code: z.string(), name: ZLocalizedTextOut })) } },
      config,
    },
    async (_request, reply) =>
      reply.header('cache-control', CACHE).send({ items: await reference.listCountries(db()) }),
  );

  app.get(
    '/api/v1/reference/provinces',
    {
      schema: {
        tags,
        querystring: z.object({ country: z.enum(['IR', 'CN']).optional() }),
        response: {
          200: items(
            z.object({
              code: z.string(),
              country: z.string(),
              name: ZLocalizedTextOut,
              unofficial: ZLocales,
            }),
          ),
        },
      },
      config,
    },
    async (request, reply) =>
      reply
        .header('cache-control', CACHE)
        .send({ items: await reference.listProvinces(db(), request.query.country) }),
  );

  app.get(
    '/api/v1/reference/isic',
    {
      schema: {
        tags,
        querystring: z.object({
          parent: ZCode,
          q: z.string().trim().max(100).optional(),
          level: z.enum(['section', 'division', 'group', 'class']).optional(),
        }),
        response: {
          200: items(
            z.object({
              code: z.string(),
              level: z.string(),
              parentCode: z.string().nullable(),
              title: ZLocalizedTextOut,
              unofficial: ZLocales,
            }),
          ),
        },
      },
      config,
    },
    async (request, reply) =>
      reply.header('cache-control', CACHE).send({ items: await reference.listIsic(db(), request.query) }),
  );

  app.get(
    '/api/v1/reference/hs',
    {
      schema: {
        tags,
        querystring: z.object({ parent: ZCode, q: z.string().trim().max(100).optional() }),
        response: {
          200: items(
            z.object({
              code: z.string(),
              level: z.string(),
              parentCode: z.string().nullable(),
              description: ZLocalizedTextOut,
              unofficial: ZLocales,
            }),
          ),
        },
      },
      config,
    },
    async (request, reply) =>
      reply.header('cache-control', CACHE).send({ items: await reference.listHs(db(), request.query) }),
  );

  app.get(
    '/api/v1/reference/commodities',
    {
      schema: {
        tags,
        response: {
          200: items(
            z.object({
              code: z.string(),
              symbol: z.string().nullable(),
              name: ZLocalizedTextOut,
              hs: z.array(z.string()),
              isic: z.array(z.string()),
              unofficial: ZLocales,
            }),
          ),
        },
      },
      config,
    },
    async (_request, reply) =>
      reply.header('cache-control', CACHE).send({ items: await reference.listCommodities(db()) }),
  );

  app.get(
    '/api/v1/reference/currencies',
    {
      schema: {
        tags,
        response: {
          200: items(z.object({ code: z.string(), minorUnits: z.number(), name: ZLocalizedTextOut })),
        },
      },
      config,
    },
    async (_request, reply) =>
      reply.header('cache-control', CACHE).send({ items: await reference.listCurrencies(db()) }),
  );

  app.get(
    '/api/v1/reference/boundaries/IR',
    {
      schema: { tags, description: 'Iran’s provinces as GeoJSON. © OpenStreetMap contributors, ODbL 1.0.' },
      config,
    },
    async (_request, reply) =>
      reply
        .header('cache-control', CACHE)
        .type('application/geo+json; charset=utf-8')
        .send(reference.readIranBoundaries()),
  );

  app.get(
    '/api/v1/reference/sources',
    {
      schema: {
        tags,
        response: {
          200: items(
            z.object({ file: z.string(), what: z.string(), source: z.string(), licence: z.string() }),
          ),
        },
      },
      config,
    },
    async () => ({ items: reference.readSources() }),
  );
}
