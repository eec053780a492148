import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser, routePolicies } from '../../platform/policy.ts';
import { ZPassword } from '../../platform/schemas.ts';
import {
  ZApiToken,
  ZCreatedToken,
  ZCreateTokenRequest,
  ZIdParams,
  ZMeResponse,
  ZSession,
  ZUpdateMeRequest,
  ZUser,
} from './account.schemas.ts';
import * as account from './account.service.ts';

const tags = ['account'];
const signedIn = { policy: routePolicies.signedIn };
const ZCode = z.strictObject({ code: z.string().trim().min(6).max(6) });

export async function registerAccountRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/me',
    { schema: { tags, response: { 200: ZMeResponse } }, config: signedIn },
    async (request) => account.getMe(app.deps, requireUser(request.actor)),
  );

  app.patch(
    '/api/v1/me',
    {
      schema: { tags, body: ZUpdateMeRequest, response: { 200: z.object({ user: ZUser }) } },
      config: signedIn,
    },
    async (request) => ({ user: await account.updateMe(app.deps, requireUser(request.actor), request.body) }),
  );

  app.post(
    '/api/v1/me/password',
    {
      schema: {
        tags,
        body: z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: ZPassword }),
      },
      config: signedIn,
    },
    async (request, reply) => {
      await account.changePassword(
        app.deps,
        requireUser(request.actor),
        request.body.currentPassword,
        request.body.newPassword,
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/me/totp/setup',
    {
      schema: {
        tags,
        response: { 200: z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }) },
      },
      config: signedIn,
    },
    async (request) => account.setupTotp(app.deps, requireUser(request.actor)),
  );

  app.post(
    '/api/v1/me/totp/enable',
    { schema: { tags, body: ZCode }, config: signedIn },
    async (request, reply) => {
      await account.enableTotp(app.deps, requireUser(request.actor), request.body.code);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/me/totp/disable',
    { schema: { tags, body: ZCode }, config: signedIn },
    async (request, reply) => {
      await account.disableTotp(app.deps, requireUser(request.actor), request.body.code);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/me/sessions',
    { schema: { tags, response: { 200: z.object({ items: z.array(ZSession) }) } }, config: signedIn },
    async (request) => ({ items: await account.listMySessions(app.deps, requireUser(request.actor)) }),
  );

  app.delete(
    '/api/v1/me/sessions/:id',
    { schema: { tags, params: ZIdParams }, config: signedIn },
    async (request, reply) => {
      await account.endMySession(app.deps, requireUser(request.actor), request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/me/tokens',
    { schema: { tags, response: { 200: z.object({ items: z.array(ZApiToken) }) } }, config: signedIn },
    async (request) => ({ items: await account.listMyApiTokens(app.deps, requireUser(request.actor)) }),
  );

  app.post(
    '/api/v1/me/tokens',
    { schema: { tags, body: ZCreateTokenRequest, response: { 201: ZCreatedToken } }, config: signedIn },
    async (request, reply) => {
      const actor = requireUser(request.actor);
      return reply
        .status(201)
        .send(await account.createApiToken(app.deps, actor, actor.userId, request.body.name));
    },
  );

  app.delete(
    '/api/v1/me/tokens/:id',
    { schema: { tags, params: ZIdParams }, config: signedIn },
    async (request, reply) => {
      await account.revokeMyApiToken(app.deps, requireUser(request.actor), request.params.id);
      return reply.status(204).send();
    },
  );
}
