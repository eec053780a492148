import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asciiFileStem, contentDisposition, utf8FileName } from '../../platform/attachment.ts';
import { routePolicies } from '../../platform/policy.ts';
import { modelReportPdf } from './export/model-report-pdf.ts';
import { modelWorkbook } from './export/model-workbook.ts';
import { ZExportQuery, ZVersionParams } from './finance.schemas.ts';
import * as models from './finance.service.ts';

const FILE_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** `attachment` with an ASCII fallback (letters, digits, dashes) and the model's own name in UTF-8 (RFC 6266). */
export function attachmentFor(modelName: string, version: number, extension: string): string {
  const ascii = asciiFileStem(modelName, 60) || 'financial-model';
  const utf8 = `${utf8FileName(modelName, 120)}-v${version}.${extension}`;
  return contentDisposition(`${ascii}-v${version}.${extension}`, utf8);
}

export async function registerFinanceExportRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/financial-models/:modelId/versions/:version/export',
    {
      schema: {
        tags: ['financial models'],
        summary: 'Download a version as an Excel workbook or a PDF report',
        description: '`lang` picks the language of the file (default: the caller’s).',
        params: ZVersionParams,
        querystring: ZExportQuery,
      },
      config: { policy: routePolicies.signedIn },
    },
    async (request, reply) => {
      const { modelId, version } = request.params;
      const { format, lang } = request.query;
      const input = await models.loadExport(
        app.deps,
        request.actor,
        modelId,
        version,
        lang ?? request.locale,
      );
      const file = format === 'xlsx' ? await modelWorkbook(input) : await modelReportPdf(input);
      return reply
        .type(FILE_TYPES[format])
        .header('content-disposition', attachmentFor(input.modelName, input.version, format))
        .send(Buffer.from(file));
    },
  );
}
