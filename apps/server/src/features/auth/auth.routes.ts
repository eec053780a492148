import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser, routePolicies } from '../../platform/policy.ts';
import { clearSessionCookie, clientInfoOf, setSessionCookie } from '../../platform/session-cookie.ts';
import {
  ZLoginRequest,
  ZPasswordResetConfirm,
  ZPasswordResetRequest,
  ZRegisterRequest,
  ZUserResponse,
} from './auth.schemas.ts';
import * as auth from './auth.service.ts';

const tags = ['auth'];

export async function registerAuthRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const limit = { max: app.deps.config.authRateLimitPerMinute, timeWindow: '1 minute' };

  app.post(
    '/api/v1/auth/register',
    {
      schema: { tags, body: ZRegisterRequest, response: { 201: ZUserResponse } },
      config: { policy: routePolicies.public, rateLimit: limit },
    },
    async (request, reply) => {
      const { user, sessionSecret } = await auth.register(
        app.deps,
        request.body,
        request.locale,
        clientInfoOf(request),
      );
      setSessionCookie(request, reply, sessionSecret);
      return reply.status(201).send({ user });
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      schema: { tags, body: ZLoginRequest, response: { 200: ZUserResponse } },
      config: { policy: routePolicies.public, rateLimit: limit },
    },
    async (request, reply) => {
      const { user, sessionSecret } = await auth.login(app.deps, request.body, clientInfoOf(request));
      setSessionCookie(request, reply, sessionSecret);
      return { user };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags }, config: { policy: routePolicies.signedIn } },
    async (request, reply) => {
      await auth.logout(app.deps, requireUser(request.actor));
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset/request',
    {
      schema: {
        tags,
        body: ZPasswordResetRequest,
        response: { 202: z.object({ status: z.literal('accepted') }) },
      },
      config: { policy: routePolicies.public, rateLimit: limit },
    },
    async (request, reply) => {
      await auth.requestPasswordReset(app.deps, request.body.email);
      return reply.status(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      schema: { tags, body: ZPasswordResetConfirm },
      config: { policy: routePolicies.public, rateLimit: limit },
    },
    async (request, reply) => {
      await auth.confirmPasswordReset(app.deps, request.body.token, request.body.password);
      return reply.status(204).send();
    },
  );
}
