/**
 * /word/<chapter>.docx: the regulations in force of one chapter; /word/quanben.docx: the whole edition.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { groupByChapter } from '../../handbook/grouping.ts';
import { loadHandbookModel } from '../../handbook/load.ts';
import type { ChapterEntry } from '../../handbook/model.ts';
import { exportCollection } from '../../word/export-document.ts';
import { DOCX_HEADERS, WHOLE_KEY } from '../../word/word-names.ts';

export const getStaticPaths = (async () => {
  const model = await loadHandbookModel();
  const chapters = groupByChapter(model.current, model.chapters)
    .filter((group) => group.regulations.length > 0)
    .map((group) => ({ params: { chapter: group.chapter.key }, props: { chapter: group.chapter } }));
  return [...chapters, { params: { chapter: WHOLE_KEY }, props: {} }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter?: ChapterEntry }> = async ({ props }) => {
  const model = await loadHandbookModel();
  const docx = await exportCollection(model.current, model.chapters, props.chapter);
  if (!docx) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(docx), { headers: DOCX_HEADERS });
};
