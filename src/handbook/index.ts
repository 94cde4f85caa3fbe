export * from './caption.ts';
export * from './chinese-date.ts';
export * from './content-tree.ts';
export * from './grouping.ts';
export * from './model.ts';
export type { RegulationFile } from './regulation-file.ts';
export type { DataFile } from './data-file.ts';
export type { SourcePosition, YamlSource } from './yaml-source.ts';
export * from './corpus.ts';
