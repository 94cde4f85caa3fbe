/**
 * /word/<chapter>/<slug>.docx: one regulation of the current edition as a 公文 draft (src/word/).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbookModel } from '../../../handbook/load.ts';
import type { Regulation } from '../../../handbook/model.ts';
import { exportRegulation } from '../../../word/export-document.ts';
import { DOCX_HEADERS } from '../../../word/word-names.ts';

export const getStaticPaths = (async () => {
  const model = await loadHandbookModel();
  return model.current.regulations.map((regulation) => ({
    params: { chapter: regulation.chapter, slug: regulation.slug },
    props: { regulation },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ regulation: Regulation }> = async ({ props }) =>
  new Response(new Uint8Array(await exportRegulation(props.regulation)), { headers: DOCX_HEADERS });
