/** 文号 in running text: the bracket/year/number part, then the issuer prefix before it. */
import { SPACE } from './text.ts';

const S = `${SPACE}*`;
const DOC_BRACKET = new RegExp(`[〔［【\\[]${S}[0-9０-９]{4}${S}[〕］】\\]]${S}第?${S}[0-9０-９]{1,5}${S}号`, 'g');
const PREFIX_CHAR = /[A-Za-z\u3400-\u9fff]/;
const STOP_WORDS = [
  '根据',
  '依据',
  '按照',
  '依照',
  '参照',
  '遵照',
  '对照',
  '详见',
  '印发',
  '转发',
  '发布',
  '执行',
  '落实',
  '贯彻',
  '关于',
  '见',
  '以',
  '经',
  '和',
  '及',
  '与',
  '或',
  '的',
  '为',
  '是',
  '将',
  '由',
  '在',
  '于',
  '同',
  '即',
  '并',
  '原',
];

const EXAMPLE_BEFORE = /(?:如|例如|比如|示例|样式|格式|写作|写为)[为是]?[：:]?[“"「]?$/;
export interface DocHit {
  start: number;
  end: number;
  raw: string;
}

/** Find 文号 occurrences: the bracket/year/number part, then the issuer prefix before it. */
export function findDocNumbers(text: string): DocHit[] {
  const hits: DocHit[] = [];
  DOC_BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOC_BRACKET.exec(text))) {
    const bracket = m.index;
    let i = bracket;
    while (i > 0 && bracket - i < 12 && PREFIX_CHAR.test(text[i - 1] as string)) i--;
    let run = text.slice(i, bracket);
    // issuer codes of this handbook start with ASCII letters (XX政办发): start there
    const ascii = /[A-Za-z]+[^A-Za-z]*$/.exec(run);
    if (ascii && ascii.index > 0) {
      i += ascii.index;
      run = run.slice(ascii.index);
    } else if (!ascii) {
      // cut after the last stop word (根据国办发… → 国办发)
      let cut = 0;
      for (const w of STOP_WORDS) {
        const at = run.lastIndexOf(w);
        if (at >= 0 && at + w.length > cut && at + w.length < run.length) cut = at + w.length;
      }
      i += cut;
      run = run.slice(cut);
    }
    if (run.length < 2) continue;
    // an example of the format (如：XX政发〔2024〕3号) is not a reference
    if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, i - 8), i))) continue;
    const end = bracket + m[0].length;
    hits.push({ start: i, end, raw: text.slice(i, end) });
  }
  return hits;
}
