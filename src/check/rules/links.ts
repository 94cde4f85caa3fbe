/**
 * ZD011: a relative or site-absolute Markdown link (not a `.md` file link, which the citation
 * engine resolves as ZD308/ZD309) must lead to a page the site builds, and a `#第X条` fragment on a
 * regulation page to an article that exists — as starlight-links-validator does for the site.
 * Links the site map cannot judge (guide pages, PDFs, search) are left alone: right or not raised.
 */
import { visit } from 'unist-util-visit';
import { articleLabel, parseAnchor, parseMarkdown, type Corpus } from '../../engine/index.ts';
import type { ContentTree } from '../../handbook/index.ts';
import { finding, type Finding } from '../finding.ts';

/** Top-level folders of the site whose pages this rule does not enumerate. */
const NOT_JUDGED = new Set(['guide', 'print', 'pdf', 'pagefind', '_astro', 'changes.xml', 'favicon.svg']);

export interface SiteMap {
  /** `kaoqin/qingxiaojia` → corpus id and edition of a regulation page, by its URL path without slashes. */
  regulations: Map<string, { id: string; edition: string }>;
  /** Every other page path (`kaoqin`, `2025`, `editions/2025`, `departments/dangzhengban` …). */
  pages: Set<string>;
}

/** The pages the site builds for a content tree (src/pages), as URL paths without the outer slashes. */
export function siteMapOf(tree: ContentTree): SiteMap {
  const regulations = new Map<string, { id: string; edition: string }>();
  const pages = new Set(['', 'editions', 'departments', 'status']);
  for (const edition of tree.editions) {
    const prefix = edition.key === 'current' ? '' : `${edition.key}/`;
    if (prefix) pages.add(edition.key);
    const year = edition.handbook.value?.edition.year;
    if (year) pages.add(`editions/${year}`);
    for (const file of edition.regulations) {
      if (file.depth !== 1) continue;
      regulations.set(`${prefix}${file.id}`, { id: file.id, edition: file.edition });
      pages.add(`${prefix}${file.chapter}`);
      if (!prefix) pages.add(`compare/${file.id}`);
    }
  }
  for (const department of Object.values(tree.departments.value ?? {})) pages.add(`departments/${department.slug}`);
  return { regulations, pages };
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The URL path a link leads to from a regulation page (`/<chapter>/<slug>/`), or undefined when not judged. */
function resolvePath(url: string, pagePath: string): { path: string; fragment: string } | undefined {
  if (SCHEME.test(url) || url.startsWith('//') || url.startsWith('#') || /\.md(?:#|$)/.test(url)) return undefined;
  const [rawPath = '', fragment = ''] = url.split('#');
  if (rawPath.includes('?')) return undefined;
  const resolved = new URL(rawPath, `http://site/${pagePath}/`).pathname;
  let path: string;
  try {
    path = decodeURIComponent(resolved).replace(/^\/+|\/+$/g, '');
  } catch {
    return undefined;
  }
  return { path, fragment };
}

/** ZD011 for one regulation file. */
export function checkLinks(
  file: { filePath: string; id: string; edition: string; source: string },
  site: SiteMap,
  corpus: Corpus,
): Finding[] {
  if (!file.source.includes('](') && !/^\s*\[[^\]]+\]:/m.test(file.source)) return [];
  const pagePath = file.edition === 'current' ? file.id : `${file.edition}/${file.id}`;
  const out: Finding[] = [];
  visit(parseMarkdown(file.source), (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const target = resolvePath(node.url, pagePath);
    if (!target || NOT_JUDGED.has(target.path.split('/')[0] ?? '')) return;
    const at = { file: file.filePath, line: node.position?.start.line, column: node.position?.start.column };
    const regulation = site.regulations.get(target.path);
    if (!regulation) {
      if (!site.pages.has(target.path))
        out.push(finding('ZD011', { ...at, message: `链接 ${node.url} 指向的页面 /${target.path}/ 不存在` }));
      return;
    }
    const point = target.fragment ? parseAnchor(target.fragment) : undefined;
    if (!point?.article || point.paragraph !== undefined) return;
    const parsed = corpus.get(regulation.id, regulation.edition);
    const label = articleLabel(point.article);
    if (parsed && !parsed.tree.articles.some((article) => article.anchor === label))
      out.push(
        finding('ZD011', {
          ...at,
          message: `链接 ${node.url} 指向的《${parsed.input.title}》没有${label}`,
          hint: `核对条文编号；《${parsed.input.title}》共 ${parsed.tree.articles.length} 条。`,
        }),
      );
  });
  return out;
}
