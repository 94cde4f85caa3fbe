/** Amendments (修正案, 关于修改《…》的决定) and the document they amend. */

/** The document an amendment amends, from its title; undefined for any other document. */
export function amendedName(title: string): string | undefined {
  const decision = /关于修改《([^》]+)》的决定/.exec(title);
  if (decision) return decision[1];
  // 刑法修正案（九）, 宪法修正案（1999年）: whatever the bracket says, the rest names the amended document
  const amendment = /^(.+?)修正案(?:[（(][^（()）]{1,12}[）)])?$/.exec(title);
  return amendment ? amendment[1] : undefined;
}

const NUM = '[零〇一二三四五六七八九十百千两]+';
/**
 * Wording by which an amendment changes the article numbers of the document it amends: 条文顺序作相应
 * 调整, 将第六条和第七条合并, 增加一条，作为第十条 (not 作为第十条之一). 删去第X条 alone does not: a
 * 修正案 leaves the number empty (刑法 第一百九十九条 （删去）), and a decision that renumbers says so.
 */
const RENUMBERING = new RegExp(
  [
    '(?:条文|条款|章节|条|款|项)?(?:顺序|序号|序)(?:作|进行)?相应(?:的)?(?:调整|顺延|变动)',
    `第${NUM}条(?:[和、及与]第${NUM}条)+合并`,
    `增加(?:一|${NUM})[条章节](?:[，,]?\\s*作为第${NUM}[条章节](?!之))?(?![，,]?\\s*作为第${NUM}[条章节]之)`,
  ].join('|'),
);

/** Whether an amendment's text renumbers the articles of the document it amends. */
export function renumbersAmended(text: string): boolean {
  return RENUMBERING.test(text);
}
