import { engineInputsOf, type ContentTree } from '../handbook/index.ts';
import {
  amendedName,
  buildCorpus,
  docNumberKey,
  nameKeys,
  linkTargetId,
  parseRegulation,
  titleKey,
  type Citation,
  type Corpus,
  type RegulationInput,
} from '../engine/index.ts';

/**
 * Every name under which a citation may find its document: the 《》 title, each tail of a name
 * written without 《》 (依照公务员法 → 公务员法), the document an amendment amends.
 */
function citedNames(citation: Citation, citingTitle: string): string[] {
  const names: string[] = [];
  if (citation.title) names.push(citation.title);
  const run = citation.name ?? '';
  for (let i = 0; i < run.length - 1; i++) names.push(run.slice(i));
  const amended = amendedName(citingTitle);
  if (amended) names.push(amended);
  return names;
}

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
      for (const name of citedNames(citation, input.title))
        for (const key of nameKeys(name)) wanted.add(`${input.edition} title ${key}`);
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
