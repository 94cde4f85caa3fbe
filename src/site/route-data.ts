import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { loadHandbookModel } from '../handbook/model.ts';
import { buildSidebar, locate } from './sidebar.ts';

/** Replaces Starlight's global sidebar with one built for the page being rendered. */
export const onRequest = defineRouteMiddleware(async (context) => {
  const model = await loadHandbookModel();
  const base = import.meta.env.BASE_URL;
  const path = decodeURI(context.url.pathname)
    .slice(base.length - (base.endsWith('/') ? 1 : 0))
    .replace(/^\/+/, '');
  const route = context.locals.starlightRoute;
  route.sidebar = buildSidebar(model, locate(path, model), base);
});
