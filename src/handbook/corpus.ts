import { buildCorpus, type Corpus, type RegulationInput } from '../engine/index.ts';
import type { EditionModel, HandbookModel, Regulation } from './model.ts';

/** What the engine needs of a regulation: names, status and the whole file text. */
export function toRegulationInput(regulation: Regulation): RegulationInput {
  const { data } = regulation;
  return {
    id: regulation.id,
    filePath: regulation.filePath,
    edition: regulation.edition,
    title: data.title,
    shortTitle: data.shortTitle,
    aliases: data.aliases,
    status: data.status,
    docNumber: data.docNumber,
    historyDocNumbers: data.history.flatMap((entry) => (entry.docNumber ? [entry.docNumber] : [])),
    replacedBy: data.replacedBy,
    source: regulation.source,
  };
}

/** The engine's corpus over every edition of the handbook (citations resolve within an edition). */
export function buildHandbookCorpus(model: HandbookModel): Corpus {
  const editions: EditionModel[] = [model.current, ...model.archived];
  const inputs = editions.flatMap((edition) => edition.regulations.map(toRegulationInput));
  return buildCorpus(inputs, model.externals);
}
