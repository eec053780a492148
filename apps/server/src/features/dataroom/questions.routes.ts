import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routePolicies } from '../../platform/policy.ts';
import {
  ZAnswerRequest,
  ZAskRequest,
  ZAssignRequest,
  ZOpportunityParams,
  ZPublishRequest,
  ZQuestion,
  ZQuestionList,
  ZQuestionParams,
} from './dataroom-reads.schemas.ts';
import * as questions from './questions.service.ts';

const tags = ['data room'];
const signedIn = { policy: routePolicies.signedIn };
const ownerOnly =
  'Owner side only: 404 when the question does not exist or the caller may not read it, 403 when they may read it but do not manage the room.';

export async function registerDataroomQuestionRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/opportunities/:id/dataroom/questions',
    {
      schema: {
        tags,
        summary: 'Questions and answers of the room',
        description:
          'Owner side: all. A grantee: those asked for their organisation (or by them, when granted personally) and the published ones about what they can see.',
        params: ZOpportunityParams,
        response: { 200: ZQuestionList },
      },
      config: signedIn,
    },
    async (request) => questions.listQuestions(app.deps, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/opportunities/:id/dataroom/questions',
    {
      schema: {
        tags,
        summary: 'Ask a question about the room, a folder or a document (grantees)',
        description: '404 when the folder or document is not one the caller can see.',
        params: ZOpportunityParams,
        body: ZAskRequest,
        response: { 201: ZQuestion },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await questions.askQuestion(app.deps, request.actor, request.params.id, request.body)),
  );

  app.post(
    '/api/v1/dataroom/questions/:questionId/answer',
    {
      schema: {
        tags,
        summary: 'Answer a question (and publish it at once if asked); the asker is notified',
        description: ownerOnly,
        params: ZQuestionParams,
        body: ZAnswerRequest,
        response: { 200: ZQuestion },
      },
      config: signedIn,
    },
    async (request) =>
      questions.answerQuestion(app.deps, request.actor, request.params.questionId, request.body),
  );

  app.post(
    '/api/v1/dataroom/questions/:questionId/assign',
    {
      schema: {
        tags,
        summary: 'Route a question to an owner-side colleague, who is notified',
        description: `${ownerOnly} 422 \`dataroom.assignee_not_colleague\` when the user is not a member of the opportunity’s organisation.`,
        params: ZQuestionParams,
        body: ZAssignRequest,
        response: { 200: ZQuestion },
      },
      config: signedIn,
    },
    async (request) =>
      questions.assignQuestion(app.deps, request.actor, request.params.questionId, request.body.userId),
  );

  app.post(
    '/api/v1/dataroom/questions/:questionId/publish',
    {
      schema: {
        tags,
        summary: 'Show a question and its answer to every grantee who can see its subject, or take it back',
        description: ownerOnly,
        params: ZQuestionParams,
        body: ZPublishRequest,
        response: { 200: ZQuestion },
      },
      config: signedIn,
    },
    async (request) =>
      questions.publishQuestion(app.deps, request.actor, request.params.questionId, request.body.isPublished),
  );
}
