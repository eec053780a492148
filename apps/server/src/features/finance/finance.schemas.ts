import { LOCALES } from '@karvan/domain';
import type { RowName } from '@karvan/domain/finance';
import {
  YEAR_ROW_NAMES,
  ZDistribution,
  ZFinancialModel,
  ZMonteCarloOptions,
  ZScenario,
} from '@karvan/domain/finance';
import { z } from 'zod';
import { refuseUnsafeCharacters, unsafe, ZLocalizedTextOut } from '../../platform/schemas.ts';

export const MODEL_VISIBILITIES = ['owners', 'investors'] as const;
export const MODEL_TEMPLATE_IDS = [
  'copper-mine',
  'brine-salt-magnesium',
  'manufacturing-plant',
  'wastewater-bot',
] as const;
/** Above this, a Monte Carlo run would hold the request for seconds. */
export const MAX_MONTE_CARLO_RUNS = 20_000;

/** The model document as stored and returned (defaults filled in); its input form is `FinancialModelDocumentInput`. */
export const ZModelDocument = ZFinancialModel.meta({
  id: 'FinancialModelDocument',
  description:
    'A financial model (see @karvan/domain/finance). Rates and shares are fractions (0.12 = 12 %); money in base-year prices.',
});
export type TModelDocument = z.output<typeof ZModelDocument>;

/**
 * A document in a request. The edge only checks that it is a JSON object: the service validates it
 * with `validateModel`, so problems come back as 422 `finance.model_invalid` with coded, localised
 * messages per field rather than the generic 400. OpenAPI still shows the document's schema.
 */
const ZDocumentIn = z.looseObject({}).meta({
  description:
    'A FinancialModelDocumentInput. Checked by the server: an invalid one is answered 422 `finance.model_invalid` with `errors[]`.',
  allOf: [{ $ref: '#/components/schemas/FinancialModelDocumentInput' }],
});

const ZModelName = z.string().trim().min(1).max(200).refine(refuseUnsafeCharacters, unsafe);
const ZNote = z.string().trim().max(2000).refine(refuseUnsafeCharacters, unsafe);
const ZVisibility = z.enum(MODEL_VISIBILITIES);

export const ZOpportunityIdParams = z.object({ id: z.uuid() });
export const ZModelIdParams = z.object({ modelId: z.uuid() });
export const ZVersionParams = z.object({
  modelId: z.uuid(),
  version: z.coerce.number().int().min(1).max(1_000_000),
});
export const ZCompareQuery = z.object({
  from: z.coerce.number().int().min(1).max(1_000_000),
  to: z.coerce.number().int().min(1).max(1_000_000),
});
export const ZExportQuery = z.object({
  format: z.enum(['xlsx', 'pdf']),
  lang: z.enum(LOCALES).optional(),
});

export const ZCreateModelRequest = z
  .strictObject({ name: ZModelName, visibility: ZVisibility, document: ZDocumentIn, note: ZNote.optional() })
  .meta({ id: 'CreateFinancialModelRequest' });
export type TCreateModelRequest = z.infer<typeof ZCreateModelRequest>;

export const ZUpdateModelRequest = z
  .strictObject({ name: ZModelName.optional(), visibility: ZVisibility.optional() })
  .meta({ id: 'UpdateFinancialModelRequest' });
export type TUpdateModelRequest = z.infer<typeof ZUpdateModelRequest>;

export const ZSaveVersionRequest = z
  .strictObject({
    baseVersion: z.number().int().min(1),
    document: ZDocumentIn,
    note: ZNote.optional(),
  })
  .meta({ id: 'SaveFinancialModelVersionRequest' });
export type TSaveVersionRequest = z.infer<typeof ZSaveVersionRequest>;

/**
 * A scenario path is dotted field names and indices only: `setAtPath` walks plain objects, and a
 * segment like `__proto__` would otherwise reach Object.prototype.
 */
const ZScenarioPath = z
  .string()
  .max(200)
  .regex(/^[A-Za-z][A-Za-z0-9]*(\.([A-Za-z][A-Za-z0-9]*|\d{1,4}))*$/);
const ZScenarioIn = ZScenario.extend({
  drivers: z.record(z.string().max(240), z.number().min(0).max(100)).default({}),
  set: z.record(ZScenarioPath, z.unknown()).default({}),
});
const ZMonteCarloIn = ZMonteCarloOptions.extend({
  runs: z.number().int().min(1).max(MAX_MONTE_CARLO_RUNS).default(10_000),
  variables: z
    .array(z.strictObject({ driver: z.string().min(1).max(240), distribution: ZDistribution }))
    .min(1)
    .max(50),
});

export const ZEvaluateRequest = z
  .strictObject({
    document: ZDocumentIn,
    sensitivity: z.boolean().optional(),
    scenarios: z.array(ZScenarioIn).max(20).optional(),
    monteCarlo: ZMonteCarloIn.optional(),
  })
  .meta({ id: 'EvaluateFinancialModelRequest' });
export type TEvaluateRequest = z.infer<typeof ZEvaluateRequest>;

// ---- results ----

const ZRowFields = Object.fromEntries(YEAR_ROW_NAMES.map((name) => [name, z.number()])) as Record<
  RowName,
  z.ZodNumber
>;
const ZIrrKind = z.enum(['unique', 'none', 'multiple']);
const ZYearRow = z.object({
  index: z.number().int(),
  calendarYear: z.number().int(),
  phase: z.enum(['construction', 'operation']),
  production: z.record(z.string(), z.number()),
  cumulativeProjectCashFlow: z.number(),
  discountedProjectCashFlow: z.number(),
  dscr: z.number().nullable(),
  mining: z
    .object({ oreMined: z.number(), wasteMined: z.number(), concentrate: z.number().nullable() })
    .optional(),
  ...ZRowFields,
});

export const ZModelResult = z
  .object({
    currency: z.string(),
    years: z.array(ZYearRow),
    npv: z.number(),
    npvCurve: z.array(z.object({ rate: z.number(), npv: z.number() })),
    projectIrr: z.number().nullable(),
    equityIrr: z.number().nullable(),
    irrKind: z.object({ project: ZIrrKind, equity: ZIrrKind }),
    mirr: z.number().nullable(),
    payback: z.number().nullable(),
    discountedPayback: z.number().nullable(),
    breakEven: z
      .object({
        calendarYear: z.number().int(),
        units: z.number(),
        unitsByProduct: z.record(z.string(), z.number()),
        shareOfCapacity: z.number(),
      })
      .nullable(),
    dscr: z.object({
      byYear: z.array(z.number().nullable()),
      min: z.number().nullable(),
      average: z.number().nullable(),
    }),
    operatingYears: z.number().int(),
  })
  .meta({ id: 'ModelResult' });

const ZSensitivityPoint = z.object({ factor: z.number(), npv: z.number(), irr: z.number().nullable() });
const ZSensitivityResult = z
  .object({
    base: z.object({ npv: z.number(), irr: z.number().nullable() }),
    bars: z.array(
      z.object({
        driver: z.string(),
        low: ZSensitivityPoint,
        high: ZSensitivityPoint,
        npvSwing: z.number(),
      }),
    ),
  })
  .meta({ id: 'SensitivityResult' });
const ZScenarioResult = z
  .object({
    name: z.string(),
    npv: z.number(),
    projectIrr: z.number().nullable(),
    equityIrr: z.number().nullable(),
    result: ZModelResult,
  })
  .meta({ id: 'ScenarioResult' });
const ZPercentiles = z.object({
  mean: z.number(),
  min: z.number(),
  max: z.number(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
});
const ZMonteCarloResult = z
  .object({
    runs: z.number().int(),
    seed: z.number().int(),
    npv: ZPercentiles,
    irr: ZPercentiles.nullable(),
    noIrrShare: z.number(),
    probabilityNpvNegative: z.number(),
    histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.number().int()) }),
  })
  .meta({ id: 'MonteCarloResult' });

export const ZEvaluateResponse = z
  .object({
    result: ZModelResult,
    sensitivity: ZSensitivityResult.optional(),
    scenarios: z.array(ZScenarioResult).optional(),
    monteCarlo: ZMonteCarloResult.optional(),
  })
  .meta({ id: 'EvaluateFinancialModelResponse' });

export const ZModelTemplates = z
  .object({
    items: z.array(
      z.object({
        id: z.enum(MODEL_TEMPLATE_IDS),
        names: z.object({ fa: z.string(), ar: z.string(), zh: z.string(), en: z.string() }),
        document: ZModelDocument,
      }),
    ),
  })
  .meta({ id: 'FinancialModelTemplates' });

// ---- stored models ----

const ZPerson = z.object({ name: z.string().nullable() });

export const ZModelSummary = z
  .object({
    id: z.uuid(),
    opportunityId: z.uuid(),
    name: z.string(),
    visibility: ZVisibility,
    latestVersion: z.number().int(),
    updatedAt: z.date(),
    updatedBy: ZPerson,
    allowed: z.object({ edit: z.boolean(), delete: z.boolean() }),
  })
  .meta({ id: 'FinancialModelSummary' });
export type TModelSummary = z.output<typeof ZModelSummary>;

export const ZModelVersion = z
  .object({
    version: z.number().int(),
    document: ZModelDocument,
    note: z.string().nullable(),
    createdAt: z.date(),
    createdBy: ZPerson,
    result: ZModelResult,
  })
  .meta({ id: 'FinancialModelVersion' });
export type TModelVersion = z.output<typeof ZModelVersion>;

export const ZModel = ZModelSummary.extend({
  opportunityTitle: ZLocalizedTextOut,
  latest: ZModelVersion,
  versions: z.array(
    z.object({
      version: z.number().int(),
      note: z.string().nullable(),
      createdAt: z.date(),
      createdBy: ZPerson,
    }),
  ),
}).meta({ id: 'FinancialModel' });
export type TModel = z.output<typeof ZModel>;

export const ZModelList = z.object({ items: z.array(ZModelSummary) });

export const ZCompareResponse = z
  .object({
    from: ZModelVersion,
    to: ZModelVersion,
    changes: z.array(z.object({ path: z.string(), from: z.unknown(), to: z.unknown() })),
  })
  .meta({ id: 'FinancialModelComparison' });
