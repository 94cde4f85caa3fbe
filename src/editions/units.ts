/**
 * Comparable units of a regulation: its 条 (styles A/B), its sections `一、…` (style C) or its
 * paragraphs (plain text). The structure comes from the text engine — this module never parses
 * articles itself; it only flattens the engine's tree into `{ anchor, label, text }`.
 */
import { parseRegulation, type RegulationTree } from '../engine/index.ts';

export interface ComparableUnit {
  /** HTML id of the unit on the regulation page (`第五条`, `一`, `p2`). */
  anchor: string;
  /** Label as printed (`第五条`, `一、总体要求`, `第2段`). */
  label: string;
  /** Plain text without the label; 款 and 项 separated by `\n`. */
  text: string;
  /** Anchor of the enclosing 章 (`第二章`), if any. */
  division?: string;
}

export interface RegulationText {
  units: ComparableUnit[];
  /** 章/节 headings (`第二章 总则`), compared when deciding whether the text changed. */
  headings: string[];
}

/** Units of a tree the engine already parsed (no second parse). */
export function unitsOfTree(tree: RegulationTree): RegulationText {
  const headings: string[] = [];
  const walk = (divisions: RegulationTree['divisions']): void => {
    for (const division of divisions) {
      headings.push(`${division.label} ${division.title}`);
      walk(division.children);
    }
  };
  walk(tree.divisions);
  const preamble: ComparableUnit[] = tree.preamble
    .filter((paragraph) => paragraph.text.trim().length > 0)
    .map((paragraph, index) => ({ anchor: `p${index + 1}`, label: `第${index + 1}段`, text: paragraph.text }));
  if (tree.style === 'articles' && tree.articles.length > 0) {
    return {
      headings,
      units: [
        ...preamble.map((unit) => ({ ...unit, label: unit.label.replace('第', '序言第') })),
        ...tree.articles.map((article) => ({
          anchor: article.anchor,
          label: article.title ? `${article.label}　${article.title}` : article.label,
          text: article.text,
          ...(article.division ? { division: article.division } : {}),
        })),
      ],
    };
  }
  if (tree.style === 'sections' && tree.sections.length > 0) {
    return {
      headings,
      units: [
        ...preamble,
        ...tree.sections.map((section) => ({
          anchor: section.anchor,
          label: section.title ? `${section.label}${section.title}` : section.label,
          text: section.text,
        })),
      ],
    };
  }
  return { headings, units: preamble };
}

/** Units of a regulation file (frontmatter included), via the text engine. */
export function regulationText(source: string, id = 'regulation', edition = 'current'): RegulationText {
  const parsed = parseRegulation({ id, filePath: id, edition, title: id, status: 'reaffirmed', source });
  return unitsOfTree(parsed.tree);
}

/**
 * Text as a reader sees it, with whitespace removed: two versions with the same comparison text
 * differ only in layout or Markdown formatting (allowed for a `reaffirmed` regulation).
 */
export function comparisonText(text: RegulationText): string {
  const parts = [...text.headings, ...text.units.map((unit) => `${unit.label}${unit.text}`)];
  return parts.join('\n').replace(/[\s\u3000]+/gu, '');
}
