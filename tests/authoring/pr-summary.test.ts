import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleChanges, diffContent } from '../../src/pr-summary/diff.ts';
import { inline } from '../../src/pr-summary/inline.ts';
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

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** A regulation of `count` articles whose texts are distinct sentences (article n says 事项n). */
const regulation = (texts: string[]) =>
  `---\ntitle: 测试\n---\n\n${texts.map((text, index) => `第${numerals[index]}条　${text}`).join('\n\n')}\n`;
const texts = numerals.map(
  (_, index) => `机关工作人员办理第${index + 1}类事项，应当按照规定的程序和时限办结并登记备案。`,
);

describe('articleChanges (the engine and the comparison alignment, no article regex of its own)', () => {
  it('says a deletion and the renumbering that follows in one sentence, not as twelve modified articles', () => {
    const after = texts.filter((_, index) => index !== 7);
    expect(articleChanges(regulation(texts), regulation(after))).toEqual({
      changed: [],
      added: [],
      removed: ['原第八条'],
      renumbering: ['删去原第八条', '原第九条至第十二条依次改为第八条至第十一条'],
    });
  });

  it('reports a changed article by its label, and 款 stay with their article', () => {
    const after = [...texts];
    after[2] = `${texts[2]}\n\n逾期未办结的，应当说明理由。`;
    const changes = articleChanges(regulation(texts), regulation(after));
    expect(changes.changed).toEqual(['第三条']);
    expect(changes.renumbering).toEqual([]);
  });
});

describe('PR text cannot write workflow commands or fake sections', () => {
  it('flattens line breaks and defuses ::', () => {
    expect(inline('说明\n::stop-commands::x\r\n### 修订')).toBe('说明 :\u200b:stop-commands:\u200b:x ### 修订');
    expect(inline('<script>`x`')).toBe("&lt;script&gt;'x'");
  });

  it('keeps every line of a summary built from hostile notes free of workflow commands and headings', () => {
    const hostile = '改了第二条\n::notice title=x::伪造\n## 其他修改\n::stop-commands::abc';
    const diff = {
      regulations: [
        {
          kind: 'modified' as const,
          base: {
            id: 'a/b',
            slug: 'b',
            filePath: 'content/regulations/a/b.md',
            fields: { title: '甲' },
            history: [],
            body: 'x',
            source: 'x',
            valid: true,
          },
          head: {
            id: 'a/b',
            slug: 'b',
            filePath: 'content/regulations/a/b.md',
            fields: { title: '甲\n### 新建', status: 'revised' as const },
            history: [],
            body: 'y',
            source: 'y',
            valid: true,
          },
          newEntries: [{ date: '2026-03-12', action: 'revised' as const, note: hostile, by: '会议\n::warning::x' }],
          historyRewritten: false,
          bodyChanged: true,
          segments: { changed: [], added: [], removed: [], renumbering: [] },
          fields: ['x\n::error::y'],
        },
      ],
      dataFiles: ['content/a\n::debug::b.yml'],
      archived: [],
    };
    const summary = renderSummary(diff);
    for (const line of summary.split('\n')) expect(line).not.toMatch(/^\s*::/);
    expect(summary.match(/^#+ /gm)).toEqual(['## ', '### ', '### ']);
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

  it('--help explains the options', async () => {
    let out = '';
    expect(await runSummary(['--help'], { stdout: (t) => (out += t), stderr: () => {} })).toBe(0);
    expect(out).toContain('--base-dir');
  });

  it('explains a missing base in Chinese', async () => {
    let err = '';
    const code = await runSummary([], { stdout: () => {}, stderr: (t) => (err += t) });
    expect(code).toBe(1);
    expect(err).toContain('缺少 --base');
  });
});
