/**
 * Archived pages: the status bar's link to the current text follows the article the reader is on.
 * `#第七条` (or `#第七条第二款`) becomes “查看现行第七条” when the build aligned that article with a
 * current one (`data-article-map`, old anchor → current anchor); otherwise the link stays
 * “查看现行规定” and opens the current regulation's top.
 */

const ARTICLE = /^(第[〇零一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?)/u;

function update(): void {
  const bar = document.querySelector<HTMLElement>('.zd-status-bar[data-article-map]');
  const link = bar?.querySelector<HTMLAnchorElement>('a[data-base]');
  if (!bar || !link) return;
  let mapping: Record<string, string>;
  try {
    mapping = JSON.parse(bar.dataset['articleMap'] ?? '{}') as Record<string, string>;
  } catch {
    return;
  }
  const hash = decodeURIComponent(location.hash.slice(1));
  const article = ARTICLE.exec(hash)?.[1];
  const target = article ? mapping[article] : undefined;
  const base = link.dataset['base'] ?? link.href;
  link.href = target ? `${base}#${target}` : base;
  link.textContent = target ? `查看现行${target}` : '查看现行规定';
}

if (typeof document !== 'undefined') {
  window.addEventListener('hashchange', update);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', update, { once: true });
  else update();
}

export {};
