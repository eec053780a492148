import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PLATFORM_ROLES, routePolicies } from '../../platform/policy.ts';
import { ZCursorQuery, ZListOf } from '../../platform/schemas.ts';
import { ZIdParams, ZUser } from '../account/account.schemas.ts';
import * as admin from './admin.service.ts';

const tags = ['admin'];
const config = { policy: routePolicies.platformAdmin };

export async function registerAdminRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/admin/users',
    {
      schema: {
        tags,
        querystring: ZCursorQuery.extend({ q: z.string().trim().max(200).optional() }),
        response: {
          200: ZListOf(
            z.object({
              id: z.uuid(),
              email: z.string(),
              name: z.string(),
              platformRoles: z.array(z.enum(PLATFORM_ROLES)),
              createdAt: z.date(),
              isDemo: z.boolean(),
            }),
          ),
        },
      },
      config,
    },
    async (request) => admin.listUsers(app.deps, request.query.q, request.query.cursor),
  );

  app.put(
    '/api/v1/admin/users/:id/roles',
    {
      schema: {
        tags,
        params: ZIdParams,
        body: z.strictObject({ platformRoles: z.array(z.enum(PLATFORM_ROLES)).max(PLATFORM_ROLES.length) }),
        response: { 200: ZUser },
      },
      config,
    },
    async (request) =>
      admin.setPlatformRoles(app.deps, request.actor, request.params.id, request.body.platformRoles),
  );

  app.get(
    '/api/v1/admin/outbox',
    {
      schema: {
        tags,
        querystring: ZCursorQuery,
        response: {
          200: ZListOf(
            z.object({
              id: z.uuid(),
              to: z.string(),
              subject: z.string(),
              text: z.string(),
              kind: z.string(),
              sentVia: z.string(),
              createdAt: z.date(),
            }),
          ),
        },
      },
      config,
    },
    async (request) => admin.listOutbox(app.deps, request.query.cursor),
  );

  app.get(
    '/api/v1/admin/audit',
    {
      schema: {
        tags,
        querystring: ZCursorQuery,
        response: {
          200: ZListOf(
            z.object({
              seq: z.number().int(),
              at: z.date(),
              actorUserId: z.string().nullable(),
              actorKind: z.string(),
              action: z.string(),
              subjectType: z.string(),
              subjectId: z.string().nullable(),
              data: z.unknown(),
              hash: z.string(),
            }),
          ),
        },
      },
      config,
    },
    async (request) => admin.listAudit(app.deps, request.query.cursor),
  );

  app.get(
    '/api/v1/admin/audit/verify',
    {
      schema: {
        tags,
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number().int(),
            firstBadSeq: z.number().int().nullable(),
          }),
        },
      },
      config,
    },
    async () => admin.verifyAudit(app.deps),
  );
}
