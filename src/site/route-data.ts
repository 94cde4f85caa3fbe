import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastChangeDate } from '../handbook/grouping.ts';
import { loadHandbookModel } from '../handbook/model.ts';
import { isGitHistoryIncomplete } from './git-history.ts';
import { findRegulationByRouteId } from './lookup.ts';
import { buildSidebar, locate } from './sidebar.ts';

/** Per-page route data: our own sidebar, and the 最后更新 date when git cannot provide it. */
export const onRequest = defineRouteMiddleware(async (context) => {
  const model = await loadHandbookModel();
  const base = import.meta.env.BASE_URL;
  const path = decodeURI(context.url.pathname)
    .slice(base.length - (base.endsWith('/') ? 1 : 0))
    .replace(/^\/+/, '');
  const route = context.locals.starlightRoute;
  route.sidebar = buildSidebar(model, locate(path, model), base);

  const regulation = route.entry.filePath.startsWith('content/') ? findRegulationByRouteId(model, route.id) : undefined;
  if (regulation && (!route.lastUpdated || isGitHistoryIncomplete())) {
    route.lastUpdated = new Date(`${lastChangeDate(regulation.regulation)}T00:00:00+08:00`);
  }
});
