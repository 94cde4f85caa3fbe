/**
 * /word/compare/<chapter>/<slug>.docx: 修订对照表 of a regulation revised in this edition (src/word/revision-table.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionChanges, type RevisedEntry } from '../../../../editions/site.ts';
import { loadHandbookModel } from '../../../../handbook/load.ts';
import { exportRevisionTable } from '../../../../word/revision-table.ts';
import { DOCX_HEADERS } from '../../../../word/word-names.ts';

export const getStaticPaths = (async () => {
  const model = await loadHandbookModel();
  const changes = editionChanges(model, model.current);
  const previousYear = changes.previous?.year ?? model.current.year - 1;
  return changes.revised.map((revised) => ({
    params: { chapter: revised.regulation.chapter, slug: revised.regulation.slug },
    props: { revised, previousYear },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ revised: RevisedEntry; previousYear: number }> = async ({ props }) =>
  new Response(new Uint8Array(await exportRevisionTable(props.revised, props.previousYear)), { headers: DOCX_HEADERS });
