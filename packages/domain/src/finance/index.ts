// Public surface of @karvan/domain/finance. Spreadsheet-compatible functions first, then the project model.
export { analyzeIrr, countSignChanges, type IrrAnalysis } from './analyze-irr.ts';
export { fv, ipmt, nper, pmt, ppmt, pv } from './annuity.ts';
export { db, ddb, sln, syd, vdb } from './depreciation.ts';
export { FinanceError, type FinanceErrorCode } from './finance-error.ts';
export { irr, irrOfFlows } from './irr.ts';
export { mirr } from './mirr.ts';
export { npv, presentValueOfFlows, xnpv } from './npv.ts';
export { rate } from './rate.ts';
export { xirr } from './xirr.ts';
