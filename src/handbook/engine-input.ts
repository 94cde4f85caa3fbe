/**
 * The one adapter from regulation files to engine input. The site, the validator, editions, the
 * bench and the engine tests all turn files into `RegulationInput` here.
 *
 * - `strict`: only schema-valid files (the site renders nothing else).
 * - `lenient`: the validated data when there is some, else whatever the raw YAML says, so a typo
 *   in one field does not make every citation of that regulation "unknown" (the validator), and
 *   minimal engine fixtures (a title and a body) load as they are.
 */
import type { ExternalDoc, RegulationInput, RegulationStatus } from '../engine/index.ts';
import { REGULATION_STATUSES } from '../schema/index.ts';
import type { ContentTree } from './content-tree.ts';
import { regulationFileFromSource, type RegulationFile } from './regulation-file.ts';

export type EngineInputMode = 'strict' | 'lenient';

/** The parts of a regulation file the engine needs (a site `Regulation` has them too). */
export type EngineInputSource = Pick<RegulationFile, 'id' | 'filePath' | 'edition' | 'source' | 'data'> &
  Partial<Pick<RegulationFile, 'yaml' | 'readError'>>;

/** What the engine needs of a file; undefined when the file cannot be read in this mode. */
export function toEngineInput(file: EngineInputSource, mode: EngineInputMode): RegulationInput | undefined {
  if (file.data) return fromValidData(file, file.data);
  if (mode === 'strict' || file.readError || !file.yaml || file.yaml.errors.length > 0) return undefined;
  return fromRawYaml(file, file.yaml.value);
}

function fromValidData(file: EngineInputSource, data: NonNullable<RegulationFile['data']>): RegulationInput {
  return {
    id: file.id,
    filePath: file.filePath,
    edition: file.edition,
    title: data.title,
    shortTitle: data.shortTitle,
    aliases: data.aliases,
    status: data.status,
    docNumber: data.docNumber,
    historyDocNumbers: data.history.flatMap((entry) => (entry.docNumber ? [entry.docNumber] : [])),
    replacedBy: data.replacedBy,
    lastRevised: latest(data.history.map((entry) => entry.date)),
    lastTextChange: latest(data.history.filter((entry) => entry.action === 'revised').map((entry) => entry.date)),
    source: file.source,
  };
}

/** Without a title (reported by the validator as ZD102) the body is still read, under the file's id. */
function fromRawYaml(file: EngineInputSource, raw: unknown): RegulationInput {
  const rawStatus = field(raw, 'status');
  const status: RegulationStatus = (REGULATION_STATUSES as readonly unknown[]).includes(rawStatus)
    ? (rawStatus as RegulationStatus)
    : 'reaffirmed';
  const rawAliases = field(raw, 'aliases');
  const rawHistory = field(raw, 'history');
  return {
    id: file.id,
    filePath: file.filePath,
    edition: file.edition,
    title: text(field(raw, 'title')) ?? file.id,
    shortTitle: text(field(raw, 'shortTitle')),
    aliases: Array.isArray(rawAliases) ? rawAliases.flatMap((alias) => text(alias) ?? []) : undefined,
    status,
    docNumber: text(field(raw, 'docNumber')),
    historyDocNumbers: Array.isArray(rawHistory)
      ? rawHistory.flatMap((entry) => text(field(entry, 'docNumber')) ?? [])
      : [],
    replacedBy: text(field(raw, 'replacedBy')),
    lastRevised: Array.isArray(rawHistory)
      ? latest(rawHistory.flatMap((entry) => text(field(entry, 'date')) ?? []))
      : undefined,
    lastTextChange: Array.isArray(rawHistory)
      ? latest(
          rawHistory.flatMap((entry) =>
            field(entry, 'action') === 'revised' ? (text(field(entry, 'date')) ?? []) : [],
          ),
        )
      : undefined,
    source: file.source,
  };
}

function latest(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined);
}

function field(node: unknown, key: string): unknown {
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

/** Where a file's text came from when it was not read from a content tree (bench corpora, fixtures). */
export interface TextOrigin {
  /** `<chapter>/<slug>`. */
  id: string;
  filePath: string;
  edition: string;
}

/** Engine input from file text already in memory, read leniently (no schema). */
export function engineInputFromText(origin: TextOrigin, source: string): RegulationInput {
  const slug = origin.id.split('/').at(-1) ?? origin.id;
  const chapter = origin.id.includes('/') ? (origin.id.split('/')[0] ?? '') : '';
  const place = { ...origin, chapter, slug, absPath: origin.filePath, depth: chapter ? 1 : 0 };
  return (
    toEngineInput(regulationFileFromSource(place, source), 'lenient') ?? {
      // frontmatter that is not YAML: the body still parses, under the file's id
      id: origin.id,
      filePath: origin.filePath,
      edition: origin.edition,
      title: origin.id,
      status: 'reaffirmed',
      source,
    }
  );
}

/** Engine inputs of every edition of a content tree (lenient), and the external documents. */
export function engineInputsOf(tree: ContentTree): { inputs: RegulationInput[]; externals: ExternalDoc[] } {
  const inputs = tree.editions.flatMap((edition) =>
    edition.regulations.flatMap((file) => (file.depth >= 1 ? (toEngineInput(file, 'lenient') ?? []) : [])),
  );
  return { inputs, externals: tree.externals.value ?? rawExternals(tree.externals.yaml?.value) };
}

/**
 * external.yml that does not pass its schema (reported by the validator) still names documents:
 * without them every citation of a law would become a second, misleading "unknown title".
 */
function rawExternals(raw: unknown): ExternalDoc[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry): ExternalDoc[] => {
    const title = text(field(entry, 'title'));
    if (!title) return [];
    const aliases = field(entry, 'aliases');
    const doc: ExternalDoc = { title };
    if (Array.isArray(aliases)) doc.aliases = aliases.flatMap((alias) => text(alias) ?? []);
    for (const key of ['issuer', 'url', 'docNumber'] as const) {
      const value = text(field(entry, key));
      if (value) doc[key] = value;
    }
    const year = field(entry, 'year');
    if (typeof year === 'number' || typeof year === 'string') doc.year = year;
    return [doc];
  });
}
