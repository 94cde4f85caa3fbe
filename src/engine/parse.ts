/**
 * Markdown → regulation structure + citations + numbering issues.
 *
 * The single parser of the regulation format: remark-parse + remark-frontmatter +
 * remark-gfm produce mdast, `analyzeTree` reads the structure from it. The Astro
 * plugin calls `analyzeTree` on the tree Astro already parsed; scripts call
 * `parseRegulation` on the whole file text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type {
  Heading,
  Link,
  Nodes,
  Paragraph as MdParagraph,
  PhrasingContent,
  Root,
  RootContent,
  TableCell,
  Text,
} from 'mdast';
import { formatNumeral, NUMERAL_CHARS, parseNumeral } from './numerals.ts';
import { scanCitations } from './scan.ts';
import { articleLabel, compareArticle, paragraphAnchor, parseAnchor, SPACE } from './text.ts';
import type {
  Article,
  ArticleNo,
  Citation,
  CitationContext,
  Division,
  DivisionKind,
  Item,
  NumberingIssue,
  NumberingLevel,
  Paragraph,
  ParsedRegulation,
  Point,
  RegulationInput,
  RegulationStyle,
  RegulationTree,
  Section,
  Span,
  Subitem,
} from './types.ts';

// ---------------------------------------------------------------------------
// Markdown parsing
// ---------------------------------------------------------------------------

const gfmProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const commonmarkProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * Characters without which GFM (tables `|`, strikethrough `~`, autolink literals `www.` /
 * `http(s):` / `@`, footnotes `[^`, task lists `[ ]`) cannot change the tree. Most regulations
 * have none, and skipping the GFM tokenizers saves about 30% of the parse time.
 */
const GFM_TRIGGER = /[|~@]|www\.|https?:|\[\^|\[[ xX]\]/;

/**
 * Parse a whole regulation file (frontmatter included) to mdast, as remark-parse + remark-gfm
 * would (the Astro pipeline). Positions are file positions.
 */
export function parseMarkdown(source: string): Root {
  return (GFM_TRIGGER.test(source) ? gfmProcessor : commonmarkProcessor).parse(source);
}

/** Always with GFM (for comparisons in tests). */
export function parseMarkdownGfm(source: string): Root {
  return gfmProcessor.parse(source);
}

// ---------------------------------------------------------------------------
// Flattening inline content
// ---------------------------------------------------------------------------

interface Seg {
  start: number;
  end: number;
  node: Text;
  inLink: boolean;
}

interface LinkSpan {
  start: number;
  end: number;
  node: Link;
}

interface Flat {
  text: string;
  segs: Seg[];
  links: LinkSpan[];
  /** Ranges that are not prose (inline code, html): no citations there. */
  opaque: Array<[number, number]>;
}

function flatten(children: readonly PhrasingContent[]): Flat {
  const flat: Flat = { text: '', segs: [], links: [], opaque: [] };
  const walk = (nodes: readonly PhrasingContent[], inLink: boolean): void => {
    for (const n of nodes) {
      switch (n.type) {
        case 'text': {
          const start = flat.text.length;
          flat.text += n.value;
          flat.segs.push({ start, end: flat.text.length, node: n, inLink });
          break;
        }
        case 'strong':
        case 'emphasis':
        case 'delete':
          walk(n.children, inLink);
          break;
        case 'link': {
          const start = flat.text.length;
          walk(n.children, true);
          flat.links.push({ start, end: flat.text.length, node: n });
          break;
        }
        case 'linkReference':
          walk(n.children, true);
          break;
        case 'inlineCode': {
          const start = flat.text.length;
          flat.text += n.value;
          flat.opaque.push([start, flat.text.length]);
          break;
        }
        case 'break':
          flat.text += '\n';
          break;
        default: {
          // html, image, footnoteReference, …: one placeholder character
          const start = flat.text.length;
          flat.text += '\uFFFC';
          flat.opaque.push([start, start + 1]);
        }
      }
    }
  };
  walk(children, false);
  return flat;
}

// ---------------------------------------------------------------------------
// Block collection
// ---------------------------------------------------------------------------

interface Block {
  node: MdParagraph | Heading | TableCell;
  kind: 'paragraph' | 'heading' | 'cell';
  depth: number;
  /** In a list item: first paragraph of the item? */
  listFirst?: boolean;
  /** In a list item: any paragraph. */
  inList: boolean;
  ordered?: boolean;
  ordinal?: number;
  flat: Flat;
}

function collectBlocks(nodes: readonly RootContent[], out: Block[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push({ node, kind: 'heading', depth: node.depth, inList: false, flat: flatten(node.children) });
        break;
      case 'paragraph':
        out.push({ node, kind: 'paragraph', depth: 0, inList: false, flat: flatten(node.children) });
        break;
      case 'blockquote':
        collectBlocks(node.children, out);
        break;
      case 'list': {
        const start = node.start ?? 1;
        node.children.forEach((li, i) => {
          let first = true;
          for (const child of li.children) {
            if (child.type === 'paragraph') {
              const b: Block = {
                node: child,
                kind: 'paragraph',
                depth: 0,
                inList: true,
                listFirst: first,
                ordered: node.ordered === true,
                ordinal: start + i,
                flat: flatten(child.children),
              };
              out.push(b);
              first = false;
            } else {
              collectBlocks([child], out);
              first = false;
            }
          }
        });
        break;
      }
      case 'table':
        for (const row of node.children)
          for (const cell of row.children)
            out.push({ node: cell, kind: 'cell', depth: 0, inList: false, flat: flatten(cell.children) });
        break;
      default:
        // yaml, code, html, thematicBreak, definition…: no structure, no citations
        break;
    }
  }
}

// ---------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------

const NUM = `[${NUMERAL_CHARS}]+`;
const CN = '[零〇一二两三四五六七八九十百]+';
const S = `${SPACE}*`;
const LEAD_WS = /^[\s\u3000\u00a0]*/;
const DIVISION_RE = new RegExp(`^第${S}(${NUM})${S}(编|章|节)${S}([^]*)$`);
const ARTICLE_RE = new RegExp(`^第${S}(${NUM})${S}条(?:${S}之${S}(${NUM}))?`);
const AFTER_LABEL = /^[\s\u3000\u00a0:：]*/;
const SECTION_RE = new RegExp(`^(${CN})${S}[、．.]${S}`);
const ITEM_RE = new RegExp(`^[（(]${S}(${CN})${S}[）)]${S}`);
const SUBITEM_RE = new RegExp(
  `^(?:([0-9０-９]{1,3})${S}[.．、](?![0-9０-９])|[（(]${S}([0-9０-９]{1,3})${S}[）)])${S}`,
);
const SENTENCE_PUNCT = /[。；;，,：:！？!?]/;
const NOT_ARTICLE_AFTER = '的所规中至到、和或及与第款项之，,。；;';

type Cls =
  | { t: 'division'; kind: DivisionKind; number: number; title: string }
  | {
      t: 'article';
      no: ArticleNo;
      labelStart: number;
      labelEnd: number;
      rest: number;
      bold: boolean;
      spaced: boolean;
      title?: string;
    }
  | { t: 'section'; number: number; label: string; rest: number }
  | { t: 'item'; number: number; label: string; rest: number; style: 'paren' | 'arabic' }
  | { t: 'subitem'; number: number; label: string; rest: number }
  | { t: 'text' }
  | { t: 'bullet' }
  | { t: 'continuation' }
  | { t: 'other-heading' }
  | { t: 'cell' };

function leadingStrongText(node: MdParagraph | Heading | TableCell): string | undefined {
  let first = node.children[0];
  if (first?.type === 'text' && first.value.trim() === '' && node.children[1]) first = node.children[1];
  if (first?.type !== 'strong') return undefined;
  return flatten(first.children).text.trim();
}

function classify(b: Block): Cls {
  if (b.kind === 'cell') return { t: 'cell' };
  const text = b.flat.text;
  const lead = LEAD_WS.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead);

  if (b.inList) {
    if (!b.listFirst) return { t: 'continuation' };
    const numbered = classifyNumberedItem(body, lead);
    if (numbered) return numbered;
    if (b.ordered && b.ordinal !== undefined)
      return { t: 'subitem', number: b.ordinal, label: `${b.ordinal}.`, rest: lead };
    return { t: 'bullet' };
  }

  const d = DIVISION_RE.exec(body);
  if (d) {
    const n = parseNumeral(d[1] ?? '');
    const title = (d[3] ?? '').trim();
    const ok = b.kind === 'heading' || (title.length <= 30 && !SENTENCE_PUNCT.test(title) && !title.includes('\n'));
    if (n !== undefined && ok) return { t: 'division', kind: d[2] as DivisionKind, number: n, title };
  }

  const a = ARTICLE_RE.exec(body);
  if (a) {
    const n = parseNumeral(a[1] ?? '');
    const sub = a[2] !== undefined ? parseNumeral(a[2]) : undefined;
    if (n !== undefined && (a[2] === undefined || sub !== undefined)) {
      const labelEnd = lead + a[0].length;
      const after = AFTER_LABEL.exec(text.slice(labelEnd))?.[0] ?? '';
      const next = text[labelEnd] ?? '';
      const strong = leadingStrongText(b.node);
      const bold = strong !== undefined && strong.replace(/[\s\u3000]/g, '') === a[0].replace(/[\s\u3000]/g, '');
      const isArticle =
        b.kind === 'heading' || bold || after.length > 0 || next === '' || !NOT_ARTICLE_AFTER.includes(next);
      if (isArticle) {
        const no: ArticleNo = { number: n };
        if (sub !== undefined) no.sub = sub;
        const rest = labelEnd + after.length;
        const cls: Cls = {
          t: 'article',
          no,
          labelStart: lead,
          labelEnd,
          rest,
          bold,
          spaced: after.length > 0 || next === '',
        };
        if (b.kind === 'heading') {
          const title = text.slice(rest).trim();
          if (title) cls.title = title;
        }
        return cls;
      }
    }
  }

  const sec = SECTION_RE.exec(body);
  if (sec) {
    const n = parseNumeral(sec[1] ?? '');
    if (n !== undefined) return { t: 'section', number: n, label: `${sec[1]}、`, rest: lead + sec[0].length };
  }
  return classifyNumberedItem(body, lead) ?? (b.kind === 'heading' ? { t: 'other-heading' } : { t: 'text' });
}

/** `（一）` 项 or `1.`/`1．`/`1、`/`（1）` 目 at the start of a block, in a list or not. */
function classifyNumberedItem(body: string, lead: number): Cls | undefined {
  const it = ITEM_RE.exec(body);
  if (it) {
    const n = parseNumeral(it[1] ?? '');
    if (n !== undefined)
      return { t: 'item', number: n, label: it[0].trim(), rest: lead + it[0].length, style: 'paren' };
  }
  const su = SUBITEM_RE.exec(body);
  if (su) {
    const n = parseNumeral(su[1] ?? su[2] ?? '');
    if (n !== undefined) return { t: 'subitem', number: n, label: su[0].trim(), rest: lead + su[0].length };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------

const ZERO: Point = { line: 1, column: 1, offset: 0 };

function spanOf(node: Nodes): Span {
  const p = node.position;
  if (!p) return { start: ZERO, end: ZERO };
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 },
  };
}

/** File point of offset `delta` inside a text node's value. */
function pointInText(node: Text, delta: number): Point {
  const p = node.position;
  if (!p) return ZERO;
  const before = node.value.slice(0, delta);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return { line: p.start.line, column: p.start.column + delta, offset: (p.start.offset ?? 0) + delta };
  let lines = 0;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 10) lines++;
  return { line: p.start.line + lines, column: delta - nl, offset: (p.start.offset ?? 0) + delta };
}

/** Map an offset in a block's flat text to a file point. */
function pointAt(flat: Flat, offset: number, blockNode: Nodes, preferEnd: boolean): Point {
  for (const s of flat.segs) {
    if (offset > s.start && offset < s.end) return pointInText(s.node, offset - s.start);
    if (offset === s.start && !preferEnd) return pointInText(s.node, 0);
    if (offset === s.end && preferEnd) return pointInText(s.node, s.end - s.start);
  }
  for (const s of flat.segs) if (offset === s.start || offset === s.end) return pointInText(s.node, offset - s.start);
  const sp = spanOf(blockNode);
  return preferEnd ? sp.end : sp.start;
}

// ---------------------------------------------------------------------------
// Analysis
// ---------------------------------------------------------------------------

/** A piece of a citation inside one Markdown text node (offsets in `node.value`). */
export interface CitationPiece {
  node: Text;
  start: number;
  end: number;
  /** The text node is inside a Markdown link (do not wrap it in another link). */
  inLink: boolean;
}

export type StructureElement = Article | Paragraph | Division | Section | Item | Subitem;

/** mdast nodes behind structure elements and citations (for the remark plugin). */
export interface AnalysisNodes {
  elements: Map<StructureElement, MdParagraph | Heading>;
  citations: Map<Citation, { pieces: CitationPiece[]; link?: Link }>;
}

export interface Analysis {
  tree: RegulationTree;
  citations: Citation[];
  issues: NumberingIssue[];
  nodes?: AnalysisNodes;
}

export interface AnalyzeOptions {
  /** Also return the mdast nodes of every element and citation (remark plugin). */
  collectNodes?: boolean;
}

const DIVISION_LEVEL: Record<DivisionKind, number> = { 编: 0, 章: 1, 节: 2 };

function isExternalUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

function isRegulationLink(url: string): boolean {
  if (isExternalUrl(url)) return false;
  if (url.startsWith('#')) return parseAnchor(url.slice(1)) !== undefined;
  return url.length > 0;
}

function articleText(a: Article): string {
  const lines: string[] = [];
  for (const p of a.paragraphs) {
    if (p.text) lines.push(p.text);
    for (const it of p.items) {
      lines.push(`${it.label}${it.title ?? ''}${it.text}`);
      for (const su of it.subitems) lines.push(`${su.label}${su.text}`);
    }
  }
  return lines.join('\n');
}

function sectionText(s: Section): string {
  const lines: string[] = [];
  for (const p of s.paragraphs) if (p.text) lines.push(p.text);
  for (const it of s.items) {
    lines.push(`${it.label}${it.title ?? ''}${it.text}`);
    for (const su of it.subitems) lines.push(`${su.label}${su.text}`);
  }
  return lines.join('\n');
}

function appendText(target: { text: string }, more: string): void {
  if (!more) return;
  target.text = target.text ? `${target.text}\n${more}` : more;
}

/**
 * Read the regulation structure, citations and numbering issues from an mdast tree.
 * Does not modify the tree.
 */
export function analyzeTree(root: Root, options: AnalyzeOptions = {}): Analysis {
  const blocks: Block[] = [];
  collectBlocks(root.children, blocks);
  const classes = blocks.map(classify);

  let style: RegulationStyle = 'plain';
  if (classes.some((c) => c.t === 'article')) style = 'articles';
  else if (classes.some((c) => c.t === 'section')) style = 'sections';

  const tree: RegulationTree = { type: 'regulation', style, divisions: [], articles: [], sections: [], preamble: [] };
  const citations: Citation[] = [];
  const nodes: AnalysisNodes | undefined = options.collectNodes
    ? { elements: new Map(), citations: new Map() }
    : undefined;

  const divisionStack: Division[] = [];
  const usedAnchors = new Set<string>();
  const uniqueAnchor = (a: string): string => {
    let id = a;
    for (let i = 2; usedAnchors.has(id); i++) id = `${a}-${i}`;
    usedAnchors.add(id);
    return id;
  };

  let article: Article | undefined;
  let section: Section | undefined;
  let para: Paragraph | undefined;
  let item: Item | undefined;
  let subitem: Subitem | undefined;

  const bind = (el: StructureElement, node: Block['node']): void => {
    if (nodes && node.type !== 'tableCell') nodes.elements.set(el, node);
  };
  const closeAll = (): void => {
    article = undefined;
    section = undefined;
    para = undefined;
    item = undefined;
    subitem = undefined;
  };
  const newParagraph = (text: string, span: Span, node: Block['node']): Paragraph => {
    const p: Paragraph = { type: 'paragraph', index: 1, text, position: span, items: [] };
    if (article) {
      p.index = article.paragraphs.length + 1;
      article.paragraphs.push(p);
    } else if (section) {
      p.index = section.paragraphs.length + 1;
      section.paragraphs.push(p);
    } else if (!tree.articles.length && !tree.sections.length) {
      p.index = tree.preamble.length + 1;
      tree.preamble.push(p);
    }
    bind(p, node);
    return p;
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi] as Block;
    let cls = classes[bi] as Cls;
    if (style === 'articles' && cls.t === 'section')
      cls = b.kind === 'heading' ? { t: 'other-heading' } : { t: 'text' };
    // `第五条有关规定…` without a space after the number and not bold: an article only if it is
    // the expected next one, otherwise a sentence that starts with a citation
    if (cls.t === 'article' && !cls.spaced && !cls.bold && b.kind !== 'heading') {
      const last = tree.articles[tree.articles.length - 1];
      const n = cls.no.number;
      const sub = cls.no.sub ?? 0;
      const expected = last
        ? (n === last.number + 1 && sub === 0) || (n === last.number && sub === (last.sub ?? 0) + 1)
        : n === 1 && sub === 0;
      if (!expected) cls = { t: 'text' };
    }
    const span = spanOf(b.node);
    const text = b.flat.text;
    let scanFrom = 0;

    switch (cls.t) {
      case 'division': {
        closeAll();
        const level = DIVISION_LEVEL[cls.kind];
        while (
          divisionStack.length &&
          DIVISION_LEVEL[(divisionStack[divisionStack.length - 1] as Division).kind] >= level
        )
          divisionStack.pop();
        const parent = divisionStack[divisionStack.length - 1];
        const label = `第${formatNumeral(cls.number)}${cls.kind}`;
        let anchor = cls.kind === '节' && parent ? `${parent.anchor}${label}` : label;
        if (usedAnchors.has(anchor) && parent) anchor = `${parent.anchor}${label}`;
        const div: Division = {
          type: 'division',
          kind: cls.kind,
          number: cls.number,
          label,
          title: cls.title,
          anchor: uniqueAnchor(anchor),
          heading: b.kind === 'heading',
          position: span,
          children: [],
          articles: [],
        };
        (parent ? parent.children : tree.divisions).push(div);
        divisionStack.push(div);
        bind(div, b.node);
        scanFrom = text.length; // no citations in a division heading
        break;
      }
      case 'article': {
        closeAll();
        const label = articleLabel(cls.no);
        const a: Article = {
          type: 'article',
          number: cls.no.number,
          label,
          anchor: uniqueAnchor(label),
          bold: cls.bold,
          position: span,
          labelPosition: {
            start: pointAt(b.flat, cls.labelStart, b.node, false),
            end: pointAt(b.flat, cls.labelEnd, b.node, true),
          },
          paragraphs: [],
          text: '',
        };
        if (cls.no.sub !== undefined) a.sub = cls.no.sub;
        if (cls.title !== undefined) a.title = cls.title;
        const div = divisionStack[divisionStack.length - 1];
        if (div) {
          a.division = div.anchor;
          div.articles.push(a);
        }
        tree.articles.push(a);
        article = a;
        bind(a, b.node);
        if (b.kind !== 'heading') {
          const rest = text.slice(cls.rest).trim();
          // `第五条　（一）…` : the first 款 is empty, the item follows
          const itemInline = ITEM_RE.exec(rest);
          para = newParagraph(itemInline ? '' : rest, span, b.node);
          if (itemInline) {
            const n = parseNumeral(itemInline[1] ?? '');
            if (n !== undefined) {
              item = {
                type: 'item',
                number: n,
                label: itemInline[0].trim(),
                style: 'paren',
                text: rest.slice(itemInline[0].length),
                position: span,
                subitems: [],
              };
              para.items.push(item);
            }
          }
        }
        scanFrom = cls.rest;
        break;
      }
      case 'section': {
        closeAll();
        const s: Section = {
          type: 'section',
          number: cls.number,
          label: cls.label,
          anchor: uniqueAnchor(formatNumeral(cls.number)),
          heading: b.kind === 'heading',
          position: span,
          paragraphs: [],
          items: [],
          text: '',
        };
        const rest = text.slice(cls.rest).trim();
        if (b.kind === 'heading') {
          if (rest) s.title = rest;
        } else {
          const m = /^([^。：:；;，,]{1,20})[。：:]/.exec(rest);
          if (m) s.title = m[1] as string;
          // `二、就餐管理` alone on its line: a title, like a heading
          else if (rest && rest.length <= 20 && !SENTENCE_PUNCT.test(rest)) s.title = rest;
        }
        tree.sections.push(s);
        section = s;
        bind(s, b.node);
        if (b.kind !== 'heading' && s.title !== rest) para = newParagraph(rest, span, b.node);
        scanFrom = cls.rest;
        break;
      }
      case 'item': {
        const rest = text.slice(cls.rest).trim();
        const it: Item = {
          type: 'item',
          number: cls.number,
          label: cls.label,
          style: cls.style,
          text: rest,
          position: span,
          subitems: [],
        };
        if (b.kind === 'heading') {
          it.title = rest;
          it.text = '';
        }
        if (section) section.items.push(it);
        else {
          if (!para) para = newParagraph('', span, b.node);
          para.items.push(it);
        }
        item = it;
        subitem = undefined;
        bind(it, b.node);
        break;
      }
      case 'subitem': {
        const rest = text.slice(cls.rest).trim();
        if (item) {
          const su: Subitem = { type: 'subitem', number: cls.number, label: cls.label, text: rest, position: span };
          item.subitems.push(su);
          subitem = su;
          bind(su, b.node);
        } else {
          // `1.` directly under a 款 or section: an item in arabic style
          const it: Item = {
            type: 'item',
            number: cls.number,
            label: cls.label,
            style: 'arabic',
            text: rest,
            position: span,
            subitems: [],
          };
          if (section) section.items.push(it);
          else {
            if (!para) para = newParagraph('', span, b.node);
            para.items.push(it);
          }
          // keep `item` unset so that the next `1.` stays at this level
          bind(it, b.node);
        }
        break;
      }
      case 'continuation':
      case 'bullet': {
        const t = text.trim();
        if (subitem) appendText(subitem, t);
        else if (item) appendText(item, t);
        else if (para) appendText(para, t);
        else para = newParagraph(t, span, b.node);
        break;
      }
      case 'text': {
        const t = text.trim();
        if (section && item) {
          // in sections a paragraph after an item continues it
          appendText(subitem ?? item, t);
        } else {
          para = newParagraph(t, span, b.node);
          item = undefined;
          subitem = undefined;
        }
        break;
      }
      case 'other-heading':
        closeAll();
        break;
      case 'cell':
        break;
    }

    // citations of this block
    if (scanFrom >= text.length) continue;
    const ctx: CitationContext = {};
    if (article) {
      ctx.article = article.anchor;
      ctx.articleNo =
        article.sub !== undefined ? { number: article.number, sub: article.sub } : { number: article.number };
      if (para && article.paragraphs.includes(para)) ctx.paragraph = para.index;
    }
    if (section) ctx.section = section.anchor;
    scanBlock(b, scanFrom, ctx, article !== undefined, citations, nodes);
  }

  for (const a of tree.articles) {
    a.text = articleText(a);
    if (a.paragraphs.length > 1)
      for (const p of a.paragraphs)
        p.anchor = uniqueAnchor(
          paragraphAnchor({ number: a.number, ...(a.sub !== undefined ? { sub: a.sub } : {}) }, p.index),
        );
  }
  for (const s of tree.sections) s.text = sectionText(s);

  const issues = checkNumbering(tree);
  const result: Analysis = { tree, citations, issues };
  if (nodes) result.nodes = nodes;
  return result;
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

function scanBlock(
  b: Block,
  from: number,
  ctx: CitationContext,
  inArticle: boolean,
  out: Citation[],
  nodes: AnalysisNodes | undefined,
): void {
  const found: Citation[] = [];
  scanInto(b, from, ctx, inArticle, found, nodes);
  found.sort((x, y) => x.position.start.offset - y.position.start.offset);
  for (const c of found) out.push(c);
}

function scanInto(
  b: Block,
  from: number,
  ctx: CitationContext,
  inArticle: boolean,
  out: Citation[],
  nodes: AnalysisNodes | undefined,
): void {
  const flat = b.flat;
  const regLinks = flat.links.filter((l) => isRegulationLink(l.node.url));

  // Markdown links to regulations
  for (const l of regLinks) {
    const url = l.node.url;
    const hash = url.indexOf('#');
    const fragment = hash >= 0 ? url.slice(hash + 1) : '';
    const point = fragment ? parseAnchor(fragment) : undefined;
    const c: Citation = {
      kind: 'link',
      text: flat.text.slice(l.start, l.end),
      href: url,
      refs: point ? [{ ...point, text: decodeSafe(fragment) }] : [],
      context: { ...ctx },
      position: spanOf(l.node),
    };
    out.push(c);
    if (nodes) nodes.citations.set(c, { pieces: [], link: l.node });
  }

  // Textual citations
  if (!/[《本前第〔［【[]/.test(flat.text)) return;
  const raws = scanCitations(flat.text, { from, inArticle });
  for (const r of raws) {
    if (regLinks.some((l) => overlaps(r.start, r.end, l.start, l.end))) continue;
    if (flat.opaque.some(([s, e]) => overlaps(r.start, r.end, s, e))) continue;
    const c: Citation = {
      kind: r.kind,
      text: flat.text.slice(r.start, r.end),
      refs: r.refs,
      context: { ...ctx },
      position: { start: pointAt(flat, r.start, b.node, false), end: pointAt(flat, r.end, b.node, true) },
    };
    if (r.title !== undefined) c.title = r.title;
    if (r.docNumber !== undefined) c.docNumber = r.docNumber;
    if (r.docNumberRaw !== undefined) c.docNumberRaw = r.docNumberRaw;
    if (r.docNumberNonStandard) c.docNumberNonStandard = true;
    if (r.preceding !== undefined) c.preceding = r.preceding;
    if (r.repealContext) c.repealContext = true;
    const pieces: CitationPiece[] = [];
    for (const s of flat.segs) {
      if (!overlaps(r.start, r.end, s.start, s.end)) continue;
      pieces.push({
        node: s.node,
        start: Math.max(r.start, s.start) - s.start,
        end: Math.min(r.end, s.end) - s.start,
        inLink: s.inLink,
      });
    }
    if (pieces.some((p) => p.inLink)) c.inLink = true;
    out.push(c);
    if (nodes) nodes.citations.set(c, { pieces });
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------
// Numbering checks
// ---------------------------------------------------------------------------

interface SeqEntry {
  key: [number, number];
  label: string;
  position: Span;
}

const LEVEL_NAME: Record<NumberingLevel, string> = {
  division: '章节',
  article: '条',
  item: '项',
  subitem: '目',
  section: '部分',
};

function checkSequence(
  entries: readonly SeqEntry[],
  level: NumberingLevel,
  fmt: (key: [number, number]) => string,
  context: string | undefined,
  out: NumberingIssue[],
  allowSub = false,
  firstKey: [number, number] = [1, 0],
): void {
  const seen = new Set<string>();
  let prev: [number, number] | undefined;
  const where = context ? `${context}中` : '';
  for (const e of entries) {
    const k = `${e.key[0]}/${e.key[1]}`;
    const base = { level, found: e.label, position: e.position, ...(context ? { context } : {}) };
    if (seen.has(k)) {
      out.push({ ...base, code: `${level}-duplicate`, problem: 'duplicate', message: `${where}${e.label}重复出现` });
    } else if (prev && compareArticle({ number: e.key[0], sub: e.key[1] }, { number: prev[0], sub: prev[1] }) < 0) {
      out.push({
        ...base,
        code: `${level}-order`,
        problem: 'order',
        message: `${where}${e.label}顺序错误：出现在${fmt(prev)}之后`,
      });
    } else {
      // 第六条 → 第六条之二: 第六条之一 is missing; otherwise the next number is expected
      const expected: [number, number] = !prev
        ? firstKey
        : allowSub && e.key[0] === prev[0]
          ? [prev[0], prev[1] + 1]
          : [prev[0] + 1, 0];
      const ok =
        (e.key[0] === expected[0] && e.key[1] === expected[1]) ||
        (allowSub && prev !== undefined && e.key[0] === prev[0] && e.key[1] === prev[1] + 1);
      if (!ok) {
        const exp = fmt(expected);
        out.push({
          ...base,
          code: `${level}-gap`,
          problem: 'gap',
          expected: exp,
          message: prev
            ? `${where}${LEVEL_NAME[level]}的序号不连续：${fmt(prev)}之后应为${exp}，实为${e.label}`
            : `${where}${LEVEL_NAME[level]}的序号应从${exp}开始，实为${e.label}`,
        });
      }
    }
    seen.add(k);
    if (!prev || compareArticle({ number: e.key[0], sub: e.key[1] }, { number: prev[0], sub: prev[1] }) > 0)
      prev = e.key;
  }
}

function checkItems(items: readonly Item[], context: string | undefined, out: NumberingIssue[]): void {
  // items of one style form one sequence
  for (const style of ['paren', 'arabic'] as const) {
    const list = items.filter((i) => i.style === style);
    if (!list.length) continue;
    checkSequence(
      list.map((i) => ({ key: [i.number, 0], label: i.label, position: i.position })),
      'item',
      ([n]) => (style === 'paren' ? `（${formatNumeral(n)}）` : `${n}.`),
      context,
      out,
    );
  }
  for (const it of items) {
    if (!it.subitems.length) continue;
    checkSequence(
      it.subitems.map((s) => ({ key: [s.number, 0], label: s.label, position: s.position })),
      'subitem',
      ([n]) => `${n}.`,
      context ? `${context}${it.label}` : it.label,
      out,
    );
  }
}

function checkNumbering(tree: RegulationTree): NumberingIssue[] {
  const out: NumberingIssue[] = [];

  // 编/章/节 within their parent; 章 may continue across 编
  const walkDivisions = (list: readonly Division[], parent: Division | undefined, startAt: number): number => {
    const byKind = new Map<DivisionKind, Division[]>();
    for (const d of list) {
      const arr = byKind.get(d.kind) ?? [];
      arr.push(d);
      byKind.set(d.kind, arr);
    }
    let lastChapter = startAt;
    for (const [kind, arr] of byKind) {
      const first = kind === '章' && arr[0] && arr[0].number === startAt + 1 ? startAt + 1 : 1;
      checkSequence(
        arr.map((d) => ({ key: [d.number, 0], label: d.label, position: d.position })),
        'division',
        ([n]) => `第${formatNumeral(n)}${kind}`,
        parent?.anchor,
        out,
        false,
        [first, 0],
      );
      if (kind === '章') lastChapter = Math.max(startAt, ...arr.map((d) => d.number));
    }
    let chapterCount = lastChapter;
    for (const d of list)
      chapterCount = Math.max(chapterCount, walkDivisions(d.children, d, d.kind === '编' ? chapterCount : 0));
    return chapterCount;
  };
  walkDivisions(tree.divisions, undefined, 0);

  checkSequence(
    tree.articles.map((a) => ({ key: [a.number, a.sub ?? 0], label: a.label, position: a.labelPosition })),
    'article',
    ([n, sub]) => articleLabel(sub ? { number: n, sub } : { number: n }),
    undefined,
    out,
    true,
  );
  for (const a of tree.articles) for (const p of a.paragraphs) checkItems(p.items, a.anchor, out);
  for (const p of tree.preamble) checkItems(p.items, undefined, out);

  checkSequence(
    tree.sections.map((s) => ({ key: [s.number, 0], label: s.label, position: s.position })),
    'section',
    ([n]) => `${formatNumeral(n)}、`,
    undefined,
    out,
  );
  for (const s of tree.sections) checkItems(s.items, s.anchor, out);

  out.sort((x, y) => x.position.start.offset - y.position.start.offset);
  return out;
}

// ---------------------------------------------------------------------------
// Entry point for scripts
// ---------------------------------------------------------------------------

/** Parse one regulation file (input.source is the whole file, frontmatter included). */
export function parseRegulation(input: RegulationInput): ParsedRegulation {
  const root = parseMarkdown(input.source);
  const { tree, citations, issues } = analyzeTree(root);
  return { input, tree, citations, issues };
}
