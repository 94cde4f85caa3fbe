/**
 * The corpus: every regulation of every edition parsed once, indexed by title, short title,
 * alias and 文号, with all citations resolved and backlinks built. Citations resolve within the
 * same edition only.
 */
import { addBacklink } from './backlinks.ts';
import {
  DEFAULT_EDITION,
  indexEditions,
  indexExternals,
  indexNames,
  newEntry,
  type EditionIndex,
  type Entry,
} from './corpus-index.ts';
import { parseRegulation } from './parse.ts';
import { excerptOf, problemsOf, tocOf } from './queries.ts';
import { Resolver, type CitingRegulation } from './resolve.ts';
import { docNumberKey, titleKey } from './text.ts';
import type {
  Backlink,
  Citation,
  EngineProblem,
  ExternalDoc,
  ParsedRegulation,
  RegulationInput,
  ResolvedCitation,
  TocEntry,
} from './types.ts';

export type { CitingRegulation } from './resolve.ts';

export { DEFAULT_EDITION };

export interface CorpusOptions {
  /** A corpus built earlier in this process: regulations with unchanged source are not re-parsed. */
  previous?: Corpus | undefined;
}

export interface CorpusStats {
  regulations: number;
  chars: number;
  citations: number;
  parseMs: number;
  resolveMs: number;
}

export interface Corpus {
  /** Edition keys present (`current`, `2025`, …). */
  readonly editions: readonly string[];
  readonly externals: readonly ExternalDoc[];
  readonly stats: CorpusStats;
  /** Regulations of one edition (or of all editions), in input order. */
  regulations(edition?: string): readonly ParsedRegulation[];
  get(id: string, edition?: string): ParsedRegulation | undefined;
  /** By title, short title or alias (quotes, full-width forms and spaces normalised). */
  findByTitle(title: string, edition?: string): ParsedRegulation | undefined;
  /** By current or history 文号 (bracket variants normalised). */
  findByDocNumber(docNumber: string, edition?: string): ParsedRegulation | undefined;
  findExternal(title: string): ExternalDoc | undefined;
  /** Citations made by a regulation, resolved. */
  citations(id: string, edition?: string): readonly ResolvedCitation[];
  /** Who cites this regulation (other regulations of the same edition), in corpus order. */
  backlinks(id: string, edition?: string): readonly Backlink[];
  /** Resolve one citation (used by the remark plugin on the tree Astro parsed). */
  resolve(citation: Citation, from: CitingRegulation): ResolvedCitation;
  /** Plain text of the first cited point, for popovers (label + text, cut to maxLength). */
  excerpt(resolved: ResolvedCitation, maxLength?: number): string | undefined;
  /** Page table of contents (divisions, articles, sections). */
  toc(id: string, edition?: string): TocEntry[];
  /** Every problem the engine saw (numbering, citations, names), as data: the validator judges them. */
  problems(): EngineProblem[];
}

/** Parse each input (or reuse the previous corpus's parse of an unchanged file). */
function parseAll(inputs: readonly RegulationInput[], previous: Corpus | undefined): Entry[] {
  return inputs.map((input) => {
    const old = previous?.get(input.id, input.edition);
    const parsed: ParsedRegulation =
      old && old.input.source === input.source
        ? { input, tree: old.tree, citations: old.citations, issues: old.issues }
        : parseRegulation(input);
    return newEntry(parsed);
  });
}

function resolveAll(entries: readonly Entry[], editions: Map<string, EditionIndex>, resolver: Resolver): number {
  let count = 0;
  for (const e of entries) {
    const from: CitingRegulation = { id: e.input.id, edition: e.input.edition };
    const ed = editions.get(e.input.edition);
    for (const c of e.parsed.citations) {
      const rc = resolver.resolve(c, from);
      e.resolved.push(rc);
      addBacklink(e, rc, ed);
      count++;
    }
  }
  return count;
}

/** Build the corpus. Citations resolve within the same edition only. */
export function buildCorpus(
  inputs: readonly RegulationInput[],
  externals: readonly ExternalDoc[] = [],
  options: CorpusOptions = {},
): Corpus {
  const t0 = performance.now();
  const all = parseAll(inputs, options.previous);
  const t1 = performance.now();
  const editions = indexEditions(all);
  const corpusProblems = [...editions.values()].flatMap(indexNames);
  const ext = indexExternals(externals);
  const resolver = new Resolver(editions, ext);
  const citationCount = resolveAll(all, editions, resolver);
  const t2 = performance.now();
  const chars = inputs.reduce((n, input) => n + input.source.length, 0);

  const entryOf = (id: string, edition = DEFAULT_EDITION): Entry | undefined => editions.get(edition)?.byId.get(id);
  return {
    editions: [...editions.keys()],
    externals,
    stats: { regulations: all.length, chars, citations: citationCount, parseMs: t1 - t0, resolveMs: t2 - t1 },
    regulations: (edition) =>
      (edition === undefined ? all : (editions.get(edition)?.entries ?? [])).map((e) => e.parsed),
    get: (id, edition) => entryOf(id, edition)?.parsed,
    findByTitle: (title, edition = DEFAULT_EDITION) => editions.get(edition)?.byTitle.get(titleKey(title))?.parsed,
    findByDocNumber: (doc, edition = DEFAULT_EDITION) => editions.get(edition)?.byDoc.get(docNumberKey(doc))?.parsed,
    findExternal: (title) => ext.byTitle.get(titleKey(title)),
    citations: (id, edition) => entryOf(id, edition)?.resolved ?? [],
    backlinks: (id, edition) => entryOf(id, edition)?.backlinks ?? [],
    resolve: (c, from) => resolver.resolve(c, from),
    excerpt: (rc, maxLength = 240) =>
      excerptOf(rc, rc.target.kind === 'regulation' ? entryOf(rc.target.id, rc.edition) : undefined, maxLength),
    toc: (id, edition = DEFAULT_EDITION) => {
      const e = entryOf(id, edition);
      return e ? tocOf(e.parsed.tree) : [];
    },
    problems: (): EngineProblem[] => [...corpusProblems, ...all.flatMap(problemsOf)],
  };
}
