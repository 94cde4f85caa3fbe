/** Backlinks: who cites a regulation (other regulations of the same edition), in corpus order. */
import type { EditionIndex, Entry } from './corpus-index.ts';
import type { Backlink, ResolvedCitation } from './types.ts';

/** Record a resolved citation on the regulation it cites (self-citations are not backlinks). */
export function addBacklink(from: Entry, rc: ResolvedCitation, ed: EditionIndex | undefined): void {
  if (rc.target.kind !== 'regulation' || rc.target.self) return;
  const target = ed?.byId.get(rc.target.id);
  if (!target) return;
  const c = rc.citation;
  const bl: Backlink = {
    fromId: from.input.id,
    fromTitle: from.input.title,
    fromStatus: from.input.status,
    fromFilePath: from.input.filePath,
    toLabels: rc.refs.map((r) => r.label),
    toAnchors: rc.refs.map((r) => (r.exists ? r.anchor : undefined)),
    text: c.text,
    position: c.position,
  };
  const fa = c.context.article ?? c.context.section;
  if (fa) bl.fromAnchor = fa;
  target.backlinks.push(bl);
}
