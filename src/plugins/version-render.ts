/**
 * Renders a past text of a regulation for its version page with the same engine plugin as every
 * regulation page: article anchors, copy links, and citations. Citations are resolved by the
 * engine against the edition in force when the text took effect, and each cited regulation links
 * to ITS text in force on that same day (version-site.ts `pathOn`), not today's.
 */
import { unified } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { findFrontmatter } from '../handbook/frontmatter.ts';
import { loadHandbookCorpus, loadHandbookModel } from '../handbook/load.ts';
import remarkRegulation from './remark-regulation.ts';
import { withBase } from '../site/urls.ts';
import type { RegulationText } from '../editions/text-timeline.ts';
import { loadSiteTimelines, pathOn } from '../site/version-site.ts';

/** The edition whose names a text of `date` cites by: the newest issued on or before that day, else the oldest. */
async function editionOn(date: string): Promise<string> {
  const model = await loadHandbookModel();
  const editions = [model.current, ...model.archived];
  const issued = editions.find(
    (edition) => edition.handbook.edition.issuedOn && edition.handbook.edition.issuedOn <= date,
  );
  return (issued ?? editions.at(-1) ?? model.current).key;
}

/** HTML of a kept text (frontmatter removed), citations pointing at the texts in force on its first day. */
export async function renderVersion(text: RegulationText, base: string): Promise<string> {
  const stored = text.stored;
  if (!stored || !text.from) return '';
  const date = text.from;
  const [corpus, timelines] = await Promise.all([loadHandbookCorpus(), loadSiteTimelines()]);
  const edition = await editionOn(date);
  const block = findFrontmatter(stored.source);
  const body = block ? stored.source.split(/\r?\n/).slice(block.endLine).join('\n') : stored.source;
  const renderer = await unified({
    remarkPlugins: [
      [
        remarkRegulation,
        {
          getCorpus: () => corpus,
          regulationIdForPath: () => ({ id: text.regulationId, edition }),
          hrefFor: (id: string, _edition: string, anchor?: string) =>
            withBase(base, pathOn(timelines, id, date), anchor),
        },
      ],
    ],
  }).createRenderer({ syntaxHighlight: false });
  const result = await renderer.render(body, {
    fileURL: pathToFileURL(`/versions/${text.regulationId}/${date}.md`),
    frontmatter: { title: text.stored?.fields.title },
  });
  return result.code;
}
