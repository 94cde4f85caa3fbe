/** Markdown links between regulation files: which regulation a link's path names. */

/** Regulation id a Markdown link points to, relative to the citing id. */
export function linkTargetId(href: string, fromId: string): { id: string; isMd: boolean } | undefined {
  let path = href.split('#')[0]?.split('?')[0] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep */
  }
  if (path === '') return { id: fromId, isMd: true };
  const isMd = /\.mdx?$/i.test(path);
  path = path
    .replace(/\.mdx?$/i, '')
    .replace(/\/index$/i, '')
    .replace(/\.html$/i, '');
  let segs: string[];
  if (path.startsWith('/')) segs = path.split('/').filter(Boolean);
  else {
    segs = fromId.split('/').slice(0, -1);
    for (const s of path.split('/')) {
      if (s === '' || s === '.') continue;
      if (s === '..') segs.pop();
      else segs.push(s);
    }
  }
  if (segs.length < 1) return undefined;
  return { id: segs.slice(-2).join('/'), isMd };
}
