/**
 * remark-regulation: article anchors, copy-citation links and citation links for
 * regulation pages.
 *
 * Contract
 * --------
 * Use it in Astro through `markdown.remarkPlugins` (it runs after remark-gfm and
 * smartypants, on the body Astro parsed):
 *
 * ```ts
 * remarkPlugins: [[remarkRegulation, {
 *   getCorpus: () => corpus,                       // built once per process (src/handbook/load.ts)
 *   regulationIdForPath: (abs) => ({ id: 'kaoqin/jiguan-kaoqin', edition: 'current' }), // or undefined: not a regulation, untouched
 *   hrefFor: (id, edition, anchor) => `/kaoqin/jiguan-kaoqin/${anchor ? `#${anchor}` : ''}`,
 * }]]
 * ```
 *
 * For each regulation file the plugin (mdast `data.hName/hProperties`, no raw HTML):
 * - gives ids: 编/章/节 `第二章` (class `zd-division`), articles `第五条` (`zd-article`),
 *   款 of multi-款 articles `第五条第二款` (`zd-paragraph`; 第一款 is an empty `<span id>` at
 *   the start of the article), 项 of articles `第五条第三项` / `第五条第二款第三项` (`zd-item`),
 *   sections `一` (`zd-section`), attachments `附件1` (`zd-attachment`, with a copy link);
 *   other items get class `zd-item`, 目 `zd-subitem`;
 * - sets the label that opens an article (`第五条`) in `<strong class="zd-article-label">`;
 * - inserts a copy link as first child of each article / 款 / section:
 *   `<a class="zd-copy" href="#第五条" aria-label="复制引用" tabindex="-1">` (empty; the icon is CSS;
 *   src/client/citations.ts builds the citation from the page's `data-zd-cite` and copies `cite + URL`);
 * - wraps resolved citations in `<a class="zd-cite" href data-target-status aria-describedby>`;
 *   the cited text is in ONE hidden `<div class="zd-cite-tips" hidden data-pagefind-ignore>` at the
 *   end of the page, one `<span role="tooltip" id="zd-tip-N">` per distinct cited point
 *   (deduplicated; screen readers get it through aria-describedby);
 *   abolished targets: class `zd-cite--abolished` + visible `<span class="zd-cite-mark">已废止</span>`;
 *   broken ones (article missing): `zd-cite--broken`, linking to the regulation;
 * - external documents: `<span class="zd-cite-external" title="issuer year">` (an `<a>` if its url is
 *   the document's own address, not a site's home page);
 * - unresolved citations stay plain text; each problem is also a vfile message
 *   (`ruleId` = problem reason, `source` = `zhidu-engine`).
 * Existing Markdown links to regulations (`../kaoqin/jiguan-kaoqin.md#第五条`) get their href
 * rewritten through `hrefFor` and the same classes.
 */
import type { Heading, Link, Paragraph as MdParagraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ElementContent, Properties } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { amendedName, analyzeTree } from '../engine/index.ts';
import type { CitationPiece, Corpus, ResolvedCitation } from '../engine/index.ts';

export interface RemarkRegulationOptions {
  /** The corpus (built once per process). */
  getCorpus(): Corpus;
  /** Map an absolute file path to its regulation, or undefined for other pages (left untouched). */
  regulationIdForPath(absFilePath: string): { id: string; edition: string } | undefined;
  /** URL of a regulation page, optionally with an anchor (`第五条`, not encoded or encoded: your choice). */
  hrefFor(targetId: string, edition: string, anchor?: string): string;
  /** Maximum length of the popover text (default 240 characters). */
  excerptLength?: number;
}

type HNode = { data?: { hName?: string; hProperties?: Properties; hChildren?: ElementContent[] } };

function setProps(node: object, props: Properties, hName?: string): void {
  const n = node as HNode;
  n.data ??= {};
  const prev = n.data.hProperties ?? {};
  const merged: Properties = { ...prev, ...props };
  const cls = [...toList(prev['className']), ...toList(props['className'])];
  if (cls.length) merged['className'] = [...new Set(cls)];
  n.data.hProperties = merged;
  if (hName) n.data.hName = hName;
}

function toList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return v.split(/\s+/).filter(Boolean);
  return [];
}

function hText(value: string, hName: string, props: Properties): Text {
  const t: Text = { type: 'text', value };
  setProps(t, props, hName);
  return t;
}

/**
 * The copy-citation link: only the anchor. The citation text (title, edition, label) is built in the
 * browser from the page (src/client/citations.ts), so a 400-article page does not repeat its title
 * twice per paragraph. Out of the tab order: the client puts the targeted article's link back in it.
 */
function copyLink(anchor: string): Text {
  return hText('', 'a', { href: `#${anchor}`, className: ['zd-copy'], ariaLabel: '复制引用', tabIndex: -1 });
}

/** Wraps the article label that opens `node`'s first plain text in `<strong class="zd-article-label">`. */
function boldLabel(node: MdParagraph | Heading, label: string): void {
  const index = node.children.findIndex((child) => child.type === 'text' && !(child as HNode).data?.hName);
  const first = node.children[index];
  if (first?.type !== 'text' || !first.value.startsWith(label)) return;
  const rest: Text = { type: 'text', value: first.value.slice(label.length) };
  node.children.splice(index, 1, hText(label, 'strong', { className: ['zd-article-label'] }), rest);
}

/**
 * Whether `url` can be the address of one document: a site's home page (`https://flk.npc.gov.cn/`)
 * is not, and a citation linking there would be a wrong link; the citation stays text.
 */
export function isDocumentAddress(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return pathname.replace(/\/+$/, '') !== '' || search !== '';
  } catch {
    return false;
  }
}

/** The remark plugin. See the module comment for the contract. */
export default function remarkRegulation(options: RemarkRegulationOptions) {
  return function transformer(tree: Root, file: VFile): void {
    const path = file.path;
    if (!path) return;
    const which = options.regulationIdForPath(path);
    if (!which) return;
    const corpus = options.getCorpus();
    const parsed = corpus.get(which.id, which.edition);
    const amendment = parsed ? amendedName(parsed.input.title) !== undefined : false;
    const analysis = analyzeTree(tree, { collectNodes: true, amendment });
    const nodes = analysis.nodes;
    if (!nodes) return;
    const t = analysis.tree;

    // --- anchors and copy links -------------------------------------------------------
    const marked = new Set<object>();
    const nodeOf = (el: Parameters<typeof nodes.elements.get>[0]): MdParagraph | Heading | undefined =>
      nodes.elements.get(el);
    const walkDivisions = (list: typeof t.divisions): void => {
      for (const d of list) {
        const n = nodeOf(d);
        if (n)
          setProps(n, {
            id: d.anchor,
            className: [
              'zd-division',
              `zd-division-${d.kind === '编' ? 'part' : d.kind === '章' ? 'chapter' : 'section'}`,
            ],
          });
        walkDivisions(d.children);
      }
    };
    walkDivisions(t.divisions);

    for (const a of t.articles) {
      const n = nodeOf(a);
      if (!n) continue;
      setProps(n, { id: a.anchor, className: ['zd-article'] });
      const lead: PhrasingContent[] = [copyLink(a.anchor)];
      const first = a.paragraphs[0];
      if (first?.anchor && nodeOf(first) === n)
        lead.push(hText('', 'span', { id: first.anchor, className: ['zd-target'] }));
      n.children.unshift(...lead);
      for (const p of a.paragraphs) {
        const pn = nodeOf(p);
        if (!pn || pn === n) continue;
        if (p.anchor) {
          setProps(pn, { id: p.anchor, className: ['zd-paragraph'] });
          pn.children.unshift(copyLink(p.anchor));
        } else setProps(pn, { className: ['zd-paragraph'] });
        for (const it of p.items) markItem(it);
      }
      for (const it of first?.items ?? []) markItem(it);
    }
    for (const s of t.sections) {
      const n = nodeOf(s);
      if (!n) continue;
      setProps(n, { id: s.anchor, className: ['zd-section'] });
      n.children.unshift(copyLink(s.anchor));
      for (const it of s.items) markItem(it);
    }
    for (const att of t.attachments) {
      const n = nodeOf(att);
      if (!n) continue;
      setProps(n, { id: att.anchor, className: ['zd-attachment'] });
      n.children.unshift(copyLink(att.anchor));
    }
    function markItem(it: (typeof t.sections)[number]['items'][number]): void {
      if (marked.has(it)) return;
      marked.add(it);
      const n = nodeOf(it);
      if (n) setProps(n, { className: ['zd-item'] });
      if (n && it.anchor) {
        // a paragraph that already carries the article's or 款's id gets an empty target for the 项
        if ((n as HNode).data?.hProperties?.['id'] === undefined) setProps(n, { id: it.anchor });
        else n.children.unshift(hText('', 'span', { id: it.anchor, className: ['zd-target'] }));
      }
      for (const su of it.subitems) {
        const sn = nodeOf(su);
        if (!sn) continue;
        setProps(sn, { className: ['zd-subitem'] });
        if (!su.anchor) continue;
        if ((sn as HNode).data?.hProperties?.['id'] === undefined) setProps(sn, { id: su.anchor });
        else sn.children.unshift(hText('', 'span', { id: su.anchor, className: ['zd-target'] }));
      }
    }

    // --- citations ---------------------------------------------------------------------
    const tips = new Map<string, { id: string; text: string }>();
    const tipFor = (rc: ResolvedCitation): string | undefined => {
      if (rc.target.kind !== 'regulation') return undefined;
      const key = `${rc.target.id}|${rc.refs.map((r) => r.label).join(',')}|${rc.citation.kind === 'preceding' || rc.citation.kind === 'this-article' || rc.citation.kind === 'relative' ? rc.citation.context.article : ''}`;
      const have = tips.get(key);
      if (have) return have.id;
      let text = corpus.excerpt(rc, options.excerptLength ?? 240);
      if (!text) return undefined;
      if (rc.target.status === 'abolished' && !rc.target.self) text = `${text}\n（已废止）`;
      const id = `zd-tip-${tips.size + 1}`;
      tips.set(key, { id, text });
      return id;
    };

    const replacements = new Map<Text, Array<{ piece: CitationPiece; make: (value: string) => PhrasingContent[] }>>();
    const from = { id: which.id, edition: which.edition, tree: t, ...(parsed ? { status: parsed.input.status } : {}) };

    for (const c of analysis.citations) {
      const rc = corpus.resolve(c, from);
      for (const p of rc.problems) {
        file.message(p.message, { place: c.position, ruleId: p.reason, source: 'zhidu-engine' });
      }
      const binding = nodes.citations.get(c);
      if (!binding) continue;
      const props = citationProps(rc);
      if (!props) continue;
      if (props.kind === 'regulation') {
        const tip = tipFor(rc);
        if (tip) props.props['ariaDescribedBy'] = [tip];
      }
      if (binding.link) {
        if (props.kind === 'regulation' || props.kind === 'external-link') {
          binding.link.url = props.href;
          setProps(binding.link, props.props);
        } else setProps(binding.link, props.props);
        continue;
      }
      if (c.inLink || !binding.pieces.length) continue;
      binding.pieces.forEach((piece, i) => {
        const last = i === binding.pieces.length - 1;
        const list = replacements.get(piece.node) ?? [];
        list.push({ piece, make: (value) => wrap(props, value, last) });
        replacements.set(piece.node, list);
      });
    }

    function citationProps(
      rc: ResolvedCitation,
    ):
      | { kind: 'regulation' | 'external-link'; href: string; props: Properties; abolished: boolean }
      | { kind: 'external'; props: Properties }
      | undefined {
      const target = rc.target;
      if (target.kind === 'external') {
        const d = target.doc;
        const title = [d.issuer, d.year].filter((x) => x !== undefined && x !== '').join(' ');
        const props: Properties = { className: ['zd-cite-external'], ...(title ? { title } : {}) };
        if (d.url && isDocumentAddress(d.url))
          return { kind: 'external-link', href: d.url, props: { ...props, rel: ['external'] }, abolished: false };
        return { kind: 'external', props };
      }
      if (target.kind !== 'regulation') return undefined;
      const anchor = rc.anchor;
      // citations inside the page stay on the page
      const href = target.self && anchor ? `#${anchor}` : options.hrefFor(target.id, target.edition, anchor);
      const cls = ['zd-cite'];
      const abolished = rc.status === 'abolished' || (target.status === 'abolished' && !target.self);
      if (abolished) cls.push('zd-cite--abolished');
      if (rc.status === 'broken') cls.push('zd-cite--broken');
      return {
        kind: 'regulation',
        href,
        abolished,
        props: { className: cls, dataTargetStatus: target.status, ...(target.self ? { dataSelf: '' } : {}) },
      };
    }

    function wrap(p: NonNullable<ReturnType<typeof citationProps>>, value: string, last: boolean): PhrasingContent[] {
      if (p.kind === 'external') return [hText(value, 'span', p.props)];
      const link: Link = { type: 'link', url: p.href, children: [{ type: 'text', value }] };
      setProps(link, p.props);
      const out: PhrasingContent[] = [link];
      if (p.kind === 'regulation' && p.abolished && last)
        out.push(hText('已废止', 'span', { className: ['zd-cite-mark'] }));
      return out;
    }

    if (replacements.size) {
      visit(tree, 'text', (node, index, parent) => {
        const list = replacements.get(node);
        if (!list || !parent || index === undefined) return;
        list.sort((x, y) => x.piece.start - y.piece.start);
        const out: PhrasingContent[] = [];
        let pos = 0;
        for (const r of list) {
          if (r.piece.start < pos) continue; // overlapping (should not happen)
          if (r.piece.start > pos) out.push({ type: 'text', value: node.value.slice(pos, r.piece.start) });
          out.push(...r.make(node.value.slice(r.piece.start, r.piece.end)));
          pos = r.piece.end;
        }
        if (pos < node.value.length) out.push({ type: 'text', value: node.value.slice(pos) });
        (parent.children as PhrasingContent[]).splice(index, 1, ...out);
        return [SKIP, index + out.length];
      });
    }

    // 第X条 in bold, as printed compendia set it (after citations: they hold references to text nodes).
    for (const a of t.articles) {
      const n = nodeOf(a);
      if (n) boldLabel(n, a.label);
    }

    if (tips.size) {
      const children: ElementContent[] = [];
      for (const { id, text } of tips.values())
        children.push(h('span', { id, role: 'tooltip', className: ['zd-tip'] }, text));
      const container: MdParagraph = { type: 'paragraph', children: [] };
      const data = {
        hName: 'div',
        hProperties: { className: ['zd-cite-tips'], hidden: true, dataPagefindIgnore: 'all' },
        hChildren: children,
      };
      (container as HNode).data = data;
      tree.children.push(container as RootContent);
    }
  };
}

export { remarkRegulation };
