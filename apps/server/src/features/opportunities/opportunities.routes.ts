import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routePolicies } from '../../platform/policy.ts';
import { ZCountryCode, ZListOf } from '../../platform/schemas.ts';
import {
  ZCreateOpportunityRequest,
  ZIdParams,
  ZManageQuery,
  ZMapPoints,
  ZOpportunity,
  ZOpportunityEvent,
  ZOpportunityFilters,
  ZOpportunitySearchQuery,
  ZOpportunitySearchResult,
  ZOpportunitySummary,
  ZOptionalCommentRequest,
  ZProvinceCounts,
  ZProvinceParams,
  ZProvinceStats,
  ZUpdateOpportunityRequest,
  ZWorkflowCommentRequest,
} from './opportunities.schemas.ts';
import * as opportunities from './opportunities.service.ts';
import * as search from './opportunity-search.service.ts';

const tags = ['opportunities'];
const publicRoute = { policy: routePolicies.public };
const signedIn = { policy: routePolicies.signedIn };

export async function registerOpportunityRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/opportunities',
    {
      schema: {
        tags,
        summary: 'Search published opportunities',
        description:
          'Free text in any of the four languages (normalised: yeh/kaf, diacritics, ZWNJ, digits, Chinese segmentation; misspelt words are corrected against the words of the bank when the text as typed finds nothing) plus filters; repeated or comma-separated values mean "any of". Facet counts cover the whole result.',
        querystring: ZOpportunitySearchQuery,
        response: { 200: ZOpportunitySearchResult },
      },
      config: publicRoute,
    },
    async (request) => search.searchOpportunities(app.deps, request.query, request.locale),
  );

  app.post(
    '/api/v1/opportunities',
    {
      schema: {
        tags,
        summary: 'Create a draft',
        body: ZCreateOpportunityRequest,
        response: { 201: ZOpportunity },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await opportunities.createOpportunity(app.deps, request.actor, request.body, request.locale)),
  );

  app.get(
    '/api/v1/opportunities/manage',
    {
      schema: {
        tags,
        summary: "Owners' and officers' working list (every status)",
        querystring: ZManageQuery,
        response: { 200: ZListOf(ZOpportunitySummary) },
      },
      config: signedIn,
    },
    async (request) => opportunities.listManaged(app.deps, request.actor, request.query),
  );

  app.get(
    '/api/v1/opportunities/map-points',
    {
      schema: { tags, querystring: ZOpportunityFilters, response: { 200: ZMapPoints } },
      config: publicRoute,
    },
    async (request) => search.mapPoints(app.deps, request.query, request.locale),
  );

  app.get(
    '/api/v1/opportunities/stats/provinces',
    {
      schema: {
        tags,
        description:
          'Published opportunities per province of one country, with the filters of the search (the map shades provinces by these counts).',
        querystring: ZOpportunityFilters.omit({ country: true }).extend({
          country: ZCountryCode.default('IR'),
        }),
        response: { 200: ZProvinceCounts },
      },
      config: publicRoute,
    },
    async (request) => ({ items: await search.provinceCounts(app.deps, request.query, request.locale) }),
  );

  app.get(
    '/api/v1/opportunities/stats/provinces/:code',
    { schema: { tags, params: ZProvinceParams, response: { 200: ZProvinceStats } }, config: publicRoute },
    async (request) => search.provinceStats(app.deps, request.params.code),
  );

  app.get(
    '/api/v1/opportunities/:id',
    { schema: { tags, params: ZIdParams, response: { 200: ZOpportunity } }, config: publicRoute },
    async (request) => opportunities.getOpportunity(app.deps, request.actor, request.params.id),
  );

  app.patch(
    '/api/v1/opportunities/:id',
    {
      schema: { tags, params: ZIdParams, body: ZUpdateOpportunityRequest, response: { 200: ZOpportunity } },
      config: signedIn,
    },
    async (request) =>
      opportunities.updateOpportunity(
        app.deps,
        request.actor,
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.get(
    '/api/v1/opportunities/:id/timeline',
    {
      schema: { tags, params: ZIdParams, response: { 200: z.object({ items: z.array(ZOpportunityEvent) }) } },
      config: signedIn,
    },
    async (request) => ({
      items: await opportunities.listTimeline(app.deps, request.actor, request.params.id),
    }),
  );

  const steps = [
    ['submit', ZOptionalCommentRequest, 'Owner sends the draft for vetting'],
    ['publish', ZOptionalCommentRequest, 'Agency officer or administrator publishes'],
    ['return', ZWorkflowCommentRequest, 'Agency officer returns it to the owner with comments'],
    ['close', ZWorkflowCommentRequest, 'Close a published opportunity, with the reason'],
  ] as const;
  for (const [step, body, summary] of steps) {
    app.post(
      `/api/v1/opportunities/:id/${step}`,
      {
        schema: { tags, summary, params: ZIdParams, body, response: { 200: ZOpportunity } },
        config: signedIn,
      },
      async (request) =>
        opportunities.takeStep(
          app.deps,
          request.actor,
          request.params.id,
          step,
          (request.body as { comment?: string } | undefined)?.comment ?? null,
        ),
    );
  }
}
