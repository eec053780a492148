import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { routePolicies } from '../../platform/policy.ts';
import { fieldError } from '../../platform/validation-messages.ts';
import * as bin from './bin.service.ts';
import {
  ZAcceptNdaRequest,
  ZBin,
  ZBinItemParams,
  ZCreateFolderRequest,
  ZCreateGrantRequest,
  ZCreateRoomRequest,
  ZDocumentDetail,
  ZDocumentIdParams,
  ZFolderIdParams,
  ZGrant,
  ZGrantList,
  ZGrantParams,
  ZOpportunityIdParams,
  ZRoom,
  ZRoomDocument,
  ZRoomFolder,
  ZRoomQuery,
  ZUpdateDocumentRequest,
  ZUpdateFolderRequest,
  ZUpdateRoomRequest,
} from './dataroom.schemas.ts';
import * as documents from './documents.service.ts';
import * as folders from './folders.service.ts';
import * as grants from './grants.service.ts';
import * as rooms from './room.service.ts';
import type { UploadedFile, UploadTarget } from './upload.service.ts';
import * as uploads from './upload.service.ts';

const tags = ['data room'];
const signedIn = { policy: routePolicies.signedIn };
const noContent = { 204: z.null() };
const uploadErrors =
  '413 `dataroom.file_too_large` / `dataroom.room_full`; 422 `dataroom.type_mismatch` (the extension lies), `dataroom.type_refused` (programs, scripts), `dataroom.pdf_active_content`, `dataroom.pdf_encrypted`, `dataroom.pdf_unreadable`, `dataroom.file_name_invalid`; 507 `storage.full`.';

const ZUuid = z.uuid();

/**
 * Reads a multipart upload: the optional `folderId` and `folder` fields must come before the
 * `file` part (the web client appends them first), because the file is streamed to the store as
 * it arrives and the destination must be known by then. Only the first file is read.
 */
async function withUploadedFile<T>(
  request: FastifyRequest,
  handle: (target: UploadTarget, file: UploadedFile) => Promise<T>,
): Promise<T> {
  const missingFile = () =>
    new AppError('validation.failed', { errors: [fieldError('file', 'required', request.locale)] });
  if (!request.isMultipart()) throw missingFile();
  const target: UploadTarget = { folderId: null, folderPath: null };
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      const value = typeof part.value === 'string' ? part.value : '';
      if (part.fieldname === 'folderId') {
        if (!ZUuid.safeParse(value).success)
          throw new AppError('validation.failed', {
            errors: [fieldError('folderId', 'invalid_format', request.locale)],
          });
        target.folderId = value;
      } else if (part.fieldname === 'folder') target.folderPath = value;
      continue;
    }
    if (part.fieldname !== 'file') {
      part.file.resume();
      continue;
    }
    return handle(target, { fileName: part.filename ?? '', stream: part.file });
  }
  throw missingFile();
}

export async function registerDataRoomRoutes(plain: FastifyInstance): Promise<void> {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  // Multipart bodies are streamed (fastify's JSON body limit does not apply); one file per request,
  // cut one byte past the limit so the store sees it is too large and answers with our code.
  await app.register(multipart, {
    limits: {
      fileSize: app.deps.config.dataroom.maxFileBytes + 1,
      files: 1,
      fields: 4,
      fieldSize: 4096,
      parts: 6,
    },
  });

  app.get(
    '/api/v1/opportunities/:id/dataroom',
    {
      schema: {
        tags,
        summary: 'The data room as the caller may see it',
        description:
          '404 `dataroom.not_found` when there is none or the caller has no access. `?asUser=EMAIL` (owner side) shows it as that user would see it.',
        params: ZOpportunityIdParams,
        querystring: ZRoomQuery,
        response: { 200: ZRoom },
      },
      config: signedIn,
    },
    async (request) => rooms.getRoom(app.deps, request.actor, request.params.id, request.query.asUser),
  );

  app.post(
    '/api/v1/opportunities/:id/dataroom',
    {
      schema: {
        tags,
        summary: 'Open the opportunity’s data room (owner side)',
        description: '409 `dataroom.exists` when it has one.',
        params: ZOpportunityIdParams,
        body: ZCreateRoomRequest,
        response: { 201: ZRoom },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await rooms.createRoom(app.deps, request.actor, request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/opportunities/:id/dataroom',
    {
      schema: {
        tags,
        summary: 'Change the NDA text',
        description:
          'A changed text bumps `ndaRevision`: grantees whose grant requires the NDA accept it again.',
        params: ZOpportunityIdParams,
        body: ZUpdateRoomRequest,
        response: { 200: ZRoom },
      },
      config: signedIn,
    },
    async (request) => rooms.updateNda(app.deps, request.actor, request.params.id, request.body.ndaText),
  );

  app.post(
    '/api/v1/opportunities/:id/dataroom/nda/accept',
    {
      schema: {
        tags,
        summary: 'Accept the NDA revision shown',
        description: '409 `dataroom.nda_changed` when `ndaRevision` is not the current one.',
        params: ZOpportunityIdParams,
        body: ZAcceptNdaRequest,
        response: noContent,
      },
      config: signedIn,
    },
    async (request, reply) => {
      await rooms.acceptNda(
        app.deps,
        request.actor,
        request.params.id,
        request.body.ndaRevision,
        request.locale,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/opportunities/:id/dataroom/folders',
    {
      schema: {
        tags,
        params: ZOpportunityIdParams,
        body: ZCreateFolderRequest,
        response: { 201: ZRoomFolder },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await folders.createFolder(app.deps, request.actor, request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/dataroom/folders/:folderId',
    {
      schema: {
        tags,
        summary: 'Rename or move a folder',
        description: '422 `dataroom.folder_cycle` when moved under itself.',
        params: ZFolderIdParams,
        body: ZUpdateFolderRequest,
        response: { 200: ZRoomFolder },
      },
      config: signedIn,
    },
    async (request) => folders.updateFolder(app.deps, request.actor, request.params.folderId, request.body),
  );

  app.delete(
    '/api/v1/dataroom/folders/:folderId',
    {
      schema: {
        tags,
        summary: 'Put a folder and its contents in the bin',
        params: ZFolderIdParams,
        response: noContent,
      },
      config: signedIn,
    },
    async (request, reply) => {
      await folders.deleteFolder(app.deps, request.actor, request.params.folderId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/opportunities/:id/dataroom/documents',
    {
      schema: {
        tags,
        summary: 'Upload a document',
        description: `multipart/form-data: optional \`folderId\` and \`folder\` (a path of folder names joined by \`/\`, created when missing, under \`folderId\` or the top level) first, then \`file\`. ${uploadErrors}`,
        params: ZOpportunityIdParams,
        response: { 201: ZRoomDocument },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await withUploadedFile(request, (target, file) =>
            uploads.uploadDocument(app.deps, request.actor, request.params.id, target, file),
          ),
        ),
  );

  app.post(
    '/api/v1/dataroom/documents/:docId/versions',
    {
      schema: {
        tags,
        summary: 'Upload a new version of a document (the history is kept)',
        description: `multipart/form-data with \`file\`. ${uploadErrors}`,
        params: ZDocumentIdParams,
        response: { 201: ZRoomDocument },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await withUploadedFile(request, (_target, file) =>
            uploads.uploadVersion(app.deps, request.actor, request.params.docId, file),
          ),
        ),
  );

  app.get(
    '/api/v1/dataroom/documents/:docId',
    {
      schema: {
        tags,
        summary: 'A document with its versions (versions: owner side only)',
        params: ZDocumentIdParams,
        response: { 200: ZDocumentDetail },
      },
      config: signedIn,
    },
    async (request) => documents.getDocument(app.deps, request.actor, request.params.docId),
  );

  app.patch(
    '/api/v1/dataroom/documents/:docId',
    {
      schema: {
        tags,
        summary: 'Rename or move a document',
        params: ZDocumentIdParams,
        body: ZUpdateDocumentRequest,
        response: { 200: ZRoomDocument },
      },
      config: signedIn,
    },
    async (request) => documents.updateDocument(app.deps, request.actor, request.params.docId, request.body),
  );

  app.delete(
    '/api/v1/dataroom/documents/:docId',
    {
      schema: { tags, summary: 'Put a document in the bin', params: ZDocumentIdParams, response: noContent },
      config: signedIn,
    },
    async (request, reply) => {
      await documents.deleteDocument(app.deps, request.actor, request.params.docId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/opportunities/:id/dataroom/bin',
    {
      schema: { tags, summary: 'What is in the bin', params: ZOpportunityIdParams, response: { 200: ZBin } },
      config: signedIn,
    },
    async (request) => bin.listBin(app.deps, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/dataroom/bin/:kind/:itemId/restore',
    {
      schema: {
        tags,
        summary: 'Restore from the bin (to the top level when its folder is gone)',
        params: ZBinItemParams,
        response: noContent,
      },
      config: signedIn,
    },
    async (request, reply) => {
      await bin.restoreItem(app.deps, request.actor, request.params.kind, request.params.itemId);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/v1/dataroom/bin/:kind/:itemId',
    {
      schema: {
        tags,
        summary: 'Purge from the bin for good',
        description: 'Versions and page texts are removed; the bytes once no version uses them.',
        params: ZBinItemParams,
        response: noContent,
      },
      config: signedIn,
    },
    async (request, reply) => {
      await bin.purgeItem(app.deps, request.actor, request.params.kind, request.params.itemId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/opportunities/:id/dataroom/grants',
    {
      schema: {
        tags,
        summary: 'Grants of the room (owner side)',
        params: ZOpportunityIdParams,
        response: { 200: ZGrantList },
      },
      config: signedIn,
    },
    async (request) => grants.listGrants(app.deps, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/opportunities/:id/dataroom/grants',
    {
      schema: {
        tags,
        summary: 'Grant access to an organisation or a registered user',
        description:
          'Give exactly one of `organizationId` and `userEmail`. `folders` limits the grant to those folders and what is under them. 422 `dataroom.grantee_not_found`.',
        params: ZOpportunityIdParams,
        body: ZCreateGrantRequest,
        response: { 201: ZGrant },
      },
      config: signedIn,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await grants.createGrant(app.deps, request.actor, request.params.id, request.body, request.locale),
        ),
  );

  app.delete(
    '/api/v1/opportunities/:id/dataroom/grants/:grantId',
    {
      schema: {
        tags,
        summary: 'Revoke a grant (effective at once)',
        params: ZGrantParams,
        response: noContent,
      },
      config: signedIn,
    },
    async (request, reply) => {
      await grants.revokeGrant(app.deps, request.actor, request.params.id, request.params.grantId);
      return reply.status(204).send(null);
    },
  );
}
