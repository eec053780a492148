import { GRANT_LEVELS } from '@karvan/domain/dataroom';
import { z } from 'zod';
import {
  makeZLocalizedText,
  refuseUnsafeCharacters,
  unsafe,
  ZEmail,
  ZLocalizedTextOut,
} from '../../platform/schemas.ts';

export const VIEW_KINDS = ['pdf', 'image', 'office', 'download'] as const;
const ZLevel = z.enum(GRANT_LEVELS);

export const ZOpportunityIdParams = z.object({ id: z.uuid() });
export const ZFolderIdParams = z.object({ folderId: z.uuid() });
export const ZDocumentIdParams = z.object({ docId: z.uuid() });
export const ZGrantParams = z.object({ id: z.uuid(), grantId: z.uuid() });
export const ZBinItemParams = z.object({ kind: z.enum(['folders', 'documents']), itemId: z.uuid() });
export const ZRoomQuery = z.object({
  asUser: ZEmail.optional().meta({ description: 'Owner side: see the room as this user would.' }),
});

/** A folder or document name typed by a person. */
export const ZItemName = z.string().trim().min(1).max(200).refine(refuseUnsafeCharacters, unsafe);
const ZNdaText = makeZLocalizedText(20_000);

export const ZRoomFolder = z
  .object({ id: z.uuid(), parentId: z.uuid().nullable(), name: z.string(), index: z.string() })
  .meta({ id: 'RoomFolder' });
export type TRoomFolder = z.infer<typeof ZRoomFolder>;

export const ZRoomDocument = z
  .object({
    id: z.uuid(),
    folderId: z.uuid().nullable(),
    name: z.string(),
    index: z.string(),
    version: z.number().int(),
    fileName: z.string(),
    size: z.number().int(),
    mediaType: z.string(),
    viewKind: z.enum(VIEW_KINDS),
    pageCount: z.number().int().nullable(),
    updatedAt: z.date(),
    allowed: z.object({ view: z.boolean(), download: z.boolean(), downloadOriginal: z.boolean() }),
  })
  .meta({ id: 'RoomDocument' });
export type TRoomDocument = z.infer<typeof ZRoomDocument>;

export const ZDocumentDetail = ZRoomDocument.extend({
  versions: z.array(
    z.object({
      version: z.number().int(),
      fileName: z.string(),
      size: z.number().int(),
      mediaType: z.string(),
      uploadedAt: z.date(),
      uploadedBy: z.object({ name: z.string().nullable() }),
    }),
  ),
}).meta({ id: 'RoomDocumentDetail' });
export type TDocumentDetail = z.infer<typeof ZDocumentDetail>;

export const ZRoom = z
  .object({
    id: z.uuid(),
    opportunityId: z.uuid(),
    opportunityTitle: ZLocalizedTextOut,
    ndaText: ZLocalizedTextOut,
    ndaRevision: z.number().int(),
    nda: z.object({ required: z.boolean(), accepted: z.boolean() }),
    isOwner: z.boolean(),
    level: ZLevel.nullable(),
    usedBytes: z.number().int().optional(),
    maxBytes: z.number().int().optional(),
    folders: z.array(ZRoomFolder),
    documents: z.array(ZRoomDocument),
  })
  .meta({ id: 'Room' });
export type TRoom = z.infer<typeof ZRoom>;

export const ZCreateRoomRequest = z.strictObject({ ndaText: ZNdaText.optional() });
export const ZUpdateRoomRequest = z.strictObject({ ndaText: ZNdaText });
export const ZAcceptNdaRequest = z.strictObject({ ndaRevision: z.number().int().min(1) });

export const ZCreateFolderRequest = z.strictObject({ name: ZItemName, parentId: z.uuid().optional() });
export const ZUpdateFolderRequest = z.strictObject({
  name: ZItemName.optional(),
  parentId: z.uuid().nullable().optional(),
});
export const ZUpdateDocumentRequest = z.strictObject({
  name: ZItemName.optional(),
  folderId: z.uuid().nullable().optional(),
});

const ZDeletedBy = z.object({ name: z.string().nullable() });
export const ZBin = z
  .object({
    folders: z.array(
      z.object({ id: z.uuid(), name: z.string(), deletedAt: z.date(), deletedBy: ZDeletedBy }),
    ),
    documents: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        fileName: z.string(),
        deletedAt: z.date(),
        deletedBy: ZDeletedBy,
      }),
    ),
  })
  .meta({ id: 'RoomBin' });
export type TBin = z.infer<typeof ZBin>;

export const ZGrant = z
  .object({
    id: z.uuid(),
    organization: z.object({ id: z.uuid(), name: ZLocalizedTextOut }).nullable(),
    user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    level: ZLevel,
    folders: z.array(z.object({ id: z.uuid(), name: z.string(), index: z.string() })).nullable(),
    expiresAt: z.date().nullable(),
    ndaRequired: z.boolean(),
    createdAt: z.date(),
    createdBy: z.object({ name: z.string().nullable() }),
    revokedAt: z.date().nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .meta({ id: 'RoomGrant' });
export type TGrant = z.infer<typeof ZGrant>;
export const ZGrantList = z.object({ items: z.array(ZGrant) });

export const ZCreateGrantRequest = z
  .strictObject({
    organizationId: z.uuid().optional(),
    userEmail: ZEmail.optional(),
    level: ZLevel,
    folders: z.array(z.uuid()).min(1).max(500).optional(),
    expiresAt: z.coerce.date().optional(),
    ndaRequired: z.boolean().optional(),
  })
  .refine((value) => (value.organizationId === undefined) !== (value.userEmail === undefined), {
    params: { code: 'one_grantee' },
    path: ['organizationId'],
  });
export type TCreateGrantRequest = z.infer<typeof ZCreateGrantRequest>;
