/** /changes.xml: Atom feed of the handbook's changes (new / revised / abolished, newest first). */
import type { APIRoute } from 'astro';
import { CURRENT_EDITION } from '../handbook/content-tree.ts';
import { loadHandbookModel } from '../handbook/load.ts';
import { buildChangesFeed } from '../editions/feed.ts';
import { loadRedirects } from '../editions/site-redirects.ts';

export const GET: APIRoute = async ({ site }) => {
  const model = await loadHandbookModel();
  const base = new URL(import.meta.env.BASE_URL, site ?? 'http://localhost/').href;
  const xml = buildChangesFeed(model, { base, redirects: await loadRedirects(), currentKey: CURRENT_EDITION });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
