/**
 * 简称: Word files carry only the full title, but the handbook's texts cite rules by short names
 * (《请销假制度》 for 机关工作人员请销假制度). A name cited somewhere in the handbook or in the batch
 * that no regulation owns, and that abbreviates exactly one imported title, is proposed as its shortTitle;
 * otherwise the citation would stay an unknown title (ZD401).
 */
import type { Workspace } from '../authoring/workspace.ts';
import { renderRegulation, type PlannedImport } from './import-plan.ts';

const CITED = /《([^《》\n]{4,40})》/g;

/** Every 《…》 name in these texts. */
export function citedNames(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(CITED)) out.add(match[1] as string);
  return out;
}

/**
 * `short` keeps the title's characters in order, ends like it (制度/办法 …) and is shorter:
 * 请销假制度 ← 机关工作人员请销假制度, 人大监督评议制度 ← 镇人大主席团监督评议工作制度.
 */
export function abbreviates(short: string, title: string): boolean {
  if (short.length >= title.length || short.slice(-2) !== title.slice(-2)) return false;
  let at = 0;
  for (const char of short) {
    at = title.indexOf(char, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** Adds the proposed shortTitle (and further aliases) to the plans, with a note for the review table. */
export function proposeShortTitles(plans: readonly PlannedImport[], workspace: Workspace): void {
  const importing = plans.filter((plan) => plan.frontmatter && plan.title && plan.recognised);
  const known = new Set([
    ...workspace.regulations.flatMap((ref) => ref.names),
    ...workspace.externalNames,
    ...importing.map((plan) => plan.title as string),
  ]);
  const cited = citedNames([
    ...workspace.regulations.map((ref) => ref.file.source),
    ...importing.map((plan) => plan.recognised?.plainText ?? ''),
  ]);
  for (const name of cited) {
    if (known.has(name)) continue;
    const owners = importing.filter((plan) => abbreviates(name, plan.title as string));
    const owner = owners.length === 1 ? owners[0] : undefined;
    const frontmatter = owner?.frontmatter;
    if (!owner || !frontmatter || !owner.recognised) continue;
    if (frontmatter['shortTitle'] === undefined) frontmatter['shortTitle'] = name;
    else frontmatter['aliases'] = [...((frontmatter['aliases'] as string[] | undefined) ?? []), name];
    owner.content = renderRegulation(frontmatter, owner.recognised.body);
    owner.warnings.push(`简称“${name}”：汇编中有文件引用《${name}》，与本制度标题相符，已填为简称，请核对`);
  }
}
