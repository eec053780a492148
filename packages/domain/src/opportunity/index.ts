/** `@karvan/domain/opportunity`: the opportunity bank's vocabularies and its import rules. */
export * from './codes.ts';
