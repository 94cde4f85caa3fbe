import { buildCorpus, type Corpus } from '../engine/index.ts';
import { toEngineInput } from './engine-input.ts';
import type { EditionModel, HandbookModel } from './model.ts';

/** The engine's corpus over every edition of the handbook (citations resolve within an edition). */
export function buildHandbookCorpus(model: HandbookModel): Corpus {
  const editions: EditionModel[] = [model.current, ...model.archived];
  const inputs = editions.flatMap((edition) =>
    edition.regulations.flatMap((regulation) => toEngineInput(regulation, 'strict') ?? []),
  );
  return buildCorpus(inputs, model.externals);
}
