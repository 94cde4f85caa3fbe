import { describe, expect, it } from 'vitest';
import { checkCitations } from '../../src/check/rules/citations.ts';
import { buildCorpus } from '../../src/engine/index.ts';
import { engineInputFromText } from '../../src/handbook/index.ts';

const SOURCE = `---
title: 信访接待办法
status: new
department: 党政办
history:
  - date: 2026-01-05
    action: enacted
    by: 镇党委会
---

第一条　依照《中华人民共和国刑事诉讼法》第一百一十条的规定，制定本办法。

第二条　本办法自印发之日起施行。
`;

describe('an unregistered law whose name is one character from a registered one', () => {
  it('is ZD405 without a “是否应为” guess (刑事诉讼法 is not a misspelt 民事诉讼法)', () => {
    const input = engineInputFromText(
      { id: 'xinfang/jiedai', filePath: 'content/regulations/xinfang/jiedai.md', edition: 'current' },
      SOURCE,
    );
    const corpus = buildCorpus([input], [{ title: '中华人民共和国民事诉讼法' }]);
    const findings = checkCitations(corpus, corpus.get('xinfang/jiedai')!);
    expect(findings.map((finding) => finding.code)).toEqual(['ZD405']);
    expect(findings[0]!.message).toContain('刑事诉讼法');
    expect(findings[0]!.message).not.toContain('是否应为');
  });
});
