import type { Article, Corpus, ParsedRegulation } from '../../engine/index.ts';
import { finding, type Finding } from '../finding.ts';

export interface ImpactContext {
  /** Edition being edited (`current`). */
  edition: string;
  /** The edition before it, to tell changed articles from unchanged ones. */
  previousEdition: string | undefined;
  /** 修订说明 of this year's revision, by regulation id. */
  notes: ReadonlyMap<string, string>;
}

/** `file:offset` of citations with problems: those are errors already, not impacts. */
function brokenCitations(corpus: Corpus, edition: string): Set<string> {
  const broken = new Set<string>();
  for (const parsed of corpus.regulations(edition)) {
    for (const resolved of corpus.citations(parsed.input.id, edition)) {
      if (resolved.problems.some((problem) => problem.reason !== 'doc-number-format')) {
        broken.add(`${parsed.input.filePath}:${resolved.citation.position.start.offset}`);
      }
    }
  }
  return broken;
}

const articleKey = (anchor: string) => /^第[^第]+?条(?:之[一二三四五六七八九十]+)?/u.exec(anchor)?.[0];

function articleMap(parsed: ParsedRegulation | undefined): Map<string, Article> | undefined {
  if (!parsed) return undefined;
  return new Map(parsed.tree.articles.map((article) => [article.anchor, article]));
}

/**
 * ZD501/ZD502: for every regulation revised in this edition, each in-force regulation citing it
 * (or one of its articles whose text changed) gets a warning, so the office reviews it too.
 */
export function checkImpact(corpus: Corpus, context: ImpactContext): Finding[] {
  const out: Finding[] = [];
  const broken = brokenCitations(corpus, context.edition);
  for (const revised of corpus.regulations(context.edition)) {
    if (revised.input.status !== 'revised') continue;
    const before = context.previousEdition
      ? articleMap(corpus.get(revised.input.id, context.previousEdition))
      : undefined;
    const now = articleMap(revised)!;
    const title = revised.input.title;
    const note = context.notes.get(revised.input.id);
    // The whole 修订说明 repeated under every citation drowns the list; its opening says what changed.
    const noteHint = note ? `修订说明：${note.length > 60 ? `${note.slice(0, 60)}……` : note}` : '';
    for (const link of corpus.backlinks(revised.input.id, context.edition)) {
      if (link.fromStatus === 'abolished' || link.fromId === revised.input.id) continue;
      if (broken.has(`${link.fromFilePath}:${link.position.start.offset}`)) continue;
      const at = { file: link.fromFilePath, line: link.position.start.line, column: link.position.start.column };
      const articles = [...new Set(link.toAnchors.flatMap((anchor) => (anchor ? (articleKey(anchor) ?? []) : [])))];
      if (articles.length === 0 || !before) {
        out.push(
          finding('ZD501', {
            ...at,
            message: `“${link.text}”引用的《${title}》本年度已修订，请核对这处引用是否仍然准确`,
            hint: `对照修订内容核对本处表述；无需修改的可以忽略本警告。${noteHint}`,
          }),
        );
        continue;
      }
      for (const anchor of articles) {
        const old = before.get(anchor);
        const current = now.get(anchor);
        if (!current) continue; // a missing article is an error (ZD402), not an impact
        if (old && old.text === current.text) continue;
        out.push(
          finding('ZD502', {
            ...at,
            message: old
              ? `“${link.text}”引用的《${title}》${anchor}本年度修订时内容有变化，请核对这处引用是否仍然准确`
              : `“${link.text}”引用的《${title}》${anchor}是本年度修订时新编号的条文（原来没有这一条或条文已重新编号），请核对是否仍指原来的内容`,
            hint: `对照《${title}》新旧${anchor}核对本处表述；无需修改的可以忽略本警告。${noteHint}`,
          }),
        );
      }
    }
  }
  return out;
}
