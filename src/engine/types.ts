/** Types of the regulation text engine (制度汇编): one import for all of them. */
export type * from './structure-types.ts';
export type * from './citation-types.ts';
