import type { EditionModel, HandbookModel, Regulation } from '../handbook/model.ts';

export interface RegulationContext {
  regulation: Regulation;
  edition: EditionModel;
}

/** Each edition's regulations by id, built on first use: every page looks one up, so a scan would be O(N²). */
const byId = new WeakMap<EditionModel, Map<string, Regulation>>();

function regulationById(edition: EditionModel, id: string): Regulation | undefined {
  let index = byId.get(edition);
  if (!index) {
    index = new Map(edition.regulations.map((regulation) => [regulation.id, regulation]));
    byId.set(edition, index);
  }
  return index.get(id);
}

/** Finds the regulation behind a Starlight route id (`kaoqin/qingxiaojia`, `2025/kaoqin/qingxiaojia`). */
export function findRegulationByRouteId(model: HandbookModel, routeId: string): RegulationContext | undefined {
  const [first, ...rest] = routeId.split('/');
  const archived = model.archived.find((edition) => edition.key === first);
  const edition = archived ?? model.current;
  const id = archived ? rest.join('/') : routeId;
  const regulation = regulationById(edition, id);
  return regulation ? { regulation, edition } : undefined;
}

/** Resolves `replacedBy` (a slug or `<chapter>/<slug>`) within an edition. */
export function findReplacement(edition: EditionModel, replacedBy: string | undefined): Regulation | undefined {
  if (!replacedBy) return undefined;
  return edition.regulations.find((candidate) => candidate.id === replacedBy || candidate.slug === replacedBy);
}
