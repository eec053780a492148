export * from './access.ts';
export * from './index-numbers.ts';
export * from './live-tree.ts';
