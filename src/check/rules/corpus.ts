import type { ContentTree, RegulationFile } from '../../handbook/index.ts';
import {
  buildCorpus,
  docNumberKey,
  linkTargetId,
  parseRegulation,
  titleKey,
  type Corpus,
  type RegulationInput,
  type RegulationStatus,
} from '../../engine/index.ts';
import { REGULATION_STATUSES } from '../../schema/index.ts';
import { valueAt } from '../zod-issues.ts';

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/**
 * What the engine needs of a file. Uses the validated data when there is some, else whatever the
 * raw YAML says (so a typo in one field does not make every citation of that regulation "unknown").
 */
export function toEngineInput(file: RegulationFile): RegulationInput | undefined {
  if (file.readError || !file.yaml || file.yaml.errors.length > 0) return undefined;
  const raw = file.yaml.value;
  // Without a title (reported as ZD102) the body is still checked, under the file's id.
  const title = file.data?.title ?? str(valueAt(raw, ['title'])) ?? file.id;
  const rawStatus = valueAt(raw, ['status']);
  const status: RegulationStatus =
    file.data?.status ??
    ((REGULATION_STATUSES as readonly unknown[]).includes(rawStatus) ? (rawStatus as RegulationStatus) : 'reaffirmed');
  const rawAliases = valueAt(raw, ['aliases']);
  const aliases = Array.isArray(rawAliases) ? rawAliases.flatMap((alias) => str(alias) ?? []) : undefined;
  const rawHistory = valueAt(raw, ['history']);
  const historyDocNumbers = Array.isArray(rawHistory)
    ? rawHistory.flatMap((entry) => str(valueAt(entry, ['docNumber'])) ?? [])
    : [];
  return {
    id: file.id,
    filePath: file.filePath,
    edition: file.edition,
    title,
    shortTitle: file.data?.shortTitle ?? str(valueAt(raw, ['shortTitle'])),
    aliases: file.data?.aliases ?? aliases,
    status,
    docNumber: file.data?.docNumber ?? str(valueAt(raw, ['docNumber'])),
    historyDocNumbers,
    replacedBy: file.data?.replacedBy ?? str(valueAt(raw, ['replacedBy'])),
    source: file.source,
  };
}

/**
 * The engine's corpus over every edition of the tree (citations resolve within an edition).
 *
 * With `only` (named files), just those files and what their citations need: the regulations they
 * cite (by title, 文号 or link) and those regulations' previous-edition text (for the impact rule).
 * The result for the named files is the same as with the whole corpus, at a fraction of the parsing.
 */
export function buildCheckCorpus(tree: ContentTree, only?: ReadonlySet<string>): Corpus {
  const inputs = tree.editions.flatMap((edition) =>
    edition.regulations.flatMap((file) => (file.depth >= 1 ? (toEngineInput(file) ?? []) : [])),
  );
  const externals = tree.externals.value ?? [];
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
