export * from './catalogue.ts';
export * from './finding.ts';
export * from './run.ts';
export { todayInChina } from './context.ts';
