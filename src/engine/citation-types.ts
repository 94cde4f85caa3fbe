/** Types of the regulation text engine: citations, their resolution, problems, contents. */
import type {
  ExternalDoc,
  NumberingIssue,
  RegulationInput,
  RegulationStatus,
  RegulationTree,
  Span,
} from './structure-types.ts';

// ---------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------

export type CitationKind =
  /** 《标题》 optionally followed by 第X条… */
  | 'title'
  /** 本制度/本办法…第X条… */
  | 'self'
  /** 本条第X款… and bare 第X款 inside an article */
  | 'this-article'
  /** 前款, 前两款, 前三款 */
  | 'preceding'
  /** 前条, 前两条, 下条, 本款第X项, 前项: counted from where the citation stands */
  | 'relative'
  /** 第X条 after a document named without 《》 (公务员法第五十九条): that document, never this one */
  | 'named'
  /** 附件1, 附表2 of this regulation (linked only when the attachment is there) */
  | 'attachment'
  /** bare 第X条… (this regulation) */
  | 'bare'
  /** Markdown link to a regulation file/page, optionally with #第X条 */
  | 'link'
  /** 文号 such as XX政办发〔2024〕3号 */
  | 'doc-number';

/** A point counted from where a citation stands: 前条 = article −1, 前两条 = articles −2…−1, 本款 = 款 0. */
export interface RelativeRef {
  level: 'article' | 'paragraph' | 'item';
  /** First point, relative to the citing one (−1: the one before). */
  offset: number;
  /** How many points from there (前两条: 2). */
  count: number;
}

export interface ArticleNo {
  number: number;
  sub?: number;
}

/** One point in a regulation: article, optionally 款, 项, 目. */
export interface RefPoint {
  article?: ArticleNo;
  paragraph?: number;
  item?: number;
  subitem?: number;
  /** Division anchor (link fragments `#第二章`). */
  division?: string;
  /** Section number (link fragments `#二`). */
  section?: number;
  /** Attachment anchor (`附件1`, `附表2`, `附件`). */
  attachment?: string;
}

/** A cited point or range (`第三条至第五条`). */
export interface CitationRef extends RefPoint {
  /** Range end (inclusive). */
  to?: RefPoint;
  /** The text of this element (`第五条第二款`). */
  text: string;
}

/** Where a citation stands in the citing regulation. */
export interface CitationContext {
  /** Anchor of the citing article (`第八条`). */
  article?: string;
  articleNo?: ArticleNo;
  /** 款 number within the citing article. */
  paragraph?: number;
  /** 项 number the citation stands in (for 前项). */
  item?: number;
  /** Anchor of the citing section (style C). */
  section?: string;
  /**
   * Inside the quoted new text of an amendment (将第十七条修改为：“……”): the points above are those of
   * the quoted article of the AMENDED document (absent when the quote does not say which), and
   * 本法 / 第X条 belong to that document.
   */
  quoted?: boolean;
}

export interface Citation {
  kind: CitationKind;
  /** Source text of the citation (`《机关考勤制度》第五条第二款`). */
  text: string;
  /** Inner text of 《…》. */
  title?: string;
  /** Normalised 文号 (〔〕, ASCII digits). */
  docNumber?: string;
  /** 文号 as written. */
  docNumberRaw?: string;
  /** 文号 written with a non-standard bracket (［］【】[]). */
  docNumberNonStandard?: boolean;
  /** Link URL (kind `link`). */
  href?: string;
  /** Cited points; empty = the whole document. */
  refs: CitationRef[];
  /** 前款 → 1, 前两款 → 2 (kind `preceding`). */
  preceding?: number;
  /** Kind `relative`: which point, counted from the citing one. */
  relative?: RelativeRef;
  /** Kind `named`: the text before 第X条 that names a document (`公务员法`, `中华人民共和国行政复议法`). */
  name?: string;
  /**
   * Kind `named`: the full title the text gave that name (《中华人民共和国税收征收管理法》（以下简称
   * 税收征管法）): the document it cites, whatever the handbook calls it.
   */
  definedAs?: string;
  /** The citation is inside a Markdown link that is not itself a regulation link. */
  inLink?: boolean;
  /** Text around it mentions repeal (`原《…》同时废止`): citing an abolished regulation is fine. */
  repealContext?: boolean;
  context: CitationContext;
  position: Span;
}

// ---------------------------------------------------------------------------
// Parse result
// ---------------------------------------------------------------------------

export interface ParsedRegulation {
  input: RegulationInput;
  tree: RegulationTree;
  citations: Citation[];
  issues: NumberingIssue[];
  /**
   * An amendment that renumbers the document it amends (删去第十二条, 条文顺序作相应调整): its 第X条 are
   * numbers of the version before it, so they are never linked to the amended text.
   */
  renumbering?: true;
}

// ---------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------

export type ProblemReason =
  | 'unknown-title'
  | 'unknown-doc-number'
  | 'unknown-link-target'
  | 'missing-article'
  | 'missing-paragraph'
  | 'missing-item'
  | 'missing-subitem'
  | 'missing-anchor'
  | 'beyond-last-article'
  | 'relative-out-of-range'
  | 'unknown-name'
  | 'possibly-stale'
  | 'not-in-article'
  | 'invalid-range'
  | 'cites-abolished'
  | 'doc-number-mismatch'
  | 'doc-number-format';

export interface CitationProblem {
  reason: ProblemReason;
  message: string;
  /** Nearest known title (unknown-title), replacing regulation (cites-abolished). */
  suggestion?: string;
  /** Text of the offending ref, if the problem concerns one element of a list. */
  ref?: string;
}

export interface ResolvedRef {
  /** `第五条第二款` (canonical label of the cited point; ranges `第三条至第五条`). */
  label: string;
  /** HTML id to link to, if the point exists (`第五条`, `第五条第二款`). */
  anchor?: string;
  exists: boolean;
  /** The cited point, with context applied (本条/前款 → the citing article). */
  point: RefPoint;
  /** Range end. */
  to?: RefPoint;
}

export interface RegulationTarget {
  kind: 'regulation';
  id: string;
  edition: string;
  title: string;
  status: RegulationStatus;
  replacedBy?: string;
  /** True when the citation points to the citing regulation itself. */
  self: boolean;
}

export interface ExternalTarget {
  kind: 'external';
  doc: ExternalDoc;
}

export interface UnresolvedTarget {
  kind: 'unresolved';
}

export type CitationTarget = RegulationTarget | ExternalTarget | UnresolvedTarget;

/**
 * `ok`: regulation found and every cited point exists; `broken`: regulation found,
 * some point missing; `abolished`: in-force regulation cites an abolished one;
 * `external`; `unresolved`.
 */
export type CitationStatus = 'ok' | 'broken' | 'abolished' | 'external' | 'unresolved';

export interface ResolvedCitation {
  citation: Citation;
  /** Citing regulation. */
  fromId: string;
  edition: string;
  target: CitationTarget;
  refs: ResolvedRef[];
  /** First existing anchor (for the link href). */
  anchor?: string;
  status: CitationStatus;
  problems: CitationProblem[];
}

export interface Backlink {
  fromId: string;
  fromTitle: string;
  fromStatus: RegulationStatus;
  fromFilePath: string;
  /** Citing article/section anchor (`第八条`), if the citation is inside one. */
  fromAnchor?: string;
  /** Cited point labels (`第五条`, `第五条第二款`); empty = whole regulation. */
  toLabels: string[];
  /** Anchor of each cited point (aligned with `toLabels`), undefined where the point does not exist. */
  toAnchors: Array<string | undefined>;
  text: string;
  position: Span;
}

// ---------------------------------------------------------------------------
// Problems (data for the validator, which alone gives them codes and severities)
// ---------------------------------------------------------------------------

/** Problems of the corpus as a whole (names and 文号 shared by two regulations, a dangling replacedBy). */
export type CorpusProblemCode = 'duplicate-name' | 'duplicate-doc-number' | 'unknown-replaced-by';

export type EngineProblemCode = NumberingIssue['code'] | ProblemReason | CorpusProblemCode;

/** Any problem the engine saw, located in a file. */
export interface EngineProblem {
  code: EngineProblemCode;
  message: string;
  regulationId: string;
  edition: string;
  filePath: string;
  /** Where in the file (the frontmatter's first line for corpus problems). */
  position: Span;
  suggestion?: string;
}

/** Entry of a page table of contents. */
export interface TocEntry {
  depth: number;
  anchor: string;
  label: string;
  title?: string;
}
