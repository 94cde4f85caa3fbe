/**
 * Builds the regulation tree block by block: 编/章/节 → 条 → 款 → 项 → 目 (or sections 一、 in
 * the town style without 条). Holds the cursor of where the next block belongs.
 */
import type { Block } from './blocks.ts';
import { ITEM_RE, SENTENCE_PUNCT, type Cls } from './classify.ts';
import { appendText, articleText, sectionText, sectionTitle } from './element-text.ts';
import { formatNumeral, parseNumeral } from './numerals.ts';
import { pointAt, spanOf } from './positions.ts';
import { articleLabel, itemAnchor, paragraphAnchor, sectionItemAnchor, subitemAnchor } from './text.ts';
import type {
  Attachment,
  Article,
  CitationContext,
  Division,
  DivisionKind,
  Item,
  Paragraph,
  RegulationStyle,
  RegulationTree,
  Section,
  Span,
  Subitem,
} from './types.ts';

export type StructureElement = Article | Paragraph | Division | Section | Item | Subitem | Attachment;
export type BindNode = (element: StructureElement, node: Block['node']) => void;

/** A text that stops here is cut in mid-sentence: a word character or a comma ends it. */
const MID_SENTENCE = /[\p{Script=Han}A-Za-z0-9０-９，,、]$/u;

const DIVISION_LEVEL: Record<DivisionKind, number> = { 编: 0, 章: 1, 节: 2 };

type ClsOf<T extends Cls['t']> = Extract<Cls, { t: T }>;

/** Any block after an attachment header (until the next one). */
export interface InAttachment {
  t: 'in-attachment';
}

/** Where the builder stands: the innermost open element of each level. */
interface Cursor {
  article?: Article | undefined;
  section?: Section | undefined;
  para?: Paragraph | undefined;
  item?: Item | undefined;
  subitem?: Subitem | undefined;
  /** The last 项 of the open 款, whatever its style (a list may resume after a paragraph). */
  lastItem?: Item | undefined;
  attachment?: Attachment | undefined;
}

export class TreeBuilder {
  readonly tree: RegulationTree;
  private readonly divisionStack: Division[] = [];
  private readonly usedAnchors = new Set<string>();
  private at: Cursor = {};
  private readonly bind: BindNode;

  constructor(style: RegulationStyle, bind: BindNode) {
    this.bind = bind;
    this.tree = {
      type: 'regulation',
      style,
      divisions: [],
      articles: [],
      sections: [],
      preamble: [],
      attachments: [],
    };
  }

  /**
   * The class a block has in this document: in an article-style text `一、` is plain text, and
   * `第五条有关规定…` (no space after the number, not bold) starts an article only if it is the
   * expected next one — otherwise it is a sentence that begins with a citation.
   */
  classInContext(b: Block, cls: Cls): Cls | InAttachment {
    if (cls.t === 'attachment' && !this.tree.articles.length && !this.tree.sections.length)
      return b.kind === 'heading' ? { t: 'other-heading' } : { t: 'text' };
    if (this.at.attachment && cls.t !== 'attachment') return { t: 'in-attachment' };
    if (this.tree.style === 'articles' && cls.t === 'section')
      return b.kind === 'heading' ? { t: 'other-heading' } : { t: 'text' };
    if (cls.t === 'article' && !cls.spaced && !cls.bold && b.kind !== 'heading' && !this.isNextArticle(cls))
      return { t: 'text' };
    return cls;
  }

  private isNextArticle(cls: ClsOf<'article'>): boolean {
    const last = this.tree.articles[this.tree.articles.length - 1];
    const n = cls.no.number;
    const sub = cls.no.sub ?? 0;
    return last
      ? (n === last.number + 1 && sub === 0) || (n === last.number && sub === (last.sub ?? 0) + 1)
      : n === 1 && sub === 0;
  }

  /**
   * Adds one block; returns the offset in its text from which citations may stand. `next` is the
   * class of the next block that is not plain text (a list that resumes claims the text between).
   */
  add(b: Block, cls: Cls | InAttachment, next?: Cls): number {
    switch (cls.t) {
      case 'attachment':
        this.addAttachment(b, cls);
        return b.flat.text.length;
      case 'in-attachment':
        this.addToAttachment(b);
        return b.flat.text.length; // an attachment may be another document: its 第X条 are not ours
      case 'division':
        this.addDivision(b, cls);
        return b.flat.text.length; // no citations in a division heading
      case 'article':
        this.addArticle(b, cls);
        return cls.rest;
      case 'section':
        this.addSection(b, cls);
        return cls.rest;
      case 'item':
        this.addItem(b, cls);
        return 0;
      case 'subitem':
        this.addSubitem(b, cls);
        return 0;
      case 'continuation':
      case 'bullet':
        this.addContinuation(b);
        return 0;
      case 'text':
        this.addText(b, next);
        return 0;
      case 'other-heading':
        this.at = {};
        return 0;
      case 'cell':
        return 0;
    }
  }

  /** Where a citation in the current block stands. */
  context(): CitationContext {
    const { article, section, para } = this.at;
    const ctx: CitationContext = {};
    if (article) {
      ctx.article = article.anchor;
      ctx.articleNo =
        article.sub !== undefined ? { number: article.number, sub: article.sub } : { number: article.number };
      if (para && article.paragraphs.includes(para)) {
        ctx.paragraph = para.index;
        const item = this.at.lastItem;
        if (item && para.items.includes(item)) ctx.item = item.number;
      }
    }
    if (section) ctx.section = section.anchor;
    return ctx;
  }

  inArticle(): boolean {
    return this.at.article !== undefined;
  }

  /** Completes texts and 款 anchors once every block is in. */
  finish(): RegulationTree {
    for (const a of this.tree.articles) {
      a.text = articleText(a);
      const no = { number: a.number, ...(a.sub !== undefined ? { sub: a.sub } : {}) };
      const several = a.paragraphs.length > 1;
      for (const p of a.paragraphs) {
        if (several) p.anchor = this.uniqueAnchor(paragraphAnchor(no, p.index));
        for (const it of p.items) this.anchorItem(it, itemAnchor(no, several ? p.index : undefined, it.number));
      }
    }
    for (const s of this.tree.sections) {
      s.text = sectionText(s);
      for (const it of s.items) this.anchorItem(it, sectionItemAnchor(s.number, it.number));
    }
    return this.tree;
  }

  /** A 项 and its 目 get their own anchors (`第七条第三项`, `第七条第三项第二目`, `四第一项`). */
  private anchorItem(it: Item, anchor: string): void {
    it.anchor = this.uniqueAnchor(anchor);
    for (const su of it.subitems) su.anchor = this.uniqueAnchor(subitemAnchor(it.anchor, su.number));
  }

  private uniqueAnchor(a: string): string {
    let id = a;
    for (let i = 2; this.usedAnchors.has(id); i++) id = `${a}-${i}`;
    this.usedAnchors.add(id);
    return id;
  }

  private addDivision(b: Block, cls: ClsOf<'division'>): void {
    this.at = {};
    const stack = this.divisionStack;
    const level = DIVISION_LEVEL[cls.kind];
    while (stack.length && DIVISION_LEVEL[(stack[stack.length - 1] as Division).kind] >= level) stack.pop();
    const parent = stack[stack.length - 1];
    const label = `第${formatNumeral(cls.number)}${cls.kind}`;
    let anchor = cls.kind === '节' && parent ? `${parent.anchor}${label}` : label;
    if (this.usedAnchors.has(anchor) && parent) anchor = `${parent.anchor}${label}`;
    const div: Division = {
      type: 'division',
      kind: cls.kind,
      number: cls.number,
      label,
      title: cls.title,
      anchor: this.uniqueAnchor(anchor),
      heading: b.kind === 'heading',
      position: spanOf(b.node),
      children: [],
      articles: [],
    };
    (parent ? parent.children : this.tree.divisions).push(div);
    stack.push(div);
    this.bind(div, b.node);
  }

  private addArticle(b: Block, cls: ClsOf<'article'>): void {
    this.at = {};
    const label = articleLabel(cls.no);
    const span = spanOf(b.node);
    const a: Article = {
      type: 'article',
      number: cls.no.number,
      label,
      anchor: this.uniqueAnchor(label),
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
    const div = this.divisionStack[this.divisionStack.length - 1];
    if (div) {
      a.division = div.anchor;
      div.articles.push(a);
    }
    this.tree.articles.push(a);
    this.at.article = a;
    this.bind(a, b.node);
    if (b.kind !== 'heading') this.openFirstParagraph(b, b.flat.text.slice(cls.rest).trim(), span);
  }

  /** The text after the label is the first 款; `第五条　（一）…` opens it with an item. */
  private openFirstParagraph(b: Block, rest: string, span: Span): void {
    const itemInline = ITEM_RE.exec(rest);
    const para = this.newParagraph(itemInline ? '' : rest, span, b.node);
    this.at.para = para;
    const n = itemInline ? parseNumeral(itemInline[1] ?? '') : undefined;
    if (!itemInline || n === undefined) return;
    const item: Item = {
      type: 'item',
      number: n,
      label: itemInline[0].trim(),
      style: 'paren',
      text: rest.slice(itemInline[0].length),
      position: span,
      subitems: [],
    };
    para.items.push(item);
    this.at.item = item;
  }

  private addSection(b: Block, cls: ClsOf<'section'>): void {
    this.at = {};
    const span = spanOf(b.node);
    const s: Section = {
      type: 'section',
      number: cls.number,
      label: cls.label,
      anchor: this.uniqueAnchor(formatNumeral(cls.number)),
      heading: b.kind === 'heading',
      position: span,
      paragraphs: [],
      items: [],
      text: '',
    };
    const rest = b.flat.text.slice(cls.rest).trim();
    const title = b.kind === 'heading' ? rest || undefined : sectionTitle(rest);
    if (title !== undefined) s.title = title;
    this.tree.sections.push(s);
    this.at.section = s;
    this.bind(s, b.node);
    if (b.kind !== 'heading' && s.title !== rest) this.at.para = this.newParagraph(rest, span, b.node);
  }

  private addItem(b: Block, cls: ClsOf<'item'>): void {
    const rest = b.flat.text.slice(cls.rest).trim();
    const span = spanOf(b.node);
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
    this.attachItem(it, b, span);
    this.at.item = it;
    this.at.subitem = undefined;
    this.bind(it, b.node);
  }

  private addSubitem(b: Block, cls: ClsOf<'subitem'>): void {
    const rest = b.flat.text.slice(cls.rest).trim();
    const span = spanOf(b.node);
    const { item } = this.at;
    if (item) {
      const su: Subitem = { type: 'subitem', number: cls.number, label: cls.label, text: rest, position: span };
      item.subitems.push(su);
      this.at.subitem = su;
      this.bind(su, b.node);
      return;
    }
    // `1.` directly under a 款 or section: an item in arabic style; `item` stays unset so that
    // the next `1.` stays at this level
    const it: Item = {
      type: 'item',
      number: cls.number,
      label: cls.label,
      style: 'arabic',
      text: rest,
      position: span,
      subitems: [],
    };
    this.attachItem(it, b, span);
    this.bind(it, b.node);
  }

  private attachItem(it: Item, b: Block, span: Span): void {
    this.at.lastItem = it;
    if (this.at.section) this.at.section.items.push(it);
    else {
      this.at.para ??= this.newParagraph('', span, b.node);
      this.at.para.items.push(it);
    }
  }

  private addContinuation(b: Block): void {
    const t = b.flat.text.trim();
    const { subitem, item, para } = this.at;
    if (subitem) appendText(subitem, t);
    else if (item) appendText(item, t);
    else if (para) appendText(para, t);
    else this.at.para = this.newParagraph(t, spanOf(b.node), b.node);
  }

  private addText(b: Block, next: Cls | undefined): void {
    const t = b.flat.text.trim();
    const { section, item, subitem, lastItem } = this.at;
    if (section && item) {
      // in sections a paragraph after an item continues it
      appendText(subitem ?? item, t);
      return;
    }
    // （三）… / unnumbered paragraph / （四）…: the list resumes, so the paragraph is part of （三）
    if (lastItem && next?.t === 'item' && next.style === lastItem.style && next.number === lastItem.number + 1) {
      appendText(subitem ?? lastItem, t);
      return;
    }
    // a line broken in mid-sentence (按照不低于劳动合 / 同规定的…) continues what it breaks
    const open = subitem ?? lastItem ?? this.at.para;
    if (open && this.at.article && open.text && MID_SENTENCE.test(open.text)) {
      appendText(open, t);
      return;
    }
    this.at.para = this.newParagraph(t, spanOf(b.node), b.node);
    this.at.item = undefined;
    this.at.subitem = undefined;
    this.at.lastItem = undefined;
  }

  /** `附表一` / `环境保护税税目税额表` / …: a short first line under a bare label is the title. */
  private addToAttachment(b: Block): void {
    const att = this.at.attachment;
    if (!att) return;
    const t = b.flat.text.trim();
    if (att.title === undefined && !att.text && b.kind !== 'cell' && t.length <= 40 && !SENTENCE_PUNCT.test(t))
      att.title = t;
    else appendText(att, t);
  }

  private addAttachment(b: Block, cls: ClsOf<'attachment'>): void {
    this.at = {};
    const anchor = `${cls.kind}${cls.number ?? ''}`;
    const att: Attachment = {
      type: 'attachment',
      kind: cls.kind,
      label: cls.label,
      anchor: this.uniqueAnchor(anchor),
      text: '',
      position: spanOf(b.node),
    };
    if (cls.number !== undefined) att.number = cls.number;
    if (cls.title !== undefined) att.title = cls.title;
    this.tree.attachments.push(att);
    this.at.attachment = att;
    this.bind(att, b.node);
  }

  private newParagraph(text: string, span: Span, node: Block['node']): Paragraph {
    const p: Paragraph = { type: 'paragraph', index: 1, text, position: span, items: [] };
    const { article, section } = this.at;
    const tree = this.tree;
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
    this.bind(p, node);
    return p;
  }
}
