/**
 * Types of the regulation text engine: input, positions, structure, numbering issues.
 * Plain data (JSON-serialisable, apart from shared object references between
 * `RegulationTree.articles` and `Division.articles`).
 */

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------

export type RegulationStatus = 'reaffirmed' | 'revised' | 'new' | 'abolished';

/** One regulation file as handed to the engine (the engine reads no files). */
export interface RegulationInput {
  /** `<chapter>/<slug>`, e.g. `kaoqin/jiguan-kaoqin`. */
  id: string;
  /** Repo-relative path, used in messages (`content/regulations/kaoqin/jiguan-kaoqin.md`). */
  filePath: string;
  /** Edition key: `'current'` or a year such as `'2025'`. Citations resolve within one edition. */
  edition: string;
  title: string;
  shortTitle?: string | undefined;
  aliases?: readonly string[] | undefined;
  status: RegulationStatus;
  /** 文号 of the current text. */
  docNumber?: string | undefined;
  /** 文号 of every history entry (enacting, revising, reaffirming, abolishing documents). */
  historyDocNumbers?: readonly string[] | undefined;
  /** Slug or id of the replacing regulation (abolished ones only). */
  replacedBy?: string | undefined;
  /** Date of the latest history entry (`YYYY-MM-DD`): a citation of a document revised later may use its old numbering. */
  lastRevised?: string | undefined;
  /** Date of the latest `revised` history entry: when the text (and perhaps its numbering) last changed. */
  lastTextChange?: string | undefined;
  /** The WHOLE file text, frontmatter included. */
  source: string;
}

/** A document outside the compendium (content/external.yml). */
export interface ExternalDoc {
  title: string;
  aliases?: readonly string[] | undefined;
  issuer?: string | undefined;
  year?: number | string | undefined;
  url?: string | undefined;
  /** Optional 文号, so `（XX政发〔2026〕8号）` can resolve to e.g. the compendium itself. */
  docNumber?: string | undefined;
}

// ---------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------

/** 1-based line/column and 0-based offset in the original file (frontmatter included). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

// ---------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------

export type DivisionKind = '编' | '章' | '节';

/** 编/章/节 heading (Markdown heading or a paragraph that is just `第二章　总则`). */
export interface Division {
  type: 'division';
  kind: DivisionKind;
  number: number;
  /** `第二章` */
  label: string;
  /** `总则` */
  title: string;
  /** `第二章`, `第一编`, `第二章第一节` */
  anchor: string;
  /** true for `## 第二章…`, false for a plain paragraph. */
  heading: boolean;
  position: Span;
  children: Division[];
  /** Articles directly under this division (same objects as in `RegulationTree.articles`). */
  articles: Article[];
}

/** 条. */
export interface Article {
  type: 'article';
  number: number;
  /** 之一 → 1 (absent for ordinary articles). */
  sub?: number;
  /** `第五条`, `第五条之一` */
  label: string;
  /** Same as label; stable HTML id. */
  anchor: string;
  /** Only for articles written as headings (`### 第五条　考勤时间`). */
  title?: string;
  /** Whether the label was bold (`**第五条**`). */
  bold: boolean;
  /** Anchor of the innermost enclosing division, if any. */
  division?: string;
  position: Span;
  labelPosition: Span;
  /** 款. The first 款 is the text after the label. */
  paragraphs: Paragraph[];
  /** Plain text of the whole article without its label (款 and 项 separated by newlines). */
  text: string;
}

/** 款 (or a paragraph of a section / the preamble). */
export interface Paragraph {
  type: 'paragraph';
  /** 1-based 款 number within the article. */
  index: number;
  /** `第五条第二款`: only for 款 of articles with more than one 款. */
  anchor?: string;
  text: string;
  position: Span;
  items: Item[];
}

/** 项: `（一）…` paragraph or list item (or `1.` items in a section without （一）). */
export interface Item {
  type: 'item';
  number: number;
  /** `（一）`, `1.` */
  label: string;
  style: 'paren' | 'arabic';
  /** Only for items written as headings (`### （一）组织领导`). */
  title?: string;
  /**
   * Stable HTML id of a 项: `第七条第三项`, or `第七条第二款第三项` when the article has several 款;
   * `四第一项` for a 项 of the section 四、 (items of the preamble have none).
   */
  anchor?: string;
  text: string;
  position: Span;
  subitems: Subitem[];
}

/** 目: `1.` / `1．` / `1、` / `（1）` or a Markdown ordered-list item inside a 项. */
export interface Subitem {
  type: 'subitem';
  number: number;
  label: string;
  /** Stable HTML id: the 项's anchor and `第二目` (`第七条第三项第二目`, `四第一项第二目`). */
  anchor?: string;
  text: string;
  position: Span;
}

/** Town style without 条: `一、总体要求` heading or paragraph. */
export interface Section {
  type: 'section';
  number: number;
  /** `一、` */
  label: string;
  /** `一` */
  anchor: string;
  title?: string;
  heading: boolean;
  position: Span;
  /** Text paragraphs of the section (before, between or without items). */
  paragraphs: Paragraph[];
  /** （一） items; plain paragraphs following an item continue that item. */
  items: Item[];
  /** Plain text of the whole section. */
  text: string;
}

/**
 * 附件 / 附表 / 附录 / 附： after the body: its own part, outside article numbering (nothing in it
 * is checked as 条, 项 or 目), anchored `附件1`, `附表2` or `附件` when there is only one unnumbered.
 */
export interface Attachment {
  type: 'attachment';
  /** `附件`, `附表`, `附录` (`附：` counts as `附件`). */
  kind: '附件' | '附表' | '附录';
  number?: number;
  /** As written: `附件1`, `附件一`, `附：`. */
  label: string;
  anchor: string;
  title?: string;
  /** Plain text of the attachment (its paragraphs, list items and table cells). */
  text: string;
  position: Span;
}

export type RegulationStyle = 'articles' | 'sections' | 'plain';

export interface RegulationTree {
  type: 'regulation';
  /** `articles` (styles A/B), `sections` (style C) or `plain`. */
  style: RegulationStyle;
  /** Top-level 编/章 (nested 章/节 in `children`). */
  divisions: Division[];
  /** All articles in document order (flat). */
  articles: Article[];
  sections: Section[];
  /** Paragraphs before the first article/section. */
  preamble: Paragraph[];
  /** 附件 / 附表 after the last article or section. */
  attachments: Attachment[];
}

// ---------------------------------------------------------------------------
// Numbering checks
// ---------------------------------------------------------------------------

export type NumberingLevel = 'division' | 'article' | 'item' | 'subitem' | 'section';
export type NumberingProblem = 'gap' | 'duplicate' | 'order';

export interface NumberingIssue {
  /** e.g. `article-gap`, `division-duplicate`, `item-order` */
  code: `${NumberingLevel}-${NumberingProblem}`;
  level: NumberingLevel;
  problem: NumberingProblem;
  /** Chinese message for humans. */
  message: string;
  /** Label found (`第七条`, `（三）`). */
  found: string;
  /** Label expected at this place. */
  expected?: string;
  /** Anchor of the enclosing article/section/division, if any. */
  context?: string;
  position: Span;
}
