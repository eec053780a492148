import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import type { Locale } from '@karvan/domain';
import { importTemplateHeaders } from '@karvan/domain/opportunity';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../platform/attachment.ts';
import { AppError } from '../../platform/errors.ts';
import { routePolicies } from '../../platform/policy.ts';
import { decodeCursor, encodeCursor } from '../../platform/schemas.ts';
import { csvExportStream, xlsxBuffer } from './import-files/write-table-file.ts';
import {
  ZApplyImportRequest,
  ZExportQuery,
  ZIdParams,
  ZImportJob,
  ZImportProblem,
  ZImportProblemsQuery,
  ZImportTemplateQuery,
} from './opportunities.schemas.ts';
import { exportHeader, exportRows } from './opportunity-export.service.ts';
import * as imports from './opportunity-import.service.ts';

const tags = ['opportunity import and export'];
const signedIn = { policy: routePolicies.signedIn };
const publicRoute = { policy: routePolicies.public };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isRtl = (locale: Locale) => locale === 'fa' || locale === 'ar';

/** Our own ASCII file names (template, export): the same in both parameters. */
const attachment = (name: string) => contentDisposition(name, name);

export async function registerOpportunityImportRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  await app.register(multipart, {
    limits: { fileSize: imports.MAX_IMPORT_BYTES, files: 1, fields: 4, fieldSize: 200, parts: 5 },
  });

  app.get(
    '/api/v1/opportunities/import-template',
    {
      schema: {
        tags,
        summary: 'The import template, headers in the chosen language (CSV or XLSX)',
        querystring: ZImportTemplateQuery,
      },
      config: publicRoute,
    },
    async (request, reply) => {
      const locale = request.query.locale ?? request.locale;
      const header = importTemplateHeaders(locale);
      const name = `karvan-opportunities-template-${locale}.${request.query.format}`;
      reply.header('content-disposition', attachment(name));
      if (request.query.format === 'xlsx') {
        return reply
          .type(XLSX_TYPE)
          .send(await xlsxBuffer(header, [], { rtl: isRtl(locale), sheetName: 'opportunities' }));
      }
      return reply.type('text/csv; charset=utf-8').send(csvExportStream(header, []));
    },
  );

  app.get(
    '/api/v1/opportunities/export',
    {
      schema: {
        tags,
        summary: 'Export the current search (published opportunities) as CSV or XLSX',
        description:
          'Same filters as the search. Columns are the import columns, so an export can be edited and imported again. Formulas are neutralised.',
        querystring: ZExportQuery,
      },
      config: publicRoute,
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const header = exportHeader(request.locale);
      const rows = exportRows(app.deps, query, request.locale);
      reply.header('content-disposition', attachment(`karvan-opportunities.${format}`));
      if (format === 'xlsx') {
        const all: string[][] = [];
        for await (const row of rows) all.push(row);
        return reply.type(XLSX_TYPE).send(await xlsxBuffer(header, all, { rtl: isRtl(request.locale) }));
      }
      // Validate the filters before the first byte: an error after it could not be a problem+json.
      const first = await rows.next();
      const rest = (async function* () {
        if (!first.done) yield first.value;
        yield* rows;
      })();
      return reply.type('text/csv; charset=utf-8').send(csvExportStream(header, rest));
    },
  );

  app.post(
    '/api/v1/opportunities/imports',
    {
      schema: {
        tags,
        summary: 'Upload a CSV or XLSX file to import; checking starts at once (the dry run)',
        description:
          'multipart/form-data with `organizationId` first, then `file` (≤ 50 MB, ≤ 100,000 rows). Answers 202 with the import; poll it until `validated`, read its problems, then apply it.',
        response: { 202: ZImportJob },
      },
      config: signedIn,
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('import.no_file');
      let organizationId: string | null = null;
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === 'organizationId')
            organizationId = z.uuid().safeParse(part.value).data ?? null;
          continue;
        }
        if (!organizationId) {
          part.file.resume();
          throw new AppError('import.no_file');
        }
        const id = randomUUID();
        const stored = await imports.storeUpload(app.deps, id, part.file);
        try {
          const job = await imports.startImport(app.deps, request.actor, {
            organizationId,
            fileName: part.filename ?? 'upload',
            ...stored,
            locale: request.locale,
          });
          return reply.status(202).send(job);
        } catch (error) {
          await rm(stored.path, { force: true });
          throw error;
        }
      }
      throw new AppError('import.no_file');
    },
  );

  app.get(
    '/api/v1/opportunities/imports',
    {
      schema: {
        tags,
        querystring: z.object({ organizationId: z.uuid() }),
        response: { 200: z.object({ items: z.array(ZImportJob) }) },
      },
      config: signedIn,
    },
    async (request) => ({
      items: await imports.listImports(app.deps, request.actor, request.query.organizationId, request.locale),
    }),
  );

  app.get(
    '/api/v1/opportunities/imports/:id',
    { schema: { tags, params: ZIdParams, response: { 200: ZImportJob } }, config: signedIn },
    async (request) => imports.getImport(app.deps, request.actor, request.params.id, request.locale),
  );

  app.get(
    '/api/v1/opportunities/imports/:id/problems',
    {
      schema: {
        tags,
        summary: 'Every problem found, with its row, column and a message in the caller’s language',
        params: ZIdParams,
        querystring: ZImportProblemsQuery,
        response: { 200: z.object({ items: z.array(ZImportProblem), nextCursor: z.string().nullable() }) },
      },
      config: signedIn,
    },
    async (request) => {
      const afterRow = Number(decodeCursor(request.query.cursor)?.[0] ?? 0) || 0;
      const page = await imports.listProblems(
        app.deps,
        request.actor,
        request.params.id,
        { afterRow, limit: request.query.limit },
        request.locale,
      );
      return { items: page.items, nextCursor: page.nextRow === null ? null : encodeCursor([page.nextRow]) };
    },
  );

  app.post(
    '/api/v1/opportunities/imports/:id/apply',
    {
      schema: {
        tags,
        summary: 'Write a checked import: all or nothing, or only the valid rows',
        params: ZIdParams,
        body: ZApplyImportRequest,
        response: { 202: ZImportJob },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await imports.applyImport(app.deps, request.actor, request.params.id, request.body, request.locale),
        ),
  );
}
