/**
 * Cuts the as-at print page (every text ever in force, as-at.ts) down to one dated document before it is printed:
 * removes the articles and table-of-contents entries of texts not in force that day (and of other chapters),
 * puts each chapter heading on the chapter's first remaining article, numbers the named pages in order and writes
 * their running headers, and states the date on the cover. Runs in the page (Playwright `evaluate`), so the
 * printed document is the same HTML, stylesheet and fonts as the site built.
 */
import type { Page } from 'playwright-core';
import type { AsAtPagePlan } from './as-at-select.ts';
import { PdfError } from './errors.ts';

/** The DOM work, self-contained (it is serialised into the page). Returns the anchors it could not find. */
function cutPage(plan: AsAtPagePlan): string[] {
  const keep = new Set(plan.chapters.flatMap((chapter) => chapter.articles));
  const missing = [...keep].filter((anchor) => !document.getElementById(anchor));
  for (const article of document.querySelectorAll<HTMLElement>('main article.zd-reg')) {
    if (!keep.has(article.id)) article.remove();
  }
  const chapterAnchors = new Set(plan.chapters.map((chapter) => chapter.anchor));
  for (const item of document.querySelectorAll<HTMLElement>('.zd-toc__chapter')) {
    const chapterTarget = item.querySelector<HTMLElement>('.zd-toc__entry--chapter [data-toc-target]');
    const anchor = chapterTarget?.dataset['tocTarget'] ?? '';
    if (!chapterAnchors.has(anchor)) {
      item.remove();
      continue;
    }
    for (const entry of item.querySelectorAll<HTMLElement>('ol > li')) {
      const target = entry.querySelector<HTMLElement>('[data-toc-target]')?.dataset['tocTarget'] ?? '';
      if (!keep.has(target)) entry.remove();
    }
    if (!plan.whole) {
      item.querySelector('.zd-toc__entry--chapter')?.remove();
      item.classList.add('zd-toc__chapter--single');
    }
  }
  let index = 0;
  for (const chapter of plan.chapters) {
    chapter.articles.forEach((anchor, position) => {
      const article = document.getElementById(anchor);
      if (!article) return;
      article.style.setProperty('page', `zd-reg-${index++}`);
      if (position > 0) return;
      const heading = document.createElement('h1');
      heading.className = 'zd-chapter-title';
      heading.id = chapter.anchor;
      heading.textContent = chapter.heading;
      article.prepend(heading);
    });
  }
  const headers = document.getElementById('zd-print-headers');
  if (headers) headers.textContent = plan.headerCss;
  const edition = document.querySelector('.zd-cover__edition');
  if (edition) edition.textContent = plan.coverEdition;
  const chapterLine = document.querySelector('.zd-cover__chapter');
  if (chapterLine) chapterLine.textContent = plan.coverChapter;
  document.title = plan.title;
  return missing;
}

/** Applies the plan to the loaded as-at page; refuses when the page lacks a text the manifest promised. */
export async function applyAsAtPlan(page: Page, plan: AsAtPagePlan): Promise<void> {
  const missing = await page.evaluate(cutPage, plan);
  if (missing.length > 0) {
    throw new PdfError(`打印页面中缺少这些文本（网站与打印清单不一致，请重新构建）：${missing.join('、')}`);
  }
}
