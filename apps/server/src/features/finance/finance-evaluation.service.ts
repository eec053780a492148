import type { Locale } from '@karvan/domain';
import {
  analyzeSensitivity,
  compileModel,
  evaluateCompiled,
  evaluateScenarios,
  listRelevantDrivers,
  MODEL_TEMPLATES,
  type ModelResult,
  runMonteCarlo,
  setAtPath,
  type TFinancialModel,
  validateModel,
} from '@karvan/domain/finance';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { fieldError } from '../../platform/validation-messages.ts';
import { MODEL_TEMPLATE_IDS, type TEvaluateRequest } from './finance.schemas.ts';
import { localiseModelIssues } from './model-issue-messages.ts';

/** Fewer errors than this are enough to fix a document; more would only make the answer large. */
const MAX_REPORTED_ISSUES = 200;

const TEMPLATE_NAMES: Record<(typeof MODEL_TEMPLATE_IDS)[number], Record<Locale, string>> = {
  'copper-mine': {
    en: 'Open-pit copper mine with concentrator',
    fa: 'معدن روباز مس با کارخانهٔ تغلیظ',
    ar: 'منجم نحاس مكشوف مع مصنع تركيز',
    zh: '露天铜矿及选矿厂',
  },
  'brine-salt-magnesium': {
    en: 'Salt and magnesium from brine',
    fa: 'نمک و منیزیم از شورابه',
    ar: 'الملح والمغنيسيوم من المحلول الملحي',
    zh: '卤水制盐及镁',
  },
  'manufacturing-plant': {
    en: 'Pipe plant in an industrial park',
    fa: 'کارخانهٔ لوله در شهرک صنعتی',
    ar: 'مصنع أنابيب في مدينة صناعية',
    zh: '工业园区管材厂',
  },
  'wastewater-bot': {
    en: 'Wastewater treatment plant (BOT)',
    fa: 'تصفیه‌خانهٔ فاضلاب (ساخت، بهره‌برداری، واگذاری)',
    ar: 'محطة معالجة مياه الصرف (بناء-تشغيل-نقل)',
    zh: '污水处理厂（BOT）',
  },
};

/** The starting points offered when creating a model, each validated (defaults filled in). */
export function listTemplates() {
  return {
    items: MODEL_TEMPLATE_IDS.map((id) => ({
      id,
      names: TEMPLATE_NAMES[id],
      document: checkDocument(MODEL_TEMPLATES[id], 'en'),
    })),
  };
}

function refuse(errors: FieldError[]): never {
  throw new AppError('finance.model_invalid', { errors: errors.slice(0, MAX_REPORTED_ISSUES) });
}

/** The document validated with defaults filled in, or 422 `finance.model_invalid` with localised errors. */
export function checkDocument(input: unknown, locale: Locale, pathPrefix = ''): TFinancialModel {
  const validation = validateModel(input);
  if (validation.ok) return validation.model;
  const errors = localiseModelIssues(validation.issues, locale, input);
  refuse(pathPrefix ? errors.map((e) => ({ ...e, path: `${pathPrefix}${e.path}` })) : errors);
}

function hasOnlyFiniteNumbers(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(hasOnlyFiniteNumbers);
  if (value && typeof value === 'object') return Object.values(value).every(hasOnlyFiniteNumbers);
  return true;
}

/**
 * Refuses results that JSON cannot carry: amounts so large that the arithmetic overflows give
 * Infinity or NaN, which would otherwise reach the client as null in a number's place.
 */
function assertFinite<T>(result: T): T {
  if (!hasOnlyFiniteNumbers(result)) throw new AppError('finance.evaluation_failed');
  return result;
}

/** Base-case results of a validated model. */
export function evaluateDocument(model: TFinancialModel): ModelResult {
  return assertFinite(evaluateCompiled(compileModel(model)));
}

/**
 * Work allowed per request for Monte Carlo and the tornado, in runs × (year × row) cells: about 3 s
 * at the engine's slowest measured 75 ns a cell. Every template fits 20,000 runs (the copper mine,
 * the largest, is 1,419 cells); a document padded with thousands of lines over 100 years gets fewer.
 */
const MAX_ANALYSIS_WORK = 40_000_000;

/**
 * Driver names and the work budget are checked before anything runs: a 400 on the field rather
 * than an engine error, or a request that holds the server for a minute.
 */
function checkAnalyses(model: TFinancialModel, request: TEvaluateRequest, locale: Locale) {
  const compiled = compileModel(model);
  const known = new Set<string>(compiled.driverKeys);
  const errors: FieldError[] = [];
  const cells =
    compiled.years * (compiled.lines.length + compiled.quantities.length + compiled.loans.length + 30);
  const maxRuns = Math.max(1, Math.floor(MAX_ANALYSIS_WORK / cells));
  if (request.monteCarlo && request.monteCarlo.runs > maxRuns)
    errors.push(fieldError('monteCarlo.runs', 'too_big', locale, { maximum: maxRuns }));
  // The tornado runs each driver twice, and every product adds a price driver: bounded the same way.
  if (request.sensitivity && 2 * listRelevantDrivers(compiled).length > maxRuns)
    errors.push(fieldError('sensitivity', 'invalid_value', locale));
  request.scenarios?.forEach((scenario, i) => {
    for (const driver of Object.keys(scenario.drivers)) {
      if (!known.has(driver))
        errors.push(fieldError(`scenarios.${i}.drivers.${driver}`, 'invalid_value', locale));
    }
  });
  request.monteCarlo?.variables.forEach((variable, i) => {
    if (!known.has(variable.driver))
      errors.push(fieldError(`monteCarlo.variables.${i}.driver`, 'invalid_value', locale));
  });
  if (errors.length) throw new AppError('validation.failed', { errors });
}

/** Each scenario's changes must leave a valid document; its problems are reported under `scenarios.N.`. */
function checkScenarioDocuments(model: TFinancialModel, request: TEvaluateRequest, locale: Locale) {
  request.scenarios?.forEach((scenario, i) => {
    let changed: unknown = model;
    for (const [path, value] of Object.entries(scenario.set)) {
      try {
        changed = setAtPath(changed, path, value);
      } catch {
        throw new AppError('validation.failed', {
          errors: [fieldError(`scenarios.${i}.set.${path}`, 'invalid_value', locale)],
        });
      }
    }
    checkDocument(changed, locale, `scenarios.${i}.`);
  });
}

/**
 * Evaluates a document without storing anything: the base case, and on request the tornado
 * (±20 % per driver), named scenarios and a Monte Carlo simulation (at most 20,000 runs, fewer
 * for very large documents).
 */
export function evaluate(request: TEvaluateRequest, locale: Locale) {
  const model = checkDocument(request.document, locale);
  checkAnalyses(model, request, locale);
  checkScenarioDocuments(model, request, locale);
  return assertFinite({
    result: evaluateDocument(model),
    ...(request.sensitivity ? { sensitivity: analyzeSensitivity(model) } : {}),
    ...(request.scenarios?.length ? { scenarios: evaluateScenarios(model, request.scenarios) } : {}),
    ...(request.monteCarlo ? { monteCarlo: runMonteCarlo(model, request.monteCarlo) } : {}),
  });
}
