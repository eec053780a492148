/**
 * `@karvan/domain`: pure, deterministic engines with no I/O. This entry point gathers the
 * locale, number, text, money and calendar modules; each of text, money and calendar also
 * has its own entry point (`@karvan/domain/text`, `/money`, `/calendar`). The finance engine
 * is deliberately not re-exported here: import it from `@karvan/domain/finance`.
 */
export * from './calendar/index.ts';
export * from './i18n/index.ts';
export * from './money/index.ts';
export * from './number/index.ts';
export * from './text/index.ts';
