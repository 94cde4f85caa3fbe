import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/engine/index.ts';
import { engineInputFromText } from '../../src/handbook/index.ts';

/** A regulation file: frontmatter with a history, then the body. */
function file(title: string, history: [string, string][], body: string): string {
  const entries = history
    .map(([date, action]) => `  - date: ${date}\n    action: ${action}\n    by: 镇党委会`)
    .join('\n');
  return `---\ntitle: ${title}\nstatus: reaffirmed\ndepartment: 党政办\nhistory:\n${entries}\n---\n\n${body}\n`;
}

const CITED_BODY =
  '第一条　为了规范请假，制定本制度。\n\n第二条　请假一天以内的，由分管领导审批。\n\n第三条　本制度自印发之日起施行。';
const CITING_BODY = '第一条　工作人员请假，依照《请销假制度》第二条办理。\n\n第二条　本办法自印发之日起施行。';

function corpusWith(citedHistory: [string, string][], frozen: boolean) {
  const inputs = [
    engineInputFromText(
      { id: 'kaoqin/qingjia', filePath: 'content/regulations/kaoqin/qingjia.md', edition: 'current' },
      file('请销假制度', citedHistory, CITED_BODY),
    ),
    engineInputFromText(
      { id: 'kaoqin/kaoqin', filePath: 'content/regulations/kaoqin/kaoqin.md', edition: 'current' },
      file('考勤办法', [['2020-03-01', 'enacted']], CITING_BODY),
    ),
  ];
  if (frozen)
    for (const [id, title, body, history] of [
      ['kaoqin/qingjia', '请销假制度', CITED_BODY, [['2019-01-01', 'enacted']]],
      ['kaoqin/kaoqin', '考勤办法', CITING_BODY, [['2020-03-01', 'enacted']]],
    ] as const)
      inputs.push(
        engineInputFromText(
          { id, filePath: `content/editions/2025/regulations/${id}.md`, edition: '2025' },
          file(title, history as unknown as [string, string][], body),
        ),
      );
  return buildCorpus(inputs, []);
}

function citationOf(corpus: ReturnType<typeof buildCorpus>) {
  const [citation] = corpus.citations('kaoqin/kaoqin', 'current');
  return citation!;
}

describe('an article cited in a document whose text was revised later', () => {
  it('stays text with a possibly-stale problem when no frozen edition tells which version was meant', () => {
    const citation = citationOf(
      corpusWith(
        [
          ['2019-01-01', 'enacted'],
          ['2023-06-01', 'revised'],
        ],
        false,
      ),
    );
    expect(citation.target.kind).toBe('unresolved');
    expect(citation.anchor).toBeUndefined();
    expect(citation.problems.map((problem) => problem.reason)).toEqual(['possibly-stale']);
    expect(citation.problems[0]!.message).toContain('2023-06-01');
  });

  it('links when a frozen edition holds the cited text as the citing one knew it (the yearly cycle follows renumbering)', () => {
    const citation = citationOf(
      corpusWith(
        [
          ['2019-01-01', 'enacted'],
          ['2026-03-01', 'revised'],
        ],
        true,
      ),
    );
    expect(citation.target.kind).toBe('regulation');
    expect(citation.anchor).toBe('第二条');
    expect(citation.problems).toEqual([]);
  });

  it('links when the cited document was only reaffirmed or made later, never revised (one text, one numbering)', () => {
    const citation = citationOf(
      corpusWith(
        [
          ['2021-01-01', 'enacted'],
          ['2024-01-01', 'reaffirmed'],
        ],
        false,
      ),
    );
    expect(citation.anchor).toBe('第二条');
  });
});
