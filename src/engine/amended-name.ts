/** Amendments (修正案, 关于修改《…》的决定) and the document they amend. */

/** The document an amendment amends, from its title; undefined for any other document. */
export function amendedName(title: string): string | undefined {
  const decision = /关于修改《([^》]+)》的决定/.exec(title);
  if (decision) return decision[1];
  const amendment = /^(.+?)修正案(?:[（(][一二三四五六七八九十]+[）)])?$/.exec(title);
  return amendment ? amendment[1] : undefined;
}
