/**
 * Numbering checks of one regulation's structure: gaps, duplicates and order of 编/章/节, 条,
 * 项, 目 and sections, reported as `NumberingIssue`s (data with positions; the validator decides
 * what they mean to a user).
 */
import { formatNumeral } from './numerals.ts';
import { articleLabel, compareArticle } from './text.ts';
import type { Division, DivisionKind, Item, NumberingIssue, NumberingLevel, RegulationTree, Span } from './types.ts';

interface SeqEntry {
  key: [number, number];
  label: string;
  position: Span;
}

const LEVEL_NAME: Record<NumberingLevel, string> = {
  division: '章节',
  article: '条',
  item: '项',
  subitem: '目',
  section: '部分',
};

function checkSequence(
  entries: readonly SeqEntry[],
  level: NumberingLevel,
  fmt: (key: [number, number]) => string,
  context: string | undefined,
  out: NumberingIssue[],
  allowSub = false,
  firstKey: [number, number] = [1, 0],
): void {
  const seen = new Set<string>();
  let prev: [number, number] | undefined;
  const where = context ? `${context}中` : '';
  for (const e of entries) {
    const k = `${e.key[0]}/${e.key[1]}`;
    const base = { level, found: e.label, position: e.position, ...(context ? { context } : {}) };
    if (seen.has(k)) {
      out.push({ ...base, code: `${level}-duplicate`, problem: 'duplicate', message: `${where}${e.label}重复出现` });
    } else if (prev && compareArticle({ number: e.key[0], sub: e.key[1] }, { number: prev[0], sub: prev[1] }) < 0) {
      out.push({
        ...base,
        code: `${level}-order`,
        problem: 'order',
        message: `${where}${e.label}顺序错误：出现在${fmt(prev)}之后`,
      });
    } else {
      // 第六条 → 第六条之二: 第六条之一 is missing; otherwise the next number is expected
      const expected: [number, number] = !prev
        ? firstKey
        : allowSub && e.key[0] === prev[0]
          ? [prev[0], prev[1] + 1]
          : [prev[0] + 1, 0];
      const ok =
        (e.key[0] === expected[0] && e.key[1] === expected[1]) ||
        (allowSub && prev !== undefined && e.key[0] === prev[0] && e.key[1] === prev[1] + 1);
      if (!ok) {
        const exp = fmt(expected);
        out.push({
          ...base,
          code: `${level}-gap`,
          problem: 'gap',
          expected: exp,
          message: prev
            ? `${where}${LEVEL_NAME[level]}的序号不连续：${fmt(prev)}之后应为${exp}，实为${e.label}`
            : `${where}${LEVEL_NAME[level]}的序号应从${exp}开始，实为${e.label}`,
        });
      }
    }
    seen.add(k);
    if (!prev || compareArticle({ number: e.key[0], sub: e.key[1] }, { number: prev[0], sub: prev[1] }) > 0)
      prev = e.key;
  }
}

function checkItems(items: readonly Item[], context: string | undefined, out: NumberingIssue[]): void {
  // items of one style form one sequence
  for (const style of ['paren', 'arabic'] as const) {
    const list = items.filter((i) => i.style === style);
    if (!list.length) continue;
    checkSequence(
      list.map((i) => ({ key: [i.number, 0], label: i.label, position: i.position })),
      'item',
      ([n]) => (style === 'paren' ? `（${formatNumeral(n)}）` : `${n}.`),
      context,
      out,
    );
  }
  for (const it of items) {
    if (!it.subitems.length) continue;
    checkSequence(
      it.subitems.map((s) => ({ key: [s.number, 0], label: s.label, position: s.position })),
      'subitem',
      ([n]) => `${n}.`,
      context ? `${context}${it.label}` : it.label,
      out,
    );
  }
}

export interface NumberingOptions {
  /**
   * The text is an amendment (修正案, 关于修改《…》的决定): its articles may continue the numbering of
   * the amendments before it (宪法修正案（1999年） starts at 第十二条), so the first need not be 第一条.
   */
  amendment?: boolean;
}

export function checkNumbering(tree: RegulationTree, options: NumberingOptions = {}): NumberingIssue[] {
  const out: NumberingIssue[] = [];

  // 编/章/节 within their parent; 章 may continue across 编
  const walkDivisions = (list: readonly Division[], parent: Division | undefined, startAt: number): number => {
    const byKind = new Map<DivisionKind, Division[]>();
    for (const d of list) {
      const arr = byKind.get(d.kind) ?? [];
      arr.push(d);
      byKind.set(d.kind, arr);
    }
    let lastChapter = startAt;
    for (const [kind, arr] of byKind) {
      const first = kind === '章' && arr[0] && arr[0].number === startAt + 1 ? startAt + 1 : 1;
      checkSequence(
        arr.map((d) => ({ key: [d.number, 0], label: d.label, position: d.position })),
        'division',
        ([n]) => `第${formatNumeral(n)}${kind}`,
        parent?.anchor,
        out,
        false,
        [first, 0],
      );
      if (kind === '章') lastChapter = Math.max(startAt, ...arr.map((d) => d.number));
    }
    let chapterCount = lastChapter;
    for (const d of list)
      chapterCount = Math.max(chapterCount, walkDivisions(d.children, d, d.kind === '编' ? chapterCount : 0));
    return chapterCount;
  };
  walkDivisions(tree.divisions, undefined, 0);

  const first = tree.articles[0];
  checkSequence(
    tree.articles.map((a) => ({ key: [a.number, a.sub ?? 0], label: a.label, position: a.labelPosition })),
    'article',
    ([n, sub]) => articleLabel(sub ? { number: n, sub } : { number: n }),
    undefined,
    out,
    true,
    options.amendment && first ? [first.number, first.sub ?? 0] : [1, 0],
  );
  for (const a of tree.articles) for (const p of a.paragraphs) checkItems(p.items, a.anchor, out);
  for (const p of tree.preamble) checkItems(p.items, undefined, out);

  checkSequence(
    tree.sections.map((s) => ({ key: [s.number, 0], label: s.label, position: s.position })),
    'section',
    ([n]) => `${formatNumeral(n)}、`,
    undefined,
    out,
  );
  for (const s of tree.sections) checkItems(s.items, s.anchor, out);

  out.sort((x, y) => x.position.start.offset - y.position.start.offset);
  return out;
}
