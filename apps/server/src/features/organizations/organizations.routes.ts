import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser, routePolicies } from '../../platform/policy.ts';
import { ZIdParams } from '../account/account.schemas.ts';
import {
  ZChangeRoleRequest,
  ZCreateOrganizationRequest,
  ZIdOrSlugParams,
  ZInvitation,
  ZInvitationParams,
  ZInviteRequest,
  ZListOrganizationsQuery,
  ZMember,
  ZMemberParams,
  ZMyInvitation,
  ZOrganization,
  ZOrganizationList,
  ZOrgParams,
  ZUpdateOrganizationRequest,
} from './organizations.schemas.ts';
import * as organizations from './organizations.service.ts';

const tags = ['organizations'];
const publicRoute = { policy: routePolicies.public };
const signedIn = { policy: routePolicies.signedIn };

export async function registerOrganizationRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/organizations',
    {
      schema: { tags, querystring: ZListOrganizationsQuery, response: { 200: ZOrganizationList } },
      config: publicRoute,
    },
    async (request) => organizations.listOrganizations(app.deps, request.actor, request.query),
  );

  app.post(
    '/api/v1/organizations',
    {
      schema: { tags, body: ZCreateOrganizationRequest, response: { 201: ZOrganization } },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await organizations.createOrganization(app.deps, request.actor, request.body, request.locale)),
  );

  app.get(
    '/api/v1/organizations/:idOrSlug',
    { schema: { tags, params: ZIdOrSlugParams, response: { 200: ZOrganization } }, config: publicRoute },
    async (request) => organizations.getOrganization(app.deps, request.actor, request.params.idOrSlug),
  );

  app.patch(
    '/api/v1/organizations/:id',
    {
      schema: {
        tags,
        params: ZOrgParams,
        body: ZUpdateOrganizationRequest,
        response: { 200: ZOrganization },
      },
      config: signedIn,
    },
    async (request) =>
      organizations.updateOrganization(
        app.deps,
        request.actor,
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.get(
    '/api/v1/organizations/:id/members',
    {
      schema: { tags, params: ZOrgParams, response: { 200: z.object({ items: z.array(ZMember) }) } },
      config: signedIn,
    },
    async (request) => ({
      items: await organizations.listMembers(app.deps, request.actor, request.params.id),
    }),
  );

  app.patch(
    '/api/v1/organizations/:id/members/:userId',
    { schema: { tags, params: ZMemberParams, body: ZChangeRoleRequest }, config: signedIn },
    async (request, reply) => {
      await organizations.changeMemberRole(
        app.deps,
        request.actor,
        request.params.id,
        request.params.userId,
        request.body.role,
      );
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/v1/organizations/:id/members/:userId',
    { schema: { tags, params: ZMemberParams }, config: signedIn },
    async (request, reply) => {
      await organizations.removeMember(app.deps, request.actor, request.params.id, request.params.userId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/organizations/:id/invitations',
    {
      schema: { tags, params: ZOrgParams, response: { 200: z.object({ items: z.array(ZInvitation) }) } },
      config: signedIn,
    },
    async (request) => ({
      items: await organizations.listInvitations(app.deps, request.actor, request.params.id),
    }),
  );

  app.post(
    '/api/v1/organizations/:id/invitations',
    {
      schema: { tags, params: ZOrgParams, body: ZInviteRequest, response: { 201: ZInvitation } },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await organizations.invite(
            app.deps,
            request.actor,
            request.params.id,
            request.body.email,
            request.body.role,
            request.locale,
          ),
        ),
  );

  app.delete(
    '/api/v1/organizations/:id/invitations/:invitationId',
    { schema: { tags, params: ZInvitationParams }, config: signedIn },
    async (request, reply) => {
      await organizations.cancelInvitation(
        app.deps,
        request.actor,
        request.params.id,
        request.params.invitationId,
      );
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/me/invitations',
    { schema: { tags, response: { 200: z.object({ items: z.array(ZMyInvitation) }) } }, config: signedIn },
    async (request) => ({
      items: await organizations.listMyInvitations(app.deps, requireUser(request.actor)),
    }),
  );

  for (const answer of ['accept', 'decline'] as const) {
    app.post(
      `/api/v1/me/invitations/:id/${answer}`,
      { schema: { tags, params: ZIdParams }, config: signedIn },
      async (request, reply) => {
        await organizations.answerInvitation(
          app.deps,
          requireUser(request.actor),
          request.params.id,
          answer === 'accept',
        );
        return reply.status(204).send();
      },
    );
  }
}
