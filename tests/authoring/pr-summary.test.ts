import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffContent, segmentsOf } from '../../src/pr-summary/diff.ts';
import { renderSummary } from '../../src/pr-summary/render.ts';
import { runSummary } from '../../src/pr-summary/cli.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'authoring');
const base = join(FIXTURES, 'summary-base');
const head = join(FIXTURES, 'summary-head');

describe('diffContent', async () => {
  const diff = await diffContent(base, head);
  const byId = (id: string) => diff.regulations.find((change) => (change.head ?? change.base)?.id === id);

  it('classifies added, removed, revised, abolished and text-only changes', () => {
    expect(byId('huiyi/huiyi-jilv')?.kind).toBe('added');
    expect(byId('huiyi/huiyi-fei')?.kind).toBe('removed');
    const revised = byId('kaoqin/qingxiaojia');
    expect(revised?.newEntries.map((e) => e.action)).toEqual(['revised']);
    expect(revised?.status).toEqual({ from: 'reaffirmed', to: 'revised' });
    expect(revised?.segments.changed).toEqual(['第二条', '第三条']);
    const abolished = byId('huiyi/huiyi-guanli');
    expect(abolished?.status?.to).toBe('abolished');
    expect(abolished?.bodyChanged).toBe(false);
    const textOnly = byId('kaoqin/jiguan-kaoqin');
    expect(textOnly?.newEntries).toEqual([]);
    expect(textOnly?.segments.changed).toEqual(['第二条']);
    expect(textOnly?.fields).toEqual(['keywords']);
  });

  it('reports nothing when the trees are the same', async () => {
    const same = await diffContent(base, base);
    expect(same.regulations).toEqual([]);
    expect(renderSummary(same)).toContain('没有修改制度内容');
  });
});

describe('renderSummary', async () => {
  const summary = renderSummary(await diffContent(base, head), { baseLabel: '`main`' });

  it('says in Chinese what the pull request changes', () => {
    expect(summary).toContain('与 `main` 相比，本次合并请求：新建 1 项，修订 1 项，废止 1 项。');
    expect(summary).toMatch(/### 新建\n\n- 《会议纪律规定》.*党政办，文号 XX政办发〔2026〕22号/);
    expect(summary).toContain('修订说明：第二条科室负责人审批的期限由1天以内调整为2天以内');
    expect(summary).toContain('正文改动：修改 第二条、第三条');
    expect(summary).toMatch(/### 废止\n\n- 《会议管理制度》.*替代制度：`huiyi-jilv`/);
    expect(summary).toContain('废止理由：内容已并入《会议纪律规定》');
  });

  it('warns reviewers about text changed without a history entry and deleted files', () => {
    const warnings = summary.slice(summary.indexOf('### ⚠️ 请审核人注意'));
    expect(warnings).toMatch(/《机关考勤制度》.*正文改动：修改 第二条，但没有新增修订记录/);
    expect(warnings).toMatch(/删除了 《会议费管理办法》.*npm run abolish/);
    expect(summary).toContain('修改了 检索词（keywords）');
  });
});

describe('segmentsOf', () => {
  it('splits by article and keeps following paragraphs (款、项) with their article', () => {
    const segments = segmentsOf('## 第一章　总则\n\n第一条　甲。\n\n第二款。\n\n第二条　乙。');
    expect([...segments.keys()]).toEqual(['第一章　总则', '第一条', '第二条']);
    expect(segments.get('第一条')).toBe('第一条　甲。\n\n第二款。');
  });
});

describe('npm run pr:summary', () => {
  it('compares two directories and prints the summary', async () => {
    let out = '';
    const code = await runSummary(['--base-dir', base, '--head-dir', head], {
      stdout: (t) => (out += t),
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(out).toContain('## 制度修改摘要');
  });

  it('explains a missing base in Chinese', async () => {
    let err = '';
    const code = await runSummary([], { stdout: () => {}, stderr: (t) => (err += t) });
    expect(code).toBe(1);
    expect(err).toContain('缺少 --base');
  });
});
