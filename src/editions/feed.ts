/** Atom feed of changes (`/changes.xml`): one entry per new, revised or abolished regulation. */
import type { HandbookModel, Regulation } from '../handbook/model.ts';
import type { HistoryEntry } from '../schema/index.ts';
import type { Redirect } from './redirects.ts';
import { comparePath, editionChanges, editionChangesPath } from './site.ts';

export interface FeedOptions {
  /** Absolute site URL including the base, ending with `/`. */
  base: string;
  redirects?: readonly Redirect[];
  currentKey: string;
}

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ACTIONS = { new: '新建', revised: '修订', abolished: '废止' } as const;

interface FeedEntry {
  id: string;
  title: string;
  link: string;
  date: string;
  summary: string;
}

function pagePath(regulation: Regulation, currentKey: string): string {
  return regulation.edition === currentKey ? `${regulation.id}/` : `${regulation.edition}/${regulation.id}/`;
}

export function buildChangesFeed(model: HandbookModel, options: FeedOptions): string {
  const entries: FeedEntry[] = [];
  for (const edition of [model.current, ...model.archived]) {
    const changes = editionChanges(model, edition, options.redirects);
    const isCurrent = edition.key === options.currentKey;
    const add = (kind: keyof typeof ACTIONS, regulation: Regulation, entry: HistoryEntry | undefined, link: string) => {
      const date = entry?.date ?? edition.handbook.edition.issuedOn ?? `${edition.year}-01-01`;
      entries.push({
        id: `${options.base}${editionChangesPath(edition.year)}#${kind}-${regulation.id}`,
        title: `${ACTIONS[kind]}：《${regulation.data.title}》（${edition.year}年版）`,
        link: `${options.base}${link}`,
        date,
        summary: entry?.note ?? `${edition.year}年度制度清理${ACTIONS[kind]}。`,
      });
    };
    for (const regulation of changes.new)
      add('new', regulation, regulation.data.history[0], pagePath(regulation, options.currentKey));
    for (const revised of changes.revised)
      add(
        'revised',
        revised.regulation,
        revised.entry,
        isCurrent ? comparePath(revised.regulation.id) : pagePath(revised.regulation, options.currentKey),
      );
    for (const regulation of changes.abolished)
      add('abolished', regulation, regulation.data.history.at(-1), pagePath(regulation, options.currentKey));
  }
  entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title, 'zh')));
  const updated = entries[0]?.date ?? model.current.handbook.edition.issuedOn ?? `${model.current.year}-01-01`;
  const iso = (date: string) => `${date}T00:00:00+08:00`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escape(model.current.handbook.title)}：制度变化</title>`,
    `  <id>${escape(options.base)}changes.xml</id>`,
    `  <link rel="self" href="${escape(options.base)}changes.xml"/>`,
    `  <link href="${escape(options.base)}${editionChangesPath(model.current.year)}"/>`,
    `  <updated>${iso(updated)}</updated>`,
    `  <author><name>${escape(model.current.handbook.issuer)}</name></author>`,
    ...entries.map((entry) =>
      [
        '  <entry>',
        `    <title>${escape(entry.title)}</title>`,
        `    <id>${escape(entry.id)}</id>`,
        `    <link href="${escape(entry.link)}"/>`,
        `    <updated>${iso(entry.date)}</updated>`,
        `    <summary>${escape(entry.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
