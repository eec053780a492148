// Public surface of @karvan/domain/finance: spreadsheet-compatible functions, the project model
// (schema, validation, evaluation), the mining layer, uncertainty analysis and templates.
export { analyzeIrr, countSignChanges, type IrrAnalysis } from './analyze-irr.ts';
export { fv, ipmt, nper, pmt, ppmt, pv } from './annuity.ts';
export { gradeToFraction, type MiningQuantities, UNITS_PER_TONNE } from './compile-mining.ts';
export { type CompiledModel, compileModel } from './compile-model.ts';
export { db, ddb, sln, syd, vdb } from './depreciation.ts';
export { BASE_DRIVERS, type DriverKey } from './drivers.ts';
export {
  createBaseDrivers,
  evaluateCompiled,
  evaluateModel,
  type ModelResult,
  type YearRow,
} from './evaluate-model.ts';
export { FinanceError, type FinanceErrorCode } from './finance-error.ts';
export { irr, irrOfFlows } from './irr.ts';
export { computeMineSchedule } from './mine-schedule.ts';
export { mirr } from './mirr.ts';
export {
  type ModelIssueCode,
  resolveOperatingYears,
  type TFinancialModel,
  type TFinancialModelInput,
  ZCapexItem,
  ZCommodity,
  ZCurrencyRate,
  ZFinancialModel,
  ZFinancing,
  ZFixedCost,
  ZLoan,
  ZMining,
  ZProduct,
  ZRoyalty,
  ZTax,
  ZVariableCost,
  ZWorkingCapital,
} from './model-schema.ts';
export {
  type MonteCarloResult,
  type Percentiles,
  runMonteCarlo,
  sampleDistribution,
  simulateCompiled,
  type TMonteCarloOptionsInput,
  ZDistribution,
  ZMonteCarloOptions,
} from './monte-carlo.ts';
export { npv, presentValueOfFlows, xnpv } from './npv.ts';
export { computeDiscountedPayback, computePayback } from './payback.ts';
export { createRandom, type RandomSource } from './random.ts';
export { rate } from './rate.ts';
export { createWorkspace, type RowName, runModel, type Workspace, YEAR_ROW_NAMES } from './run-model.ts';
export {
  evaluateScenarios,
  type ScenarioResult,
  setAtPath,
  type TScenarioInput,
  ZScenario,
} from './scenarios.ts';
export {
  analyzeSensitivity,
  type SensitivityBar,
  type SensitivityPoint,
  type SensitivityResult,
} from './sensitivity.ts';
export {
  BRINE_SALT_MAGNESIUM_TEMPLATE,
  COPPER_MINE_TEMPLATE,
  MANUFACTURING_PLANT_TEMPLATE,
  MODEL_TEMPLATES,
  WASTEWATER_BOT_TEMPLATE,
} from './templates/index.ts';
export { listRelevantDrivers, runNpvIrr } from './uncertainty-common.ts';
export { type ModelIssue, type ModelValidation, validateModel } from './validate-model.ts';
export { WORKED_EXAMPLE_MODEL } from './worked-example.ts';
export { xirr } from './xirr.ts';
