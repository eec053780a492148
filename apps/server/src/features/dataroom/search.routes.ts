import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routePolicies } from '../../platform/policy.ts';
import { ZOpportunityParams, ZSearchQuery, ZSearchResponse } from './dataroom-reads.schemas.ts';
import * as search from './search.service.ts';

export async function registerDataroomSearchRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/opportunities/:id/dataroom/search',
    {
      schema: {
        tags: ['data room'],
        summary: 'Search inside the documents the caller may view',
        description:
          'Full text over every page of the current versions, normalised as the opportunity search is (Persian/Arabic letter forms, digits, Chinese word segmentation). At most 50 hits, best first.',
        params: ZOpportunityParams,
        querystring: ZSearchQuery,
        response: { 200: ZSearchResponse },
      },
      config: { policy: routePolicies.signedIn },
    },
    async (request) => search.searchRoom(app.deps, request.actor, request.params.id, request.query.q),
  );
}
