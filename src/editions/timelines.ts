/**
 * The timelines of every regulation of a content tree: the current files, their edition snapshots
 * and their kept texts put together (text-timeline.ts holds the model, this file the gathering).
 */
import { CURRENT_EDITION, type ContentTree } from '../handbook/content-tree.ts';
import type { RegulationFile } from '../handbook/regulation-file.ts';
import type { KeptFolder } from './kept-text.ts';
import type { Redirect } from './redirects.ts';
import { buildTimeline, type TextCandidate, type TextOrigin, type Timeline } from './text-timeline.ts';

function candidateOf(file: RegulationFile, origin: TextOrigin): TextCandidate | undefined {
  const data = file.data;
  if (!data) return undefined;
  return {
    origin,
    source: file.source,
    fields: { title: data.title, effective: data.effective, docNumber: data.docNumber, history: data.history },
  };
}

/**
 * Timelines of the current edition's regulations, keyed by `<chapter>/<slug>`. A regulation renamed
 * or moved (content/redirects.yml) finds its earlier texts in the editions under its former name.
 */
export function timelinesOf(
  tree: ContentTree,
  kept: readonly KeptFolder[],
  redirects: readonly Redirect[] = [],
): Map<string, Timeline> {
  const renamed = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));
  const frozen = new Map<string, TextCandidate[]>();
  const add = (id: string, candidate: TextCandidate | undefined) => {
    if (!candidate) return;
    const list = frozen.get(id) ?? [];
    list.push(candidate);
    frozen.set(id, list);
  };
  for (const edition of tree.editions) {
    if (edition.key === CURRENT_EDITION) continue;
    for (const file of edition.regulations)
      add(renamed.get(file.id) ?? file.id, candidateOf(file, { kind: 'edition', edition: edition.key }));
  }
  for (const folder of kept) {
    for (const text of folder.texts) {
      if (text.fields)
        add(folder.regulationId, {
          origin: { kind: 'kept', filePath: text.filePath },
          source: text.source,
          fields: text.fields,
        });
    }
  }
  const out = new Map<string, Timeline>();
  const current = tree.editions.find((edition) => edition.key === CURRENT_EDITION);
  for (const file of current?.regulations ?? []) {
    const candidate = candidateOf(file, { kind: 'current' });
    if (candidate && file.depth === 1) out.set(file.id, buildTimeline(file.id, candidate, frozen.get(file.id) ?? []));
  }
  return out;
}
