/**
 * The figures of one real-text set, added up over its files: what `npm run bench:real-texts` prints
 * and what the held-out floor in tests/engine/real-texts.test.ts guards.
 */
import type { FileResult } from './real-texts.ts';

export interface SetFigures {
  documents: number;
  characters: number;
  articles: number;
  anchored: number;
  unexpectedAnchors: number;
  numberingProblems: number;
  structureProblems: number;
  resolvable: number;
  linked: number;
  mustStayText: number;
  keptText: number;
  optional: number;
  wrong: string[];
  missed: string[];
  coarseItemLinks: number;
}

export function figuresOf(files: readonly FileResult[]): SetFigures {
  const citations = files.flatMap((file) => file.citations.map((citation) => ({ file, citation })));
  const resolvable = citations.filter(({ citation }) => citation.expected.target && !citation.expected.optional);
  const mustStayText = citations.filter(({ citation }) => !citation.expected.target);
  const line = ({ file, citation }: (typeof citations)[number]) => `${file.filePath}: ${citation.message}`;
  return {
    documents: files.length,
    characters: files.reduce((sum, file) => sum + file.characters, 0),
    articles: files.reduce((sum, file) => sum + file.expected.articles.count, 0),
    anchored: files.reduce((sum, file) => sum + file.expected.articles.count - file.missingAnchors.length, 0),
    unexpectedAnchors: files.reduce((sum, file) => sum + file.unexpectedAnchors.length, 0),
    numberingProblems: files.reduce((sum, file) => sum + file.numberingProblems.length, 0),
    structureProblems: files.reduce(
      (sum, file) => sum + file.structureProblems.length + file.attachmentProblems.length,
      0,
    ),
    resolvable: resolvable.length,
    linked: resolvable.filter(({ citation }) => citation.outcome === 'right').length,
    mustStayText: mustStayText.length,
    keptText: mustStayText.filter(({ citation }) => citation.outcome === 'right').length,
    optional: citations.filter(({ citation }) => citation.expected.optional).length,
    wrong: citations.filter(({ citation }) => citation.outcome === 'wrong').map(line),
    missed: citations.filter(({ citation }) => citation.outcome === 'missed').map(line),
    coarseItemLinks: citations.filter(({ citation }) => citation.itemAnchorProblem).length,
  };
}
