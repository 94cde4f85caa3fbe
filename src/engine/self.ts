/** How a regulation refers to itself: the citation kinds that mean "this regulation", and 本办法/本制度… */
import type { CitationKind } from './types.ts';

/** Citation kinds that point into the citing regulation itself (本办法第五条, 本条第二款, 前款, 第五条). */
export const SELF_CITATION_KINDS: ReadonlySet<CitationKind> = new Set<CitationKind>([
  'self',
  'this-article',
  'preceding',
  'bare',
  'relative',
  'attachment',
]);

export function isSelfCitationKind(kind: CitationKind): boolean {
  return SELF_CITATION_KINDS.has(kind);
}

const SELF_WORDS = [
  '实施细则',
  '实施办法',
  '办法',
  '制度',
  '规定',
  '规则',
  '细则',
  '条例',
  '准则',
  '意见',
  '规范',
  '方案',
];

/** How a regulation calls itself: 本办法, 本制度 (also for titles ending in 制), 本规定… */
export function selfWord(title: string): string {
  for (const w of SELF_WORDS) if (title.endsWith(w)) return `本${w}`;
  return '本制度';
}
