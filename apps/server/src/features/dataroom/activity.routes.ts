import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { attachmentFor } from '../../platform/attachment.ts';
import { routePolicies } from '../../platform/policy.ts';
import * as activity from './activity.service.ts';
import { activityCsv, activityXlsx } from './activity-export.ts';
import {
  ZActivityExportQuery,
  ZActivityList,
  ZActivityQuery,
  ZOpportunityParams,
} from './dataroom-reads.schemas.ts';

const tags = ['data room'];
const signedIn = { policy: routePolicies.signedIn };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function registerDataroomActivityRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/opportunities/:id/dataroom/activity',
    {
      schema: {
        tags,
        summary: 'What grantees did in the room, newest first (owner side)',
        params: ZOpportunityParams,
        querystring: ZActivityQuery,
        response: { 200: ZActivityList },
      },
      config: signedIn,
    },
    async (request) =>
      activity.listActivity(app.deps, request.actor, request.params.id, request.query, request.locale),
  );

  app.get(
    '/api/v1/opportunities/:id/dataroom/activity/export',
    {
      schema: {
        tags,
        summary: 'The activity as CSV or XLSX (owner side)',
        description:
          'Same filters as the list; `lang` picks the language of the headers (default: the caller’s). Cells a spreadsheet would run as formulas (starting with = + - @) are neutralised.',
        params: ZOpportunityParams,
        querystring: ZActivityExportQuery,
      },
      config: signedIn,
    },
    async (request, reply) => {
      const { format, lang, ...filter } = request.query;
      const file = await activity.exportActivity(
        app.deps,
        request.actor,
        request.params.id,
        filter,
        lang ?? request.locale,
      );
      reply
        .header('content-disposition', attachmentFor(`${file.opportunityTitle} activity.${format}`))
        .header('cache-control', 'private, no-store');
      if (format === 'xlsx') return reply.type(XLSX_TYPE).send(await activityXlsx(file.items, file.locale));
      return reply.type('text/csv; charset=utf-8').send(activityCsv(file.items, file.locale));
    },
  );
}
