/**
 * rehype-article-changes: on the current page of a revised regulation, each article changed in
 * this edition gets a marker after its first paragraph:
 *
 *   <a class="zd-article-change" href="/compare/kaoqin/qingxiaojia/#第七条">本条于2026年修订</a>
 *
 * It relies on the ids the engine's remark plugin (src/plugins/remark-regulation.ts) puts on
 * articles (`.zd-article#第七条`) and sections (`.zd-section#一`), so it must run after it
 * (rehype plugins always run after remark plugins). Register in astro.config.ts:
 *
 *   markdown: { rehypePlugins: [[rehypeArticleChanges, {}]] }
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { loadHandbookModel } from '../handbook/load.ts';
import { changedArticles, comparePath } from './site.ts';

export interface ArticleChangesOptions {
  /** Repository root (default: the working directory). */
  root?: string;
  /** Site base, default `import.meta.env.BASE_URL` or `/`. */
  base?: string;
  /** For tests: changed anchors of a file (default: from the handbook model). */
  changesFor?: (id: string) => Promise<{ anchors: string[]; year: number } | undefined>;
}

/** `content/regulations/kaoqin/qingxiaojia.md` → `kaoqin/qingxiaojia` (current edition only). */
export function currentRegulationId(root: string, path: string | undefined): string | undefined {
  if (!path) return undefined;
  const rel = (isAbsolute(path) ? relative(root, path) : path).split(sep).join('/');
  const match = /^content\/regulations\/([^/]+)\/([^/]+)\.md$/.exec(rel);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

const hasClass = (node: Element, name: string): boolean => {
  const value = node.properties?.['className'];
  return Array.isArray(value) ? value.includes(name) : value === name;
};

function marker(href: string, year: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['zd-article-change'], href, title: `查看本条${year}年修订前后的对照` },
    children: [{ type: 'text', value: `本条于${year}年修订` }],
  };
}

export default function rehypeArticleChanges(options: ArticleChangesOptions = {}) {
  const root = options.root ?? process.cwd();
  const envBase = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL;
  const base = (options.base ?? envBase ?? '/').replace(/\/?$/, '/');
  const changesFor = options.changesFor ?? (async (id: string) => changedArticles(await loadHandbookModel(root), id));
  return async (tree: Root, file: VFile): Promise<void> => {
    const id = currentRegulationId(root, file.path);
    if (!id) return;
    const changes = await changesFor(id);
    if (!changes || changes.anchors.length === 0) return;
    const wanted = new Set(changes.anchors);
    visit(tree, 'element', (node: Element) => {
      const anchor = node.properties?.['id'];
      if (typeof anchor !== 'string' || !wanted.has(anchor)) return;
      if (!hasClass(node, 'zd-article') && !hasClass(node, 'zd-section')) return;
      wanted.delete(anchor);
      const href = `${base}${comparePath(id)}#${encodeURIComponent(anchor)}`;
      const spacer: ElementContent = { type: 'text', value: ' ' };
      node.children.push(spacer, marker(href, changes.year));
    });
  };
}
