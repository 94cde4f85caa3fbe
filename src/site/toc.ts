import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { TocEntry } from '../engine/index.ts';

type Toc = NonNullable<StarlightRouteData['toc']>;
type TocItem = Toc['items'][number];

/** Extra sections every regulation page ends with. */
export interface TrailingSection {
  slug: string;
  text: string;
}

/** Beyond this many articles, 本页内容 lists the articles under their chapters. */
export const LONG_REGULATION_ARTICLES = 20;

/** `第二章`, `第一编`, `第二章第一节`: the anchors of 编/章/节. */
const DIVISION_ANCHOR = /^第[^条]+[编章节]$/;

/**
 * A regulation's 本页内容: its 编/章/节 (or its articles or 一、 sections when it has none; for a long
 * regulation, its articles nested under its 编/章/节) from the engine, instead of every Markdown
 * heading, followed by the page's own sections (修订历史, 被引用情况).
 */
export function buildRegulationToc(
  title: string,
  entries: readonly TocEntry[],
  trailing: readonly TrailingSection[],
): Toc {
  const top: TocItem = { depth: 2, slug: '_top', text: title, children: [] };
  const items: TocItem[] = [top];
  const divisions = entries.filter((entry) => DIVISION_ANCHOR.test(entry.anchor));
  // A long regulation lists its articles too, under their chapter (collapsed by CSS to the chapter
  // being read), so a reader can jump to 第三十条; a short one lists its chapters only.
  const long = entries.length - divisions.length > LONG_REGULATION_ARTICLES;
  const listed = divisions.length > 0 && !long ? divisions : entries;
  const minDepth = Math.min(...listed.map((entry) => entry.depth));
  for (const entry of listed) {
    const depth = 2 + entry.depth - minDepth;
    const text = entry.title ? `${entry.label}\u3000${entry.title}` : entry.label;
    insert(items, { depth, slug: entry.anchor, text, children: [] });
  }
  for (const section of trailing) items.push({ depth: 2, slug: section.slug, text: section.text, children: [] });
  return { minHeadingLevel: 2, maxHeadingLevel: 4, items };
}

function insert(items: TocItem[], item: TocItem): void {
  const last = items.at(-1);
  if (!last || last.depth >= item.depth || last.slug === '_top') items.push(item);
  else insert(last.children, item);
}
