import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routePolicies } from '../../platform/policy.ts';
import { ZCursorQuery } from '../../platform/schemas.ts';
import * as notifications from './notifications.service.ts';

const tags = ['notifications'];
const signedIn = { policy: routePolicies.signedIn };

const ZNotification = z
  .object({
    id: z.uuid(),
    kind: z.string().meta({ description: `One of ${notifications.NOTIFICATION_KINDS.join(', ')}.` }),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.date(),
    readAt: z.date().nullable(),
  })
  .meta({ id: 'Notification' });
const ZNotificationList = z.object({
  items: z.array(ZNotification),
  unread: z.number().int(),
  nextCursor: z.string().nullable(),
});

export async function registerNotificationRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/me/notifications',
    {
      schema: {
        tags,
        summary: 'The caller’s notifications, newest first',
        description:
          'Links in `data` point at things the caller could see when the notification was made; opening one they can no longer see answers 404.',
        querystring: ZCursorQuery,
        response: { 200: ZNotificationList },
      },
      config: signedIn,
    },
    async (request) => notifications.listMyNotifications(app.deps, request.actor, request.query.cursor),
  );

  app.post(
    '/api/v1/me/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one notification read',
        params: z.object({ id: z.guid() }),
        response: { 204: z.null() },
      },
      config: signedIn,
    },
    async (request, reply) => {
      await notifications.markNotificationRead(app.deps, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/notifications/read-all',
    {
      schema: { tags, summary: 'Mark every notification read', response: { 204: z.null() } },
      config: signedIn,
    },
    async (request, reply) => {
      await notifications.markAllNotificationsRead(app.deps, request.actor);
      return reply.status(204).send(null);
    },
  );
}
