/**
 * Recovers the labels Word draws for list paragraphs (“第一条”, “（一）”, “1．”) from numbering.xml,
 * styles.xml and document.xml: mammoth turns such paragraphs into bare list items and drops the text.
 */
import { formatNumeral } from '../engine/index.ts';
import { childElements, childValue, findAll, firstChild, parseXml, type XmlElement } from './xml-tree.ts';

export interface ListLabel {
  /** The label as Word draws it, e.g. `第一条`, `（一）`, `1.`; empty for bullets and `none`. */
  text: string;
  /** Level of the list (0-based `w:ilvl`). */
  level: number;
  /** What Word puts between label and text: a tab, a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
  bullet: boolean;
}

/** One paragraph of document.xml in body order: its text (to match mammoth's) and its list label. */
export interface ScannedParagraph {
  text: string;
  label?: ListLabel;
}

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: ListLabel['suffix'];
  legal: boolean;
  /**
   * w:lvlRestart: this level starts again when a level above `restart` (1-based) is used; 0 never
   * (条 numbered through the whole text under 章); undefined: after any level above it.
   */
  restart?: number;
}
interface NumInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
}
interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, NumInstance>;
}
interface NumberingRef {
  numId: string;
  level: number;
}

const num = (value: string | undefined, fallback: number) => {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) ? parsed : fallback;
};

function readLevel(element: XmlElement): Level {
  const suffix = childValue(element, 'w:suff');
  const restart = childValue(element, 'w:lvlRestart');
  return {
    start: num(childValue(element, 'w:start'), 1),
    format: childValue(element, 'w:numFmt') ?? 'decimal',
    text: childValue(element, 'w:lvlText') ?? '',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    legal: firstChild(element, 'w:isLgl') !== undefined,
    ...(restart !== undefined ? { restart: num(restart, 0) } : {}),
  };
}

function readNumbering(xml: string): Numbering {
  const root = parseXml(xml);
  const abstracts = new Map<string, Map<number, Level>>();
  for (const element of findAll(root, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const level of childElements(element, 'w:lvl'))
      levels.set(num(level.attributes['w:ilvl'], 0), readLevel(level));
    abstracts.set(element.attributes['w:abstractNumId'] ?? '', levels);
  }
  const nums = new Map<string, NumInstance>();
  for (const element of findAll(root, 'w:num')) {
    const startOverrides = new Map<number, number>();
    for (const override of childElements(element, 'w:lvlOverride')) {
      const start = childValue(override, 'w:startOverride');
      if (start !== undefined) startOverrides.set(num(override.attributes['w:ilvl'], 0), num(start, 1));
    }
    nums.set(element.attributes['w:numId'] ?? '', {
      abstractId: childValue(element, 'w:abstractNumId') ?? '',
      startOverrides,
    });
  }
  return { abstracts, nums };
}

function numberingRef(properties: XmlElement | undefined): NumberingRef | undefined {
  const numPr = firstChild(properties, 'w:numPr');
  const numId = childValue(numPr, 'w:numId');
  if (numId === undefined) return undefined;
  return { numId, level: num(childValue(numPr, 'w:ilvl'), 0) };
}

/** Paragraph styles that carry list numbering (heading numbering, 条 styles), following `w:basedOn`. */
function readStyleNumbering(xml: string): (styleId: string) => NumberingRef | undefined {
  const styles = new Map<string, XmlElement>();
  for (const style of findAll(parseXml(xml), 'w:style')) styles.set(style.attributes['w:styleId'] ?? '', style);
  return (styleId) => {
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id && !seen.has(id); id = childValue(styles.get(id), 'w:basedOn')) {
      seen.add(id);
      const ref = numberingRef(firstChild(styles.get(id), 'w:pPr'));
      if (ref) return ref;
    }
    return undefined;
  };
}

const FULL_WIDTH_DIGITS = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const letters = (n: number) => {
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    out = String.fromCharCode(97 + ((rest - 1) % 26)) + out;
  return out;
};
const roman = (n: number) => {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, glyph] of table) for (; rest >= value; rest -= value) out += glyph;
  return out;
};

/** Formats a counter the way Word draws `w:numFmt` (the formats Chinese documents use, and the common ones). */
export function formatListNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return formatNumeral(n);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return formatNumeral(n).replace(/[零一二三四五六七八九]/g, (d) => LEGAL['零一二三四五六七八九'.indexOf(d)] ?? d);
    case 'ideographTraditional':
      return STEMS[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return FULL_WIDTH_DIGITS(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

function paragraphText(paragraph: XmlElement): string {
  let text = '';
  const walk = (element: XmlElement) => {
    for (const child of childElements(element)) {
      if (child.name === 'w:t') text += child.children.filter((c) => typeof c === 'string').join('');
      else if (child.name === 'w:tab') text += '\t';
      else if (child.name === 'w:br' || child.name === 'w:cr') text += '\n';
      else if (child.name !== 'w:delText' && child.name !== 'w:del' && child.name !== 'w:p' && child.name !== 'w:pPr')
        walk(child);
    }
  };
  walk(paragraph);
  return text;
}

/** Counts list paragraphs like Word: per abstract list, deeper levels restart when a shallower one advances. */
class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();
  private readonly numbering: Numbering;
  constructor(numbering: Numbering) {
    this.numbering = numbering;
  }

  label(ref: NumberingRef): ListLabel | undefined {
    const instance = this.numbering.nums.get(ref.numId);
    const levels = instance && this.numbering.abstracts.get(instance.abstractId);
    const level = levels?.get(ref.level);
    if (!instance || !levels || !level) return undefined;
    const counts = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, counts);
    if (!this.started.has(ref.numId)) {
      this.started.add(ref.numId);
      for (const [at, start] of instance.startOverrides) counts[at] = start - 1;
    }
    const startOf = (at: number) => instance.startOverrides.get(at) ?? levels.get(at)?.start ?? 1;
    counts[ref.level] = (counts[ref.level] ?? startOf(ref.level) - 1) + 1;
    // Deeper levels start again, unless their w:lvlRestart says otherwise.
    for (let deeper = ref.level + 1; deeper < counts.length; deeper++) {
      const restart = levels.get(deeper)?.restart;
      if (restart === undefined || (restart > 0 && ref.level < restart)) delete counts[deeper];
    }
    const text = level.text.replace(/%(\d)/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const format = level.legal ? 'decimal' : (levels.get(at)?.format ?? 'decimal');
      return formatListNumber(counts[at] ?? startOf(at), format);
    });
    const bullet = level.format === 'bullet';
    return { text: bullet ? '' : text, level: ref.level, suffix: level.suffix, bullet };
  }
}

/** Every paragraph of the body (table cells included) in document order, with its recovered list label. */
export function scanParagraphs(documentXml: string, numberingXml: string, stylesXml: string): ScannedParagraph[] {
  const counter = new ListCounter(readNumbering(numberingXml));
  const styleNumbering = readStyleNumbering(stylesXml);
  const body = firstChild(firstChild(parseXml(documentXml), 'w:document'), 'w:body');
  if (!body) return [];
  return findAll(body, 'w:p').map((paragraph) => {
    const properties = firstChild(paragraph, 'w:pPr');
    const styleId = childValue(properties, 'w:pStyle');
    const ref = numberingRef(properties) ?? (styleId ? styleNumbering(styleId) : undefined);
    const label = ref && ref.numId !== '0' ? counter.label(ref) : undefined;
    return label ? { text: paragraphText(paragraph), label } : { text: paragraphText(paragraph) };
  });
}
