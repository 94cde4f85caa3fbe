/**
 * Adapts a regulation's rendered HTML (the site's one remark pipeline) for a printed document:
 * - headings go down one level (the regulation title is the h2, the chapter the h1), so the PDF outline nests;
 *   章 headings (`第一章　总则`) get a class to be centred as in 公文;
 * - ids get a per-regulation prefix (a compendium holds many `第一章总则`), so anchors stay unique;
 * - links lose their href: a PDF must not point at the renderer's local server, and citations print as text;
 * - web furniture goes: copy-citation buttons (`a.zd-copy`) and change markers (`a.zd-article-change`,
 *   「本条于2026年修订」, a link to the comparison page). Citation popovers stay hidden (`hidden`, and CSS).
 */
const FURNITURE = /\s*<a\b[^>]*\bclass="[^"]*\b(?:zd-copy|zd-article-change)\b[^"]*"[^>]*>[\s\S]*?<\/a>/g;

/** Print HTML of the regulations rendered so far in this build (see BodyHtml.astro). */
export const preparedBodies = new Map<string, string>();

export function prepareBodyHtml(html: string, idPrefix: string): string {
  return html
    .replace(FURNITURE, '')
    .replace(/<(\/?)h([1-5])(?=[\s>])([^>]*)>/g, (_match, close: string, level: string, attrs: string) => {
      const next = Number(level) + 1;
      if (close) return `</h${next}>`;
      return `<h${next}${attrs}>`;
    })
    .replace(/(<h[2-6][^>]*>)(\s*第[一二三四五六七八九十百零〇]+章)/g, (_m, open: string, text: string) =>
      open.includes('class="')
        ? `${open.replace('class="', 'class="zd-print-chapter-heading ')}${text}`
        : `${open.slice(0, -1)} class="zd-print-chapter-heading">${text}`,
    )
    .replace(
      /\b(id|aria-labelledby|aria-describedby|for)="([^"]*)"/g,
      (_m, attr: string, value: string) =>
        `${attr}="${value
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => `${idPrefix}${id}`)
          .join(' ')}"`,
    )
    .replace(/<a\b([^>]*)>/g, (_m, attrs: string) => `<a${attrs.replace(/\s(href|target|rel)="[^"]*"/g, '')}>`);
}
