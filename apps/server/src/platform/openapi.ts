import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { routePolicies } from './policy.ts';

/** OpenAPI 3.1 generated from the same zod schemas that validate requests. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Karvan API',
        version,
        description:
          'Multilingual platform for cross-border investment and industrial cooperation. ' +
          'Errors are application/problem+json with a stable `code`; messages follow Accept-Language (fa, ar, zh, en).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'karvan_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // Swagger UI's assets ship inside the package: nothing is fetched from the internet.
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...(route.config as object), policy: routePolicies.public };
    });
    await docs.register(swaggerUi, { routePrefix: '/api/docs' });
  });
  app.get(
    '/api/openapi.json',
    { schema: { hide: true }, config: { policy: routePolicies.public } },
    async () => app.swagger(),
  );
}
