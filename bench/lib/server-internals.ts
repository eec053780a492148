// The server's internals the benchmarks reuse (search-text computation, reference data, the XLSX
// fixture writer, …), re-exported in one place.
//
// They are imported through the workspace link (node_modules/@karvan/server → apps/server), not
// as ../apps/server/…: bench/ is a composite TypeScript project, which may only compile files it
// lists, and a file reached through node_modules counts as the server package's own (exactly like
// `@karvan/server` itself), so the server's sources are not pulled into this project.

export { rowsOf } from '@karvan/db';
export {
  columnName,
  escapeXml,
  MAIN_NS,
  workbookEntries,
  writeZip,
} from '../../node_modules/@karvan/server/src/features/opportunities/import-files/xlsx-fixture.ts';
export { searchTextOf } from '../../node_modules/@karvan/server/src/features/opportunities/opportunity-values.ts';
export { ensureReferenceData } from '../../node_modules/@karvan/server/src/features/reference/reference.service.ts';
export {
  isicPathsOf,
  type ReferenceLookups,
  referenceLookups,
} from '../../node_modules/@karvan/server/src/features/reference/reference-lookups.ts';
export type { AppDeps } from '../../node_modules/@karvan/server/src/platform/context.ts';
export { createMailer } from '../../node_modules/@karvan/server/src/platform/mailer.ts';
