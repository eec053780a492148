import { z } from 'zod';
import { refuseUnsafeCharacters, unsafe, ZLocalizedTextOut } from '../../platform/schemas.ts';

// Schemas of the reading side of the data room (viewer, activity, search, Q&A). Ids in paths are
// any uuid-shaped string (`z.guid()`): one that names nothing is a 404, never a 400, so a caller
// cannot tell a well-formed guess from a real id by the status.

export const ZDocumentParams = z.object({ docId: z.guid() });
export const ZPageParams = z.object({ docId: z.guid(), page: z.coerce.number().int().min(1).max(100_000) });
export const ZOpportunityParams = z.object({ id: z.guid() });
export const ZQuestionParams = z.object({ questionId: z.guid() });

export const ZOpenResponse = z.object({ pageCount: z.number().int(), version: z.number().int() });
export const ZPageQuery = z.object({ size: z.enum(['full', 'thumb']).default('full') });
export const ZPageTimeRequest = z.strictObject({
  ms: z.number().int().meta({
    description: 'Milliseconds on screen; negatives are ignored, one report counts at most 30 minutes.',
  }),
});
export const ZDownloadQuery = z.object({ variant: z.enum(['original', 'watermarked']).optional() });

export const ACTIVITY_ACTIONS = ['open', 'page', 'download', 'download-original'] as const;
export const ZActivityQuery = z.object({
  userId: z.guid().optional(),
  documentId: z.guid().optional(),
  action: z.enum(ACTIVITY_ACTIONS).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const ZActivityExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: z.enum(['fa', 'ar', 'zh', 'en']).optional(),
  userId: z.guid().optional(),
  documentId: z.guid().optional(),
  action: z.enum(ACTIVITY_ACTIONS).optional(),
});

export const ZActivityItem = z
  .object({
    id: z.string(),
    at: z.date(),
    action: z.enum(ACTIVITY_ACTIONS),
    user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    organizations: z.array(z.string()),
    document: z.object({ id: z.uuid(), name: z.string(), index: z.string() }).nullable(),
    version: z.number().int().nullable(),
    page: z.number().int().nullable(),
    durationMs: z.number().int().nullable(),
  })
  .meta({ id: 'ActivityItem' });
export const ZActivityList = z.object({ items: z.array(ZActivityItem), nextCursor: z.string().nullable() });

export const ZSearchQuery = z.object({ q: z.string().max(500).default('') });
export const ZSearchResponse = z.object({
  items: z.array(
    z.object({
      document: z.object({ id: z.uuid(), name: z.string(), index: z.string() }),
      page: z.number().int(),
      snippet: z.string(),
    }),
  ),
});

const ZQuestionText = z.string().trim().min(1).max(5000).refine(refuseUnsafeCharacters, unsafe);

export const ZQuestion = z
  .object({
    id: z.uuid(),
    subject: z.object({
      kind: z.enum(['room', 'folder', 'document']),
      id: z.uuid().nullable(),
      name: z.string().nullable(),
    }),
    question: z.string(),
    askedBy: z
      .object({ name: z.string() })
      .nullable()
      .meta({ description: 'Null for a grantee reading a published question of another organisation.' }),
    askedFor: z.object({ name: ZLocalizedTextOut }).nullable(),
    createdAt: z.date(),
    assignedTo: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    answer: z.string().nullable(),
    answeredAt: z.date().nullable(),
    answeredBy: z.object({ name: z.string() }).nullable(),
    isPublished: z.boolean(),
  })
  .meta({ id: 'RoomQuestion' });
export const ZQuestionList = z.object({ items: z.array(ZQuestion) });
export const ZAskRequest = z
  .strictObject({ question: ZQuestionText, documentId: z.guid().optional(), folderId: z.guid().optional() })
  .refine((value) => !(value.documentId && value.folderId), {
    params: { code: 'invalid_value' },
    path: ['folderId'],
  });
export const ZAnswerRequest = z.strictObject({ answer: ZQuestionText, publish: z.boolean().optional() });
export const ZAssignRequest = z.strictObject({ userId: z.guid() });
export const ZPublishRequest = z.strictObject({ isPublished: z.boolean() });
