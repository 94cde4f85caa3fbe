import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { lastChangeDate } from '../handbook/grouping.ts';
import { loadHandbookCorpus, loadHandbookModel } from '../handbook/load.ts';
import { isGitHistoryIncomplete } from './git-history.ts';
import { findRegulationByRouteId } from './lookup.ts';
import { buildSidebar, locate, type GuideLink } from './sidebar.ts';
import { buildRegulationToc } from './toc.ts';
import { describeRegulation } from './describe.ts';
import { qualifiedTitle, statusQualifier } from './status.ts';
import { chinaDayAsUtc } from './dates.ts';

let guideLinks: Promise<GuideLink[]> | undefined;

/** The 编辑指南 pages in their `order`, then the error-code catalogue. */
function loadGuideLinks(): Promise<GuideLink[]> {
  guideLinks ??= getCollection('guide').then((pages) => [
    ...pages
      .sort((a, b) => a.data.order - b.data.order)
      .map((page) => ({ label: page.data.title, path: page.id === 'index' ? 'guide/' : `guide/${page.id}/` })),
    { label: '错误代码说明', path: 'guide/error-codes/' },
  ]);
  return guideLinks;
}

/** Per-page route data: our own sidebar, the regulation's table of contents, and 最后更新 when git cannot tell. */
export const onRequest = defineRouteMiddleware(async (context) => {
  const model = await loadHandbookModel();
  const base = import.meta.env.BASE_URL;
  const path = decodeURI(context.url.pathname)
    .slice(base.length - (base.endsWith('/') ? 1 : 0))
    .replace(/^\/+/, '');
  const route = context.locals.starlightRoute;
  route.sidebar = buildSidebar(model, locate(path, model), base, await loadGuideLinks());

  const regulation = route.entry.filePath.startsWith('content/') ? findRegulationByRouteId(model, route.id) : undefined;
  if (regulation && (!route.lastUpdated || isGitHistoryIncomplete())) {
    route.lastUpdated = new Date(`${lastChangeDate(regulation.regulation)}T00:00:00+08:00`);
  }
  if (route.lastUpdated) route.lastUpdated = chinaDayAsUtc(route.lastUpdated);
  if (!regulation) return;
  const { id, edition, data } = regulation.regulation;
  // An old or abolished text says so in the tab title too (bookmarks, history, shared tabs).
  const qualifier = statusQualifier(regulation.regulation, regulation.edition);
  if (qualifier) {
    const title = route.head.find((tag) => tag.tag === 'title');
    if (title) title.content = qualifiedTitle(data.title, qualifier) + (title.content ?? '').slice(data.title.length);
  }
  const corpus = await loadHandbookCorpus();
  const entries = corpus.toc(id, edition);
  if (!data.description) {
    const description = describeRegulation(data.title, corpus.get(id, edition)?.tree);
    route.head = route.head.filter(
      (tag) =>
        !(
          tag.tag === 'meta' &&
          (tag.attrs?.['name'] === 'description' || tag.attrs?.['property'] === 'og:description')
        ),
    );
    route.head.push(
      { tag: 'meta', attrs: { name: 'description', content: description } },
      { tag: 'meta', attrs: { property: 'og:description', content: description } },
    );
  }
  route.toc = buildRegulationToc(data.title, entries, [
    { slug: 'history', text: '修订历史' },
    { slug: 'backlinks', text: '被引用情况' },
  ]);
});
