/**
 * The real-text fixture handbooks (tests/fixtures/real-texts/): public Chinese laws and regulations
 * converted into the content contract, with expected anchors and citation targets that were verified
 * by reading the texts (never by running the engine). Loaded through the same path as the site
 * (src/handbook: content tree → model → corpus) and compared with what the engine made.
 *
 * Used by tests/engine/real-texts.test.ts (pass/fail per file) and scripts/bench/real-texts.ts (figures).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatNumeral, type Corpus, type ParsedRegulation, type ResolvedCitation } from '../../../src/engine/index.ts';
import { checkSection, type ExpectedSection } from './real-texts-sections.ts';
import {
  buildHandbookCorpus,
  loadContentTree,
  toHandbookModel,
  type ContentTree,
  type HandbookModel,
} from '../../../src/handbook/index.ts';

export const REAL_TEXTS = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'real-texts');

/** `tuned`: engine heuristics may be developed against it; `held-out`: never (see the README there). */
export const REAL_TEXT_SETS = ['tuned', 'held-out'] as const;
export type RealTextSet = (typeof REAL_TEXT_SETS)[number];

/** A cited point as written in the expected files: `{ article: '第三十七条之一', paragraph: 1, item: 3 }`. */
export interface ExpectedPoint {
  article: string;
  paragraph?: number;
  item?: number;
  /** End of a range (`前两款` → 第一款 to 第二款). */
  to?: ExpectedPoint;
}

export interface ExpectedTarget {
  /** `self`, a regulation id of the fixture handbook (`falv/xingfa`), or `ext:<title>` (external.yml). */
  doc: string;
  /** Cited points in the order written; empty: the whole document. */
  refs?: ExpectedPoint[];
  /** Only the document is checked (the text names a point the target does not number as 第X条). */
  anyPoint?: boolean;
}

export interface ExpectedCitation {
  /** The citation's surface text, e.g. `行政复议法第六条第(八)项`. */
  text: string;
  /** A longer passage that contains `text` and occurs exactly once in the file (locates it). */
  in: string;
  /** `null`: must stay unlinked (the document is neither in the handbook nor in external.yml, or the number names nothing). */
  target: ExpectedTarget | null;
  /** Leaving it unlinked is acceptable; a link must still go to `target`. */
  optional?: boolean;
  note?: string;
}

export interface ExpectedStructure {
  article: string;
  /** Number of 款. */
  paragraphs: number;
  /** Number of 项 in each 款. */
  itemsPerParagraph: number[];
}

export interface ExpectedAttachment {
  /** The last article: the attachment must not be part of it. */
  afterArticle: string;
  /** A passage of the attachment. */
  text: string;
}

export interface ExpectedFile {
  id: string;
  title: string;
  covers: string[];
  characters: number;
  articles: { count: number; anchors: string[] };
  structure?: ExpectedStructure[];
  /** Texts in 一、二、 sections: anchors of chosen sections' 项 and 目. */
  sections?: ExpectedSection[];
  attachments?: ExpectedAttachment[];
  citations: ExpectedCitation[];
}

export interface LoadedSet {
  name: RealTextSet;
  root: string;
  tree: ContentTree;
  model: HandbookModel;
  corpus: Corpus;
  expected: ExpectedFile[];
}

/** Reads one fixture handbook as the site does, and the expected values beside its files. */
export async function loadRealTextSet(name: RealTextSet): Promise<LoadedSet> {
  const root = join(REAL_TEXTS, name);
  const tree = await loadContentTree(root);
  const model = toHandbookModel(tree);
  const corpus = buildHandbookCorpus(model);
  const expected = await Promise.all(
    model.current.regulations.map(async (regulation) => {
      const path = regulation.absPath.replace(/\.md$/, '.expected.json');
      return JSON.parse(await readFile(path, 'utf8')) as ExpectedFile;
    }),
  );
  return { name, root, tree, model, corpus, expected };
}

// ---------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------

interface EnginePoint {
  article?: { number: number; sub?: number } | undefined;
  paragraph?: number | undefined;
  item?: number | undefined;
}

function articleLabel(article: { number: number; sub?: number }): string {
  return `第${formatNumeral(article.number)}条${article.sub ? `之${formatNumeral(article.sub)}` : ''}`;
}

/**
 * Number of 款 of an article of the cited regulation (undefined for external documents). The 项 of
 * a single-款 article are cited either way (第十条第四项 / 第十条第一款第四项): both name the same point.
 */
type ParagraphCount = (article: string) => number | undefined;

function pointText(
  article: string | undefined,
  paragraph: number | undefined,
  item: number | undefined,
  paragraphs: ParagraphCount,
): string {
  const impliedFirst = paragraph === 1 && item !== undefined && article !== undefined && paragraphs(article) === 1;
  return [
    article ?? '',
    paragraph === undefined || impliedFirst ? '' : `第${formatNumeral(paragraph)}款`,
    item === undefined ? '' : `第（${formatNumeral(item)}）项`,
  ].join('');
}

function paragraphCounter(corpus: Corpus, doc: string): ParagraphCount {
  const tree = doc.startsWith('ext:') ? undefined : corpus.get(doc)?.tree;
  return (article) => tree?.articles.find((item) => item.anchor === article)?.paragraphs.length;
}

/** Canonical label of an expected point, e.g. `第十七条第一款至第十七条第三款`. */
export function expectedPointLabel(point: ExpectedPoint, paragraphs: ParagraphCount = () => undefined): string {
  const from = pointText(point.article, point.paragraph, point.item, paragraphs);
  return point.to ? `${from}至${expectedPointLabel(point.to, paragraphs)}` : from;
}

function enginePointLabel(point: EnginePoint, to: EnginePoint | undefined, paragraphs: ParagraphCount): string {
  const text = (p: EnginePoint) =>
    pointText(p.article ? articleLabel(p.article) : undefined, p.paragraph, p.item, paragraphs);
  // A range end inherits the levels its start names (`第三条第一款至第二款`).
  const end = to && { ...to, article: to.article ?? point.article };
  return end ? `${text(point)}至${text(end)}` : text(point);
}

/** The document and the points a resolved citation links to; undefined when it is not linked. */
export interface LinkedTarget {
  doc: string;
  points: string[];
  text: string;
  /** Anchors the link lands on for the cited 项 (regulation targets only). */
  itemAnchors: Array<string | undefined>;
}

export function linkedTarget(corpus: Corpus, resolved: ResolvedCitation): LinkedTarget | undefined {
  const { target } = resolved;
  if (target.kind === 'unresolved') return undefined;
  const doc = target.kind === 'external' ? `ext:${target.doc.title}` : target.id;
  const paragraphs = paragraphCounter(corpus, doc);
  const points =
    resolved.refs.length > 0
      ? resolved.refs.map((ref) => enginePointLabel(ref.point, ref.to, paragraphs))
      : resolved.citation.refs.map((ref) => enginePointLabel(ref, ref.to, paragraphs));
  const itemAnchors = resolved.refs.filter((ref) => ref.point.item !== undefined).map((ref) => ref.anchor);
  return { doc, points: points.filter(Boolean), text: resolved.citation.text, itemAnchors };
}

/** An anchor of a whole article or 款 (`第七条`, `第七条第一款`, `第三十七条之一第二款`): not an item's own anchor. */
const ARTICLE_OR_PARAGRAPH_ANCHOR =
  /^第[一二三四五六七八九十百零千]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十]+款)?$/u;

const describe = (linked: LinkedTarget) => `${linked.doc}${linked.points.length ? ` ${linked.points.join('、')}` : ''}`;

function describeExpected(corpus: Corpus, target: ExpectedTarget, selfId: string): string {
  const doc = target.doc === 'self' ? selfId : target.doc;
  if (target.anyPoint) return `${doc}（任一位置）`;
  const paragraphs = paragraphCounter(corpus, doc);
  const refs = (target.refs ?? []).map((point) => expectedPointLabel(point, paragraphs));
  return `${doc}${refs.length ? ` ${refs.join('、')}` : ''}`;
}

// ---------------------------------------------------------------------------
// Evaluation of one file
// ---------------------------------------------------------------------------

/**
 * `right`: linked to the expected target (or unlinked when null was expected);
 * `wrong`: linked somewhere else; `missed`: expected a link, none made;
 * `optional-unlinked`: an optional citation left as text.
 */
export type CitationOutcome = 'right' | 'wrong' | 'missed' | 'optional-unlinked';

export interface CitationResult {
  expected: ExpectedCitation;
  outcome: CitationOutcome;
  /** What the engine linked the text to. */
  got: string[];
  message: string;
  /** Where the surface text stands (1-based lines and columns of the whole file), when found. */
  at?: TextRange;
  /** A right link to a 项 that lands on the article or 款 instead of the item itself (issue 13, item anchors). */
  itemAnchorProblem?: string;
}

export interface TextRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function pointOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

/** Whether a finding's position (line, column) falls inside a range. */
export function contains(range: TextRange, line: number, column: number): boolean {
  const afterStart = line > range.line || (line === range.line && column >= range.column);
  const beforeEnd = line < range.endLine || (line === range.endLine && column <= range.endColumn);
  return afterStart && beforeEnd;
}

export interface FileResult {
  id: string;
  filePath: string;
  characters: number;
  expected: ExpectedFile;
  /** Expected 第X条 anchors the engine did not make. */
  missingAnchors: string[];
  /** Article anchors the engine made that the text does not have. */
  unexpectedAnchors: string[];
  structureProblems: string[];
  attachmentProblems: string[];
  numberingProblems: string[];
  citations: CitationResult[];
}

/** Where the expected surface text stands in the file (0-based offsets of the whole file). */
function locate(source: string, expected: ExpectedCitation): { start: number; end: number } | undefined {
  const at = source.indexOf(expected.in);
  if (at < 0 || source.indexOf(expected.in, at + 1) >= 0) return undefined;
  const inner = expected.in.indexOf(expected.text);
  if (inner < 0) return undefined;
  return { start: at + inner, end: at + inner + expected.text.length };
}

function evaluateCitation(corpus: Corpus, parsed: ParsedRegulation, expected: ExpectedCitation): CitationResult {
  const span = locate(parsed.input.source, expected);
  const result = judgeCitation(corpus, parsed, expected, span);
  if (!span) return result;
  const start = pointOf(parsed.input.source, span.start);
  const end = pointOf(parsed.input.source, span.end);
  return { ...result, at: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column } };
}

function judgeCitation(
  corpus: Corpus,
  parsed: ParsedRegulation,
  expected: ExpectedCitation,
  span: { start: number; end: number } | undefined,
): CitationResult {
  const { id } = parsed.input;
  if (!span) {
    return {
      expected,
      outcome: 'wrong',
      got: [],
      message: `样例有误：“${expected.in.slice(0, 30)}…”在文件中不是恰好出现一次，或不含“${expected.text}”`,
    };
  }
  const linked = corpus
    .citations(id, parsed.input.edition)
    .filter((rc) => rc.citation.position.start.offset < span.end && span.start < rc.citation.position.end.offset)
    .flatMap((rc) => linkedTarget(corpus, rc) ?? []);
  const got = linked.map(describe);
  const where = `“${expected.text}”`;
  const target = expected.target;
  if (linked.length === 0) {
    if (!target) return { expected, outcome: 'right', got, message: '' };
    if (expected.optional) return { expected, outcome: 'optional-unlinked', got, message: '' };
    return {
      expected,
      outcome: 'missed',
      got,
      message: `${where}未链接，应链接到 ${describeExpected(corpus, target, id)}`,
    };
  }
  if (!target) {
    return { expected, outcome: 'wrong', got, message: `${where}应保持不链接，却链接到 ${got.join('；')}` };
  }
  const doc = target.doc === 'self' ? id : target.doc;
  const paragraphs = paragraphCounter(corpus, doc);
  const wanted = (target.refs ?? []).map((point) => expectedPointLabel(point, paragraphs));
  const points = linked.flatMap((item) => item.points);
  const sameDoc = linked.every((item) => item.doc === doc);
  const samePoints = target.anyPoint || (points.length === wanted.length && points.every((p, i) => p === wanted[i]));
  if (sameDoc && samePoints) {
    const landing = linked.flatMap((item) => item.itemAnchors);
    const coarse = landing.filter((anchor) => !anchor || ARTICLE_OR_PARAGRAPH_ANCHOR.test(anchor));
    if (coarse.length === 0) return { expected, outcome: 'right', got, message: '' };
    const itemAnchorProblem = `${where}引用了项，链接却落在 ${coarse.map((anchor) => anchor ?? '（无锚点）').join('、')}，应落在该项自己的锚点`;
    return { expected, outcome: 'right', got, message: '', itemAnchorProblem };
  }
  return {
    expected,
    outcome: 'wrong',
    got,
    message: `${where}链接错误：应为 ${describeExpected(corpus, target, id)}，实际为 ${got.join('；')}`,
  };
}

function checkStructure(parsed: ParsedRegulation, expected: ExpectedStructure): string | undefined {
  const article = parsed.tree.articles.find((item) => item.anchor === expected.article);
  if (!article) return `${expected.article}不存在`;
  const items = article.paragraphs.map((paragraph) => paragraph.items.length);
  const same =
    article.paragraphs.length === expected.paragraphs &&
    items.length === expected.itemsPerParagraph.length &&
    items.every((count, index) => count === expected.itemsPerParagraph[index]);
  if (same) return undefined;
  return `${expected.article}应为${expected.paragraphs}款（各款项数 ${expected.itemsPerParagraph.join('/')}），实际为${article.paragraphs.length}款（各款项数 ${items.join('/')}）`;
}

function checkAttachment(parsed: ParsedRegulation, expected: ExpectedAttachment): string | undefined {
  const last = parsed.tree.articles.at(-1);
  if (last?.anchor !== expected.afterArticle) {
    return `最后一条应为${expected.afterArticle}，实际为${last?.anchor ?? '（无）'}`;
  }
  return last.text.includes(expected.text) ? `附件“${expected.text}”被并入了${last.anchor}` : undefined;
}

/** Compares the engine's view of one regulation with what was verified by reading it. */
export function evaluateFile(corpus: Corpus, parsed: ParsedRegulation, expected: ExpectedFile): FileResult {
  const made = parsed.tree.articles.map((article) => article.anchor);
  const madeSet = new Set(made);
  const wantedSet = new Set(expected.articles.anchors);
  return {
    id: parsed.input.id,
    filePath: parsed.input.filePath,
    characters: parsed.input.source.length,
    expected,
    missingAnchors: expected.articles.anchors.filter((anchor) => !madeSet.has(anchor)),
    unexpectedAnchors: made.filter((anchor) => !wantedSet.has(anchor)),
    structureProblems: [
      ...(expected.structure ?? []).flatMap((item) => checkStructure(parsed, item) ?? []),
      ...(expected.sections ?? []).flatMap((item) => checkSection(parsed, item) ?? []),
    ],
    attachmentProblems: (expected.attachments ?? []).flatMap((item) => checkAttachment(parsed, item) ?? []),
    numberingProblems: parsed.issues.map((issue) => `${issue.code} ${issue.found}：${issue.message}`),
    citations: expected.citations.map((citation) => evaluateCitation(corpus, parsed, citation)),
  };
}

/** Every expected file of a loaded set, evaluated. */
export function evaluateSet(set: LoadedSet): FileResult[] {
  return set.expected.map((expected) => {
    const parsed = set.corpus.get(expected.id);
    if (!parsed) throw new Error(`${set.name}: ${expected.id} is not in the corpus`);
    return evaluateFile(set.corpus, parsed, expected);
  });
}

// ---------------------------------------------------------------------------
// Unverified suspects (bench only): links the expected files do not cover
// ---------------------------------------------------------------------------

/** A document name (not 本法/本条例…) right before a citation: `劳动合同法第八十二条`, `刑法第三十七条`. */
const NAMED_BEFORE = /[\u4e00-\u9fa5]{1,24}(?:法|条例|规定|办法|细则|决定|解释|准则|规则)$/u;
const SELF_NAME = /本(?:法|条例|规定|办法|细则|决定|解释|准则|规则)$/u;

/**
 * Links of every fixture file that look wrong without having been verified by reading: a citation
 * that the engine linked to its own regulation although a document name stands right before it.
 * A person reads the list; the figure is never a test assertion.
 */
export function suspectLinks(set: LoadedSet): string[] {
  const out: string[] = [];
  for (const parsed of set.corpus.regulations('current')) {
    for (const resolved of set.corpus.citations(parsed.input.id)) {
      if (resolved.target.kind !== 'regulation' || resolved.target.id !== parsed.input.id) continue;
      if (!/^第/.test(resolved.citation.text)) continue;
      const start = resolved.citation.position.start.offset;
      const before = parsed.input.source.slice(Math.max(0, start - 24), start);
      const name = NAMED_BEFORE.exec(before)?.[0];
      if (name && !SELF_NAME.test(name))
        out.push(
          `${parsed.input.filePath}:${resolved.citation.position.start.line} “${name}${resolved.citation.text}” → 本文件`,
        );
    }
  }
  return out;
}
