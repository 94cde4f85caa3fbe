import type { ContentTree, RegulationFile } from '../../handbook/index.ts';
import { buildCorpus, type Corpus, type RegulationInput, type RegulationStatus } from '../../engine/index.ts';
import { REGULATION_STATUSES } from '../../schema/index.ts';
import { valueAt } from '../zod-issues.ts';

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * What the engine needs of a file. Uses the validated data when there is some, else whatever the
 * raw YAML says (so a typo in one field does not make every citation of that regulation "unknown").
 */
export function toEngineInput(file: RegulationFile): RegulationInput | undefined {
  if (file.readError || !file.yaml || file.yaml.errors.length > 0) return undefined;
  const raw = file.yaml.value;
  const title = file.data?.title ?? str(valueAt(raw, ['title']));
  if (!title) return undefined;
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

/** The engine's corpus over every edition of the tree (citations resolve within an edition). */
export function buildCheckCorpus(tree: ContentTree): Corpus {
  const inputs = tree.editions.flatMap((edition) =>
    edition.regulations.flatMap((file) => (file.depth >= 1 ? (toEngineInput(file) ?? []) : [])),
  );
  return buildCorpus(inputs, tree.externals.value ?? []);
}
