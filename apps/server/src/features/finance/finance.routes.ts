import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routePolicies } from '../../platform/policy.ts';
import {
  ZCompareQuery,
  ZCompareResponse,
  ZCreateModelRequest,
  ZEvaluateRequest,
  ZEvaluateResponse,
  ZModel,
  ZModelIdParams,
  ZModelList,
  ZModelTemplates,
  ZModelVersion,
  ZOpportunityIdParams,
  ZSaveVersionRequest,
  ZUpdateModelRequest,
  ZVersionParams,
} from './finance.schemas.ts';
import * as models from './finance.service.ts';
import * as evaluation from './finance-evaluation.service.ts';

const tags = ['financial models'];
const signedIn = { policy: routePolicies.signedIn };
const invalidModel =
  'An invalid document is answered 422 `finance.model_invalid` with `errors: [{ path, code, message }]` (paths dotted inside the document, codes from ModelIssueCode, messages in the caller’s language); nothing is saved.';

export async function registerFinanceRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/finance/templates',
    {
      schema: { tags, summary: 'Model templates to start from', response: { 200: ZModelTemplates } },
      config: { policy: routePolicies.public },
    },
    async () => evaluation.listTemplates(),
  );

  app.post(
    '/api/v1/finance/evaluate',
    {
      schema: {
        tags,
        summary: 'Evaluate a model document without saving it',
        description: `Base case, and on request sensitivity (±20 % per driver), scenarios and Monte Carlo (at most 20,000 runs). ${invalidModel}`,
        body: ZEvaluateRequest,
        response: { 200: ZEvaluateResponse },
      },
      config: signedIn,
    },
    async (request) => evaluation.evaluate(request.body, request.locale),
  );

  app.get(
    '/api/v1/opportunities/:id/financial-models',
    {
      schema: {
        tags,
        summary: 'Financial models of an opportunity that the caller may read',
        params: ZOpportunityIdParams,
        response: { 200: ZModelList },
      },
      config: signedIn,
    },
    async (request) => models.listModels(app.deps, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/opportunities/:id/financial-models',
    {
      schema: {
        tags,
        summary: 'Create a model (its version 1)',
        description: invalidModel,
        params: ZOpportunityIdParams,
        body: ZCreateModelRequest,
        response: { 201: ZModel },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await models.createModel(app.deps, request.actor, request.params.id, request.body, request.locale),
        ),
  );

  app.get(
    '/api/v1/financial-models/:modelId',
    { schema: { tags, params: ZModelIdParams, response: { 200: ZModel } }, config: signedIn },
    async (request) => models.getModel(app.deps, request.actor, request.params.modelId),
  );

  app.patch(
    '/api/v1/financial-models/:modelId',
    {
      schema: {
        tags,
        summary: 'Rename a model or change who may read it',
        params: ZModelIdParams,
        body: ZUpdateModelRequest,
        response: { 200: ZModel },
      },
      config: signedIn,
    },
    async (request) => models.updateModel(app.deps, request.actor, request.params.modelId, request.body),
  );

  app.delete(
    '/api/v1/financial-models/:modelId',
    { schema: { tags, params: ZModelIdParams, response: { 204: z.null() } }, config: signedIn },
    async (request, reply) => {
      await models.deleteModel(app.deps, request.actor, request.params.modelId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/financial-models/:modelId/versions',
    {
      schema: {
        tags,
        summary: 'Save a new version',
        description: `409 \`finance.version_conflict\` (with \`latestVersion\`) when \`baseVersion\` is not the latest: someone saved meanwhile. ${invalidModel}`,
        params: ZModelIdParams,
        body: ZSaveVersionRequest,
        response: { 201: ZModelVersion },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await models.saveVersion(
            app.deps,
            request.actor,
            request.params.modelId,
            request.body,
            request.locale,
          ),
        ),
  );

  app.get(
    '/api/v1/financial-models/:modelId/versions/:version',
    { schema: { tags, params: ZVersionParams, response: { 200: ZModelVersion } }, config: signedIn },
    async (request) =>
      models.getVersion(app.deps, request.actor, request.params.modelId, request.params.version),
  );

  app.get(
    '/api/v1/financial-models/:modelId/compare',
    {
      schema: {
        tags,
        summary: 'Compare two versions',
        description: '`changes` lists the input fields that differ, by dotted path.',
        params: ZModelIdParams,
        querystring: ZCompareQuery,
        response: { 200: ZCompareResponse },
      },
      config: signedIn,
    },
    async (request) =>
      models.compareVersions(
        app.deps,
        request.actor,
        request.params.modelId,
        request.query.from,
        request.query.to,
      ),
  );
}
