import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAccountRoutes } from './features/account/account.routes.ts';
import { registerAdminRoutes } from './features/admin/admin.routes.ts';
import { registerAuthRoutes } from './features/auth/auth.routes.ts';
import { registerDataroomActivityRoutes } from './features/dataroom/activity.routes.ts';
import { registerDataRoomRoutes } from './features/dataroom/dataroom.routes.ts';
import { registerDataroomQuestionRoutes } from './features/dataroom/questions.routes.ts';
import { registerDataroomSearchRoutes } from './features/dataroom/search.routes.ts';
import { registerDataroomViewerRoutes } from './features/dataroom/viewer.routes.ts';
import { registerExchangeRateRoutes } from './features/exchange-rates/exchange-rates.routes.ts';
import { registerFinanceRoutes } from './features/finance/finance.routes.ts';
import { registerFinanceExportRoutes } from './features/finance/finance-export.routes.ts';
import { registerHealthRoutes } from './features/health/health.routes.ts';
import { registerNotificationRoutes } from './features/notifications/notifications.routes.ts';
import { registerOpportunityRoutes } from './features/opportunities/opportunities.routes.ts';
import { registerOpportunityImportRoutes } from './features/opportunities/opportunity-import.routes.ts';
import { registerOrganizationRoutes } from './features/organizations/organizations.routes.ts';
import { registerReferenceRoutes } from './features/reference/reference.routes.ts';
import type { AppDeps } from './platform/context.ts';
import { registerOpenApi } from './platform/openapi.ts';
import { registerProblemHandlers } from './platform/problem.ts';
import { registerRequestPipeline } from './platform/request-pipeline.ts';
import { inlineScriptHashes, readWebShell, registerWebApp } from './platform/web-app.ts';

export type App = FastifyInstance;

/** JSON bodies above this are refused with 413 before they are parsed. Uploads get their own limits. */
export const JSON_BODY_LIMIT_BYTES = 256 * 1024;

export interface BuildAppOptions {
  /** The process's pino logger; tests build without one. */
  logger?: FastifyBaseLogger;
}

/** Builds the whole HTTP application on the given dependencies, without listening. */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    trustProxy: process.env['KARVAN_TRUST_PROXY'] === '1',
    // Generated request ids, never echoing a client's header into logs.
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  const webShell = readWebShell(deps.config.webDistDir);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.decorate('routeCatalog', []);
  app.addHook('onRoute', (route) => {
    // Read the policy lazily: a plugin's scope may set it after this hook ran.
    app.routeCatalog.push({
      method: route.method,
      url: route.url,
      get policy() {
        return route.config?.policy;
      },
    });
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(webShell)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  registerProblemHandlers(app);
  registerRequestPipeline(app);
  await registerOpenApi(app, deps.config.version);

  await app.register(registerHealthRoutes);
  await app.register(registerAuthRoutes);
  await app.register(registerAccountRoutes);
  await app.register(registerOrganizationRoutes);
  await app.register(registerAdminRoutes);
  await app.register(registerReferenceRoutes);
  await app.register(registerOpportunityRoutes);
  await app.register(registerOpportunityImportRoutes);
  await app.register(registerExchangeRateRoutes);
  await app.register(registerFinanceRoutes);
  await app.register(registerFinanceExportRoutes);
  await app.register(registerDataRoomRoutes);
  await app.register(registerDataroomViewerRoutes);
  await app.register(registerDataroomActivityRoutes);
  await app.register(registerDataroomSearchRoutes);
  await app.register(registerDataroomQuestionRoutes);
  await app.register(registerNotificationRoutes);
  await registerWebApp(app, webShell);

  await app.ready();
  const unguarded = app.routeCatalog.filter((r) => !r.policy);
  if (unguarded.length) {
    throw new Error(`Routes without a policy: ${unguarded.map((r) => `${r.method} ${r.url}`).join(', ')}`);
  }
  return app;
}
