/**
 * @karvan/domain: pure, deterministic engines shared by the server and the web app.
 * Finance has its own entry point (`@karvan/domain/finance`).
 */
export * from './i18n/index.ts';
export * from './number/index.ts';
export * from './text/index.ts';
