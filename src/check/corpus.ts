import { engineInputsOf, type ContentTree } from '../handbook/index.ts';
import {
  buildCorpus,
  docNumberKey,
  linkTargetId,
  parseRegulation,
  titleKey,
  type Corpus,
  type RegulationInput,
} from '../engine/index.ts';

/**
 * The engine's corpus over every edition of the tree (citations resolve within an edition).
 *
 * With `only` (named files), just those files and what their citations need: the regulations they
 * cite (by title, 文号 or link) and those regulations' previous-edition text (for the impact rule).
 * The result for the named files is the same as with the whole corpus, at a fraction of the parsing.
 */
export function buildCheckCorpus(tree: ContentTree, only?: ReadonlySet<string>): Corpus {
  const { inputs, externals } = engineInputsOf(tree);
  if (!only) return buildCorpus(inputs, externals);
  const named = inputs.filter((input) => only.has(input.filePath));
  const wanted = new Set<string>(named.map((input) => `${input.edition} id ${input.id}`));
  for (const input of named) {
    for (const citation of parseRegulation(input).citations) {
      if (citation.title) wanted.add(`${input.edition} title ${titleKey(citation.title)}`);
      if (citation.docNumber) wanted.add(`${input.edition} doc ${docNumberKey(citation.docNumber)}`);
      const target = citation.href ? linkTargetId(citation.href, input.id) : undefined;
      if (target) wanted.add(`${input.edition} id ${target.id}`);
    }
  }
  const matches = (input: RegulationInput) =>
    wanted.has(`${input.edition} id ${input.id}`) ||
    [input.title, input.shortTitle, ...(input.aliases ?? [])].some(
      (name) => name && wanted.has(`${input.edition} title ${titleKey(name)}`),
    ) ||
    [input.docNumber, ...(input.historyDocNumbers ?? [])].some(
      (doc) => doc && wanted.has(`${input.edition} doc ${docNumberKey(doc)}`),
    );
  const selected = new Set(inputs.filter(matches));
  // Earlier text of every selected regulation, to tell changed articles from unchanged ones.
  const ids = new Set([...selected].map((input) => input.id));
  for (const input of inputs) if (ids.has(input.id)) selected.add(input);
  // The others stay in by name only (empty text, nothing to parse), so an unknown title still gets
  // the nearest suggestion and is told apart from an external document exactly as in a full run.
  return buildCorpus(
    inputs.map((input) => (selected.has(input) ? input : { ...input, source: '' })),
    externals,
  );
}
