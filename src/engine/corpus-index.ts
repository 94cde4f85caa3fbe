/**
 * The corpus index: per edition, regulations by id, by title / short title / alias and by 文号;
 * external documents by title, alias and 文号; nearest-name suggestions. Also the problems the
 * index itself reveals (a name or current 文号 used twice, a dangling replacedBy).
 */
import { docNumberKey, editDistance, titleKey } from './text.ts';
import type {
  Backlink,
  CorpusProblemCode,
  EngineProblem,
  ExternalDoc,
  ParsedRegulation,
  RegulationInput,
  ResolvedCitation,
} from './types.ts';

/** The edition being edited; every other key is a frozen edition (a year). */
export const DEFAULT_EDITION = 'current';

export interface Entry {
  parsed: ParsedRegulation;
  input: RegulationInput;
  names: string[];
  docKeys: Set<string>;
  resolved: ResolvedCitation[];
  backlinks: Backlink[];
  replacedById?: string;
}

export interface EditionIndex {
  entries: Entry[];
  byId: Map<string, Entry>;
  byTitle: Map<string, Entry>;
  byDoc: Map<string, Entry>;
  /** Display names (for suggestions). */
  names: string[];
}

export interface ExternalIndex {
  byTitle: Map<string, ExternalDoc>;
  byDoc: Map<string, ExternalDoc>;
  names: string[];
}

export function newEntry(parsed: ParsedRegulation): Entry {
  const input = parsed.input;
  const names = [input.title, input.shortTitle, ...(input.aliases ?? [])].filter((x): x is string => !!x);
  const docKeys = new Set<string>();
  for (const d of [input.docNumber, ...(input.historyDocNumbers ?? [])]) if (d) docKeys.add(docNumberKey(d));
  return { parsed, input, names, docKeys, resolved: [], backlinks: [] };
}

/** Group entries by edition (in input order) with their id lookup. */
export function indexEditions(entries: readonly Entry[]): Map<string, EditionIndex> {
  const editions = new Map<string, EditionIndex>();
  for (const entry of entries) {
    let ed = editions.get(entry.input.edition);
    if (!ed) {
      ed = { entries: [], byId: new Map(), byTitle: new Map(), byDoc: new Map(), names: [] };
      editions.set(entry.input.edition, ed);
    }
    ed.entries.push(entry);
    ed.byId.set(entry.input.id, entry);
  }
  return editions;
}

/** Fill the name, 文号 and replacedBy lookups of one edition; returns what clashed. */
export function indexNames(ed: EditionIndex): EngineProblem[] {
  const problems: EngineProblem[] = [];
  const report = (e: Entry, code: CorpusProblemCode, message: string): void => {
    problems.push(corpusProblem(e, code, message));
  };
  for (const e of ed.entries) {
    for (const n of e.names) {
      const k = titleKey(n);
      const other = ed.byTitle.get(k);
      if (other && other !== e)
        report(e, 'duplicate-name', `名称“${n}”与《${other.input.title}》（${other.input.filePath}）重复`);
      else {
        ed.byTitle.set(k, e);
        ed.names.push(n);
      }
    }
    for (const k of e.docKeys) indexDocNumber(ed, e, k, report);
  }
  for (const e of ed.entries) {
    const r = e.input.replacedBy;
    if (!r) continue;
    const target = ed.byId.get(r) ?? ed.entries.find((x) => x.input.id.endsWith(`/${r}`));
    if (target) e.replacedById = target.input.id;
    else report(e, 'unknown-replaced-by', `replacedBy: ${r} 不是本版本中的制度`);
  }
  return problems;
}

/**
 * One document may enact one regulation and abolish another; a 文号 is the CURRENT number of at
 * most one regulation, which wins the lookup.
 */
function indexDocNumber(
  ed: EditionIndex,
  e: Entry,
  k: string,
  report: (e: Entry, code: CorpusProblemCode, message: string) => void,
): void {
  const other = ed.byDoc.get(k);
  if (!other) {
    ed.byDoc.set(k, e);
    return;
  }
  if (other === e) return;
  const current = (x: Entry): boolean => !!x.input.docNumber && docNumberKey(x.input.docNumber) === k;
  if (current(e) && current(other)) report(e, 'duplicate-doc-number', `文号${k}也是《${other.input.title}》的现行文号`);
  else if (current(e)) ed.byDoc.set(k, e);
}

function corpusProblem(e: Entry, code: CorpusProblemCode, message: string): EngineProblem {
  const start = { line: 1, column: 1, offset: 0 };
  return {
    code,
    message,
    regulationId: e.input.id,
    edition: e.input.edition,
    filePath: e.input.filePath,
    position: { start, end: start },
  };
}

export function indexExternals(externals: readonly ExternalDoc[]): ExternalIndex {
  const index: ExternalIndex = { byTitle: new Map(), byDoc: new Map(), names: [] };
  for (const x of externals) {
    for (const n of [x.title, ...(x.aliases ?? [])]) {
      index.byTitle.set(titleKey(n), x);
      index.names.push(n);
    }
    if (x.docNumber) index.byDoc.set(docNumberKey(x.docNumber), x);
  }
  return index;
}

/** The known name nearest to a title that is not known (edit distance, or containment). */
export function suggestName(title: string, names: readonly string[]): string | undefined {
  // 中华人民共和国证券法 is not a typo of 中华人民共和国公司法: compare what follows the prefix
  const key = withoutCountry(titleKey(title));
  let best: { name: string; d: number } | undefined;
  const max = key.length <= 4 ? 1 : Math.max(2, Math.floor(key.length * 0.4));
  for (const n of names) {
    const nk = withoutCountry(titleKey(n));
    let d = editDistance(key, nk, max);
    // containment (考勤制度 ↔ 机关考勤制度) counts as close, and beats a typo of the same distance
    // (《考勤制度》 means 机关考勤制度, not 值勤制度); among containing names the nearest in length wins
    if ((nk.includes(key) || key.includes(nk)) && Math.min(nk.length, key.length) >= 3) {
      d = Math.min(d, max) - 0.5 + Math.abs(nk.length - key.length) / 1000;
    }
    if (d <= max && (!best || d < best.d)) best = { name: n, d };
  }
  return best?.name;
}

const COUNTRY = '中华人民共和国';

function withoutCountry(key: string): string {
  return key.startsWith(COUNTRY) ? key.slice(COUNTRY.length) : key;
}

/** Lookup keys of a name: as written, and with / without the 中华人民共和国 prefix of national laws. */
export function nameKeys(name: string): string[] {
  const key = titleKey(name);
  return key.startsWith(COUNTRY) ? [key, key.slice(COUNTRY.length)] : [key, COUNTRY + key];
}

/** The first value found under any key of the name. */
export function findByName<T>(map: ReadonlyMap<string, T>, name: string): T | undefined {
  for (const key of nameKeys(name)) {
    const found = map.get(key);
    if (found !== undefined) return found;
  }
  return undefined;
}
