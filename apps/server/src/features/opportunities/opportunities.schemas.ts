import { LOCALES } from '@karvan/domain';
import {
  INVESTMENT_TYPES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STAGES,
  OPPORTUNITY_STATUSES,
  TEXT_ORIGINS,
} from '@karvan/domain/opportunity';
import { z } from 'zod';
import {
  makeZLocalizedText,
  refuseUnsafeCharacters,
  unsafe,
  ZCountryCode,
  ZCurrencyCode,
  ZCursorQuery,
  ZEmail,
  ZListOf,
  ZLocalizedTextOut,
  ZProvinceCode,
} from '../../platform/schemas.ts';

/** A positive decimal written with Latin digits (the web app folds Persian and Arabic digits first). */
const ZPositiveDecimal = z
  .string()
  .trim()
  .regex(/^\d{1,22}(\.\d{1,4})?$/);
const ZCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/);

export const ZMoneyInput = z.strictObject({ amount: ZPositiveDecimal, currency: ZCurrencyCode });

const opportunityFields = {
  kind: z.enum(OPPORTUNITY_KINDS),
  title: makeZLocalizedText(300),
  summary: makeZLocalizedText(4000).optional(),
  description: makeZLocalizedText(20000).optional(),
  /** The language the owner wrote in; defaults to the first language of the title. */
  sourceLanguage: z.enum(LOCALES).optional(),
  /** How each language version was written; languages not listed count as `human`. */
  textOrigins: z.partialRecord(z.enum(LOCALES), z.enum(TEXT_ORIGINS)).optional(),
  province: ZProvinceCode,
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  isic: z.array(ZCode).max(20).optional(),
  commodities: z.array(ZCode).max(20).optional(),
  hs: z.array(ZCode).max(20).optional(),
  investmentTypes: z.array(z.enum(INVESTMENT_TYPES)).max(8).optional(),
  requiredInvestment: ZMoneyInput.nullable().optional(),
  capacity: z
    .strictObject({
      quantity: ZPositiveDecimal,
      unit: z.string().trim().min(1).max(40).refine(refuseUnsafeCharacters, unsafe),
    })
    .nullable()
    .optional(),
  stage: z.enum(OPPORTUNITY_STAGES).nullable().optional(),
  contact: z
    .strictObject({
      name: z.string().trim().max(200).refine(refuseUnsafeCharacters, unsafe).optional(),
      email: ZEmail.optional(),
      phone: z
        .string()
        .trim()
        .max(40)
        .regex(/^[0-9+()\-\s۰-۹٠-٩]*$/)
        .optional(),
    })
    .optional(),
  externalId: z.string().trim().min(1).max(100).refine(refuseUnsafeCharacters, unsafe).optional(),
};

export const ZCreateOpportunityRequest = z
  .strictObject({ organizationId: z.uuid(), ...opportunityFields })
  .meta({ id: 'CreateOpportunityRequest' });
export type TCreateOpportunityRequest = z.infer<typeof ZCreateOpportunityRequest>;

export const ZUpdateOpportunityRequest = z
  .strictObject({
    ...opportunityFields,
    kind: opportunityFields.kind.optional(),
    title: opportunityFields.title.optional(),
    province: opportunityFields.province.optional(),
  })
  .meta({ id: 'UpdateOpportunityRequest' });
export type TUpdateOpportunityRequest = z.infer<typeof ZUpdateOpportunityRequest>;

export const ZWorkflowCommentRequest = z
  .strictObject({ comment: z.string().trim().min(1).max(2000).refine(refuseUnsafeCharacters, unsafe) })
  .meta({ id: 'WorkflowCommentRequest' });
export const ZOptionalCommentRequest = z
  .strictObject({ comment: z.string().trim().max(2000).refine(refuseUnsafeCharacters, unsafe).optional() })
  .optional();

const ZMoneyOut = z.object({ amount: z.string(), currency: z.string() }).meta({ id: 'Money' });

export const ZOpportunitySummary = z
  .object({
    id: z.uuid(),
    externalId: z.string().nullable(),
    status: z.enum(OPPORTUNITY_STATUSES),
    kind: z.enum(OPPORTUNITY_KINDS),
    title: ZLocalizedTextOut,
    summary: ZLocalizedTextOut,
    sourceLanguage: z.enum(LOCALES),
    textOrigins: z.record(z.string(), z.enum(TEXT_ORIGINS)),
    organization: z.object({ id: z.uuid(), slug: z.string(), name: ZLocalizedTextOut }),
    country: z.string(),
    province: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    isic: z.array(z.string()),
    commodities: z.array(z.string()),
    hs: z.array(z.string()),
    investmentTypes: z.array(z.enum(INVESTMENT_TYPES)),
    requiredInvestment: ZMoneyOut.nullable(),
    /** The required investment in US dollars at the rate in force; null without a rate. */
    requiredInvestmentUsd: z.string().nullable(),
    capacity: z.object({ quantity: z.string(), unit: z.string() }).nullable(),
    stage: z.enum(OPPORTUNITY_STAGES).nullable(),
    publishedAt: z.date().nullable(),
    updatedAt: z.date(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'OpportunitySummary' });
export type TOpportunitySummary = z.infer<typeof ZOpportunitySummary>;

export const ZOpportunity = ZOpportunitySummary.extend({
  description: ZLocalizedTextOut,
  /** Only for signed-in callers; null for anonymous visitors. */
  contact: z
    .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
  statusNote: z.string().nullable(),
  createdAt: z.date(),
  /** What the caller may do with it now (the web app shows the matching buttons). */
  allowed: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    publish: z.boolean(),
    return: z.boolean(),
    close: z.boolean(),
    viewTimeline: z.boolean(),
  }),
}).meta({ id: 'Opportunity' });
export type TOpportunity = z.infer<typeof ZOpportunity>;

const ZFacetValues = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const ZOpportunityFacets = z
  .object({
    kind: ZFacetValues,
    province: ZFacetValues,
    country: ZFacetValues,
    stage: ZFacetValues,
    investmentType: ZFacetValues,
    commodity: ZFacetValues,
    /** ISIC sections (letters A–U). */
    isicSection: ZFacetValues,
  })
  .meta({ id: 'OpportunityFacets' });

export const ZOpportunitySearchResult = ZListOf(ZOpportunitySummary)
  .extend({
    total: z.number().int().meta({
      description:
        'How many opportunities match; when `isCapped`, more than this many (counting stopped there).',
    }),
    isCapped: z.boolean().meta({
      description:
        'True when more results matched than the server counts per search (500): `total` is then that cap ("more than 500"), the facet counts cover only the first 500 results read (in no particular order), and the relevance order ranks only those. The whole bank and a search without text by one facet value are always counted exactly.',
    }),
    facets: ZOpportunityFacets,
    correctedQuery: z.string().nullable().meta({
      description:
        'When the text as typed found nothing: the normalised text with misspelt words replaced by known ones, which the results are for.',
    }),
  })
  .meta({ id: 'OpportunitySearchResult' });

export const OPPORTUNITY_SORTS = ['relevance', 'newest', 'investment-desc', 'investment-asc'] as const;

/** A query parameter given repeated (`?kind=a&kind=b`) or comma-separated (`?kind=a,b`). */
const splitList = (value: unknown) => {
  const parts = typeof value === 'string' ? value.split(',') : value;
  return Array.isArray(parts) ? parts.map((s) => String(s).trim()).filter(Boolean) : parts;
};
const ZCsv = <T extends z.ZodType<string>>(item: T) => z.preprocess(splitList, z.array(item).max(30));

/** Filters of the public search; repeated or comma-separated values mean "any of". */
export const ZOpportunityFilters = z.object({
  q: z.string().trim().max(200).optional(),
  kind: ZCsv(z.enum(OPPORTUNITY_KINDS)).optional(),
  province: ZCsv(ZProvinceCode).optional(),
  country: ZCsv(ZCountryCode).optional(),
  isic: ZCsv(ZCode).optional(),
  commodity: ZCsv(ZCode).optional(),
  investmentType: ZCsv(z.enum(INVESTMENT_TYPES)).optional(),
  stage: ZCsv(z.enum(OPPORTUNITY_STAGES)).optional(),
  /** Bounds of the required investment, in `currency` (default USD); Persian/Arabic digits accepted. */
  minInvestment: z.string().trim().max(40).optional(),
  maxInvestment: z.string().trim().max(40).optional(),
  currency: ZCurrencyCode.optional(),
});
export type TOpportunityFilters = z.infer<typeof ZOpportunityFilters>;

export const ZOpportunitySearchQuery = ZCursorQuery.extend(ZOpportunityFilters.shape).extend({
  sort: z.enum(OPPORTUNITY_SORTS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TOpportunitySearchQuery = z.infer<typeof ZOpportunitySearchQuery>;

export const ZExportQuery = ZOpportunityFilters.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  sort: z.enum(OPPORTUNITY_SORTS).optional(),
});

/** Owners' and officers' working list: any status they may see. */
export const ZManageQuery = ZCursorQuery.extend({
  organizationId: z.uuid().optional(),
  status: ZCsv(z.enum(OPPORTUNITY_STATUSES)).optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TManageQuery = z.infer<typeof ZManageQuery>;

export const ZOpportunityEvent = z
  .object({
    id: z.uuid(),
    at: z.date(),
    action: z.string(),
    fromStatus: z.string().nullable(),
    toStatus: z.string().nullable(),
    comment: z.string().nullable(),
    actor: z.object({ kind: z.string(), name: z.string().nullable() }),
  })
  .meta({ id: 'OpportunityEvent' });

export const ZProvinceStats = z
  .object({
    province: z.string(),
    country: z.string(),
    count: z.number().int(),
    byKind: ZFacetValues,
    byIsicSection: ZFacetValues,
    byStage: ZFacetValues,
    /** Sum of the required investment in USD (opportunities with a rate) and per original currency. */
    totalUsd: z.string(),
    totalsByCurrency: z.array(
      z.object({ currency: z.string(), amount: z.string(), count: z.number().int() }),
    ),
    withoutAmount: z.number().int(),
  })
  .meta({ id: 'ProvinceStats' });

export const ZProvinceCounts = z.object({
  items: z.array(z.object({ province: z.string(), count: z.number().int(), totalUsd: z.string() })),
});

export const ZMapPoints = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      latitude: z.number(),
      longitude: z.number(),
      kind: z.enum(OPPORTUNITY_KINDS),
      title: ZLocalizedTextOut,
    }),
  ),
  /** True when there were more points than returned (the map shows a note). */
  truncated: z.boolean(),
});

export const ZIdParams = z.strictObject({ id: z.uuid() });
export const ZProvinceParams = z.strictObject({ code: ZProvinceCode });

// ---- Import -------------------------------------------------------------------------------

export const IMPORT_STATUSES = [
  'queued',
  'validating',
  'validated',
  'applying',
  'applied',
  'failed',
] as const;
export const IMPORT_MODES = ['all-or-nothing', 'valid-only'] as const;

export const ZImportProblem = z
  .object({
    row: z.number().int().nullable(),
    column: z.string().nullable(),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: 'ImportProblem' });

export const ZImportJob = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    status: z.enum(IMPORT_STATUSES),
    fileName: z.string(),
    fileFormat: z.enum(['csv', 'xlsx']),
    fileSize: z.number().int(),
    encoding: z.string().nullable(),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    validRows: z.number().int(),
    rejectedRows: z.number().int(),
    /** Valid rows whose external id is new to the organisation, and those that will update one. */
    newRows: z.number().int(),
    existingRows: z.number().int(),
    mode: z.enum(IMPORT_MODES).nullable(),
    publish: z.boolean(),
    imported: z.number().int(),
    updated: z.number().int(),
    /** Why the file as a whole was refused (the rows were not read). */
    fileProblem: ZImportProblem.nullable(),
    createdAt: z.date(),
    finishedAt: z.date().nullable(),
  })
  .meta({ id: 'ImportJob' });
export type TImportJob = z.infer<typeof ZImportJob>;

export const ZApplyImportRequest = z
  .strictObject({ mode: z.enum(IMPORT_MODES), publish: z.boolean().default(false) })
  .meta({ id: 'ApplyImportRequest' });

export const ZImportProblemsQuery = ZCursorQuery.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ZImportTemplateQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  locale: z.enum(LOCALES).optional(),
});
