export * from './date.ts';
export * from './labels.ts';
export * from './regulation.ts';
export * from './handbook.ts';
export * from './department.ts';
export * from './chapter.ts';
export * from './external.ts';
