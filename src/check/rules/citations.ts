import {
  isSelfCitationKind,
  type Citation,
  type CitationProblem,
  type Corpus,
  type ParsedRegulation,
  type ResolvedCitation,
} from '../../engine/index.ts';
import type { RuleCode } from '../catalogue.ts';
import { finding, type Finding } from '../finding.ts';

/** Titles that name laws, Party rules or higher-level documents rather than a town regulation. */
const EXTERNAL_LOOKING =
  /^(?:中华人民共和国|中国共产党|中共|党政机关|国务院|全国|中央|国家|最高人民|省|市|县)|中华人民共和国|〈|(?:法|条例|准则|纲要|决定|意见|通知|规范（试行）)$/u;

/**
 * An unknown 《title》: a law or higher-level document not registered yet is a warning (nothing links
 * wrongly; 环境保护法 is never a misspelt 环境保护税法); a near-miss of a town regulation's title is
 * a typo; a document cited by article must be registered so the article can be checked. Anything
 * else in 《》 (a form, a register, a newspaper, a book, a song) is no citation at all: it stays
 * text and raises nothing.
 */
function codeForUnknownTitle(problem: CitationProblem, citation: Citation): RuleCode | undefined {
  if (EXTERNAL_LOOKING.test(citation.title ?? '')) return 'ZD405';
  if (problem.suggestion) return 'ZD401';
  return citation.refs.length > 0 ? 'ZD405' : undefined;
}

function codeFor(problem: CitationProblem, resolved: ResolvedCitation): RuleCode | undefined {
  const kind = resolved.citation.kind;
  switch (problem.reason) {
    case 'unknown-title':
      return codeForUnknownTitle(problem, resolved.citation);
    case 'unknown-link-target':
      return 'ZD308';
    case 'missing-anchor':
      return kind === 'link' ? 'ZD309' : 'ZD402';
    case 'missing-article':
    case 'missing-paragraph':
    case 'missing-item':
    case 'missing-subitem':
    case 'invalid-range':
      if (kind === 'link') return 'ZD309';
      return isSelfCitationKind(kind) || (resolved.target.kind === 'regulation' && resolved.target.self)
        ? 'ZD403'
        : 'ZD402';
    case 'beyond-last-article':
      return kind === 'link' ? 'ZD309' : 'ZD403';
    case 'relative-out-of-range':
    case 'not-in-article':
      return 'ZD403';
    case 'cites-abolished':
      return 'ZD404';
    case 'doc-number-mismatch':
      return 'ZD406';
    case 'doc-number-format':
      return 'ZD111';
    case 'unknown-name':
      return 'ZD407';
    case 'possibly-stale':
      return kind === 'link' ? 'ZD309' : 'ZD408';
    case 'unknown-doc-number':
      // A 文号 of some other document (上级文件、通知) is normal in running text: not reported.
      return undefined;
  }
}

function hintFor(code: RuleCode, problem: CitationProblem, citation: Citation): string | undefined {
  switch (code) {
    case 'ZD401':
      return problem.suggestion
        ? `改为《${problem.suggestion}》；如果确实是另一份文件，请核对其准确标题。`
        : `核对标题；若是本汇编的制度，请使用其 title、shortTitle 或 aliases；若是上级文件，请在 content/external.yml 中登记《${citation.title ?? ''}》。`;
    case 'ZD405':
      return `${problem.suggestion ? `若指《${problem.suggestion}》，请改正标题；否则` : ''}在 content/external.yml 中添加：\n      - title: ${citation.title ?? ''}\n        issuer: （制定机关）\n        year: （年份）`;
    case 'ZD404':
      return problem.suggestion
        ? `改为引用取代它的《${problem.suggestion}》，并核对条文编号。`
        : '删除该引用，或改为引用现行有效的制度。';
    default:
      return undefined;
  }
}

function isMissingArticle(problem: CitationProblem): boolean {
  return problem.reason === 'missing-article' || problem.reason === 'beyond-last-article';
}

/**
 * 第五条 at the start of a line, followed by a space, on a line that continues a paragraph (text
 * pasted from Word with single line breaks): an article that lost its blank line, not a citation.
 */
function startsMergedArticle(source: string, citation: Citation): boolean {
  const { line, column } = citation.position.start;
  const lines = source.split(/\r?\n/);
  const text = lines[line - 1] ?? '';
  const previous = lines[line - 2] ?? '';
  const before = [...text].slice(0, column - 1).join('');
  const after = [...text].slice(column - 1 + [...citation.text].length)[0] ?? '';
  return (
    /^第[零〇一二三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?$/u.test(citation.text) &&
    before.trim() === '' &&
    previous.trim() !== '' &&
    /[\s\u3000]/u.test(after)
  );
}

/** ZD3xx/ZD4xx from the engine's resolution of one regulation's citations. */
export function checkCitations(
  corpus: Corpus,
  parsed: ParsedRegulation,
  /** Titles that may belong to a file whose frontmatter could not be read (its own error explains). */
  mayBeUnreadable: (title: string, edition: string) => boolean = () => false,
): Finding[] {
  const out: Finding[] = [];
  const citations = corpus.citations(parsed.input.id, parsed.input.edition);
  const staleCounts = countStaleCitations(citations);
  for (const resolved of citations) {
    const citation = resolved.citation;
    for (const problem of resolved.problems) {
      const merged = isMissingArticle(problem) && startsMergedArticle(parsed.input.source, citation);
      const code = merged ? 'ZD311' : codeFor(problem, resolved);
      if (!code) continue;
      const stale = staleCounts.get(problem.message);
      if (stale && problem.reason === 'possibly-stale') {
        // one finding per cited document: its first citation, with how many there are
        if (stale.reported) continue;
        stale.reported = true;
      }
      if (problem.reason === 'unknown-title' && citation.title && mayBeUnreadable(citation.title, resolved.edition))
        continue;
      out.push(
        finding(code, {
          file: parsed.input.filePath,
          line: citation.position.start.line,
          column: citation.position.start.column,
          message: merged
            ? `“${citation.text}”在一行开头，但与上一行在同一段里，没有成为单独的一条`
            : `“${citation.text}”：${messageFor(code, problem)}${stale && stale.count > 1 ? `（本文件对它的 ${stale.count} 处条文引用都是这样）` : ''}`,
          hint: hintFor(code, problem, citation),
        }),
      );
    }
  }
  return out;
}

/** Citations left unlinked because their document was revised later, counted by problem (one per cited document). */
function countStaleCitations(
  citations: readonly ResolvedCitation[],
): Map<string, { count: number; reported: boolean }> {
  const counts = new Map<string, { count: number; reported: boolean }>();
  for (const resolved of citations) {
    if (resolved.target.kind !== 'unresolved') continue;
    for (const problem of resolved.problems) {
      if (problem.reason !== 'possibly-stale') continue;
      const entry = counts.get(problem.message) ?? { count: 0, reported: false };
      entry.count += 1;
      counts.set(problem.message, entry);
    }
  }
  return counts;
}

/**
 * A law's name one character away from another's is another law (刑事诉讼法, 民事诉讼法): an unregistered
 * higher-level document (ZD405) gets no “是否应为” guess, only a town regulation's near-miss (ZD401) does.
 */
function messageFor(code: RuleCode, problem: CitationProblem): string {
  if (code !== 'ZD405' || !problem.suggestion) return problem.message;
  return problem.message.replace(`；是否应为《${problem.suggestion}》？`, '');
}
