import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentFor } from '../../platform/attachment.ts';
import { routePolicies } from '../../platform/policy.ts';
import {
  ZDocumentParams,
  ZDownloadQuery,
  ZOpenResponse,
  ZPageParams,
  ZPageQuery,
  ZPageTimeRequest,
} from './dataroom-reads.schemas.ts';
import * as viewer from './viewer.service.ts';

const tags = ['data room'];
const signedIn = { policy: routePolicies.signedIn };
const hidden =
  '404 when the document does not exist or lies outside the caller’s grants (never 403: a caller does not learn that it exists).';

export async function registerDataroomViewerRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/dataroom/documents/:docId/views',
    {
      schema: {
        tags,
        summary: 'Open a document in the viewer (recorded as `open`)',
        description: `${hidden} 409 \`dataroom.not_viewable\` when it cannot be shown in the browser.`,
        params: ZDocumentParams,
        response: { 201: ZOpenResponse },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply.status(201).send(await viewer.openDocument(app.deps, request.actor, request.params.docId)),
  );

  app.get(
    '/api/v1/dataroom/documents/:docId/pages/:page',
    {
      schema: {
        tags,
        summary: 'A page as a PNG with the viewer’s watermark drawn in',
        description: `\`size=thumb\` for the page strip. A full-size page is recorded as \`page\` activity. ${hidden} A page the document does not have is 404 too.`,
        params: ZPageParams,
        querystring: ZPageQuery,
      },
      config: signedIn,
    },
    async (request, reply) => {
      const { docId, page } = request.params;
      const png = await viewer.pageImage(
        app.deps,
        request.actor,
        docId,
        page,
        request.query.size,
        request.locale,
      );
      return reply
        .type('image/png')
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(png);
    },
  );

  app.post(
    '/api/v1/dataroom/documents/:docId/pages/:page/time',
    {
      schema: {
        tags,
        summary: 'Report how long a page stayed on screen',
        description: `Adds to the caller’s newest \`page\` activity of this page. ${hidden}`,
        params: ZPageParams,
        body: ZPageTimeRequest,
        response: { 204: z.null() },
      },
      config: signedIn,
    },
    async (request, reply) => {
      const { docId, page } = request.params;
      await viewer.reportPageTime(app.deps, request.actor, docId, page, request.body.ms);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/dataroom/documents/:docId/download',
    {
      schema: {
        tags,
        summary: 'Download a document',
        description: `\`download\` grants get a PDF with the watermark on every page; \`download-original\` the file as uploaded (or the watermarked PDF with \`variant=watermarked\`). 403 \`dataroom.download_not_allowed\` for a \`view\` grant (or \`variant=original\` without \`download-original\`); 409 \`dataroom.watermark_unavailable\` when the file cannot be made into a PDF. ${hidden}`,
        params: ZDocumentParams,
        querystring: ZDownloadQuery,
      },
      config: signedIn,
    },
    async (request, reply) => {
      const file = await viewer.downloadDocument(
        app.deps,
        request.actor,
        request.params.docId,
        request.query.variant,
        request.locale,
      );
      reply
        .type(file.mediaType)
        .header('content-disposition', attachmentFor(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store');
      if (file.size !== null) reply.header('content-length', file.size);
      return reply.send(file.body);
    },
  );
}
