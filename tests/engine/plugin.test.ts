import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkRegulation, { isDocumentAddress } from '../../src/plugins/remark-regulation.ts';
import type { RemarkRegulationOptions } from '../../src/plugins/remark-regulation.ts';
import { FIXTURES, fixtureCorpus } from './helpers.ts';

const ROOT = join(FIXTURES, 'corpus-basic');
const corpus = await fixtureCorpus('corpus-basic');

const options: RemarkRegulationOptions = {
  getCorpus: () => corpus,
  regulationIdForPath(abs) {
    const m = /content\/(?:editions\/(\d+)\/)?regulations\/(.+)\.md$/.exec(abs);
    return m ? { id: m[2] as string, edition: m[1] ?? 'current' } : undefined;
  },
  hrefFor: (id, edition, anchor) => `/${edition === 'current' ? '' : `${edition}/`}${id}/${anchor ? `#${anchor}` : ''}`,
};

/** Render like Astro: body without frontmatter, gfm + smartypants before our plugin. */
async function render(rel: string, body?: string): Promise<{ html: string; file: VFile }> {
  const path = join(ROOT, rel);
  const source = body ?? readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const file = new VFile({ path, value: source });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkRegulation, options)
    .use(remarkRehype)
    .use(rehypeStringify);
  const html = decodeURIComponent(String(await processor.process(file)));
  return { html, file };
}

describe('remark-regulation', () => {
  it('adds ids to chapters, articles and 款, bold article labels, and copy-citation links without the title', async () => {
    const { html } = await render('content/regulations/kaoqin/jiguan-kaoqin.md');
    expect(html).toContain('<h2 id="第一章" class="zd-division zd-division-chapter">第一章　总则</h2>');
    expect(html).toMatch(
      /<p id="第五条" class="zd-article"><a href="#第五条" class="zd-copy" aria-label="复制引用" tabindex="-1"><\/a><span id="第五条第一款" class="zd-target"><\/span><strong class="zd-article-label">第五条<\/strong>\u3000/,
    );
    expect(html).toContain(
      '<p id="第五条第二款" class="zd-paragraph"><a href="#第五条第二款" class="zd-copy" aria-label="复制引用" tabindex="-1"></a>迟到累计3次的',
    );
    expect(html).toContain('<p class="zd-item" id="第五条第一款第一项">（一）规定时间后到岗的；</p>');
    // single-款 article: no 款 id
    expect(html).not.toContain('id="第三条第一款"');
  });

  it('gives each 目 under a 项 its own id (…第一项第二目)', async () => {
    const body = [
      '第一条　为了规范管理，制定本办法。',
      '',
      '第二条　下列材料应当归档：',
      '',
      '（一）文书材料，包括：',
      '',
      '1．请示、报告；',
      '',
      '2．会议纪要。',
      '',
      '（二）照片材料。',
      '',
    ].join('\n');
    const { html } = await render('content/regulations/kaoqin/jiguan-kaoqin.md', body);
    expect(html).toContain('id="第二条第一项第一目"');
    expect(html).toMatch(/<p class="zd-subitem" id="第二条第一项第二目">2．会议纪要。<\/p>/);
  });

  it('links resolved citations, marks abolished ones, keeps external and unresolved ones right', async () => {
    const { html, file } = await render('content/regulations/xiaoneng-duche/xiaoneng-wenze.md');
    // article + list
    expect(html).toMatch(
      /<a href="\/kaoqin\/jiguan-kaoqin\/#第三条" class="zd-cite" data-target-status="revised" aria-describedby="zd-tip-\d+">《机关考勤制度》第三条、第四条<\/a>/,
    );
    // smartypants curled the quotes; still resolved
    expect(html).toMatch(
      /<a href="\/yishi-juece\/sanzhong-yida\/" class="zd-cite" data-target-status="reaffirmed"[^>]*>《“三重一大”事项集体决策制度》<\/a>/,
    );
    // abolished target: class and visible mark
    expect(html).toMatch(
      /<a href="\/kaoqin\/qiandao-kaoqin\/#第三条" class="zd-cite zd-cite--abolished" data-target-status="abolished"[^>]*>《机关干部签到考勤暂行规定》第三条<\/a><span class="zd-cite-mark">已废止<\/span>/,
    );
    // broken: links to the regulation, flagged
    expect(html).toMatch(
      /<a href="\/kaoqin\/jiguan-kaoqin\/" class="zd-cite zd-cite--broken"[^>]*>《机关工作人员考勤制度》第九条<\/a>/,
    );
    // external without url: span with issuer/year; a url that is a site's home page is no document's
    // address: span too (a link only for a document's own address)
    expect(html).toContain('<span class="zd-cite-external" title="中共中央 2019">《中国共产党问责条例》</span>');
    expect(html).toContain(
      '<span class="zd-cite-external" title="全国人民代表大会常务委员会 2018">《公务员法》</span>',
    );
    expect(isDocumentAddress('https://flk.npc.gov.cn/')).toBe(false);
    expect(isDocumentAddress('https://flk.npc.gov.cn/detail2.html?ZmY4MDgwODE2ZjNjYmIzYzAxNmY0MTk')).toBe(true);
    expect(isDocumentAddress('https://www.gov.cn/zhengce/2019-09/01/content_5426369.htm')).toBe(true);
    // unresolved: plain text
    expect(html).toContain('依照《机关考勤制录》和《不存在的文件》处理');
    // self reference stays on the page
    expect(html).toMatch(
      /<a href="#第三条" class="zd-cite" data-target-status="new" data-self=""[^>]*>本办法第三条<\/a>/,
    );
    // existing markdown link rewritten through hrefFor
    expect(html).toMatch(/<a href="\/kaoqin\/jiguan-kaoqin\/#第五条" class="zd-cite"[^>]*>考勤制度第五条<\/a>/);
    // problems are vfile messages
    expect(file.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['unknown-title', 'missing-article', 'cites-abolished', 'beyond-last-article']),
    );
  });

  it('puts cited texts once in a hidden container referenced by aria-describedby', async () => {
    const { html } = await render('content/regulations/xiaoneng-duche/xiaoneng-wenze.md');
    const container = /<div class="zd-cite-tips" hidden data-pagefind-ignore="all">([\s\S]*)<\/div>$/.exec(html.trim());
    expect(container).not.toBeNull();
    const tips = [
      ...(container?.[1] ?? '').matchAll(/<span id="(zd-tip-\d+)" role="tooltip" class="zd-tip">([^<]*)<\/span>/g),
    ];
    const ids = tips.map((t) => t[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of html.matchAll(/aria-describedby="([^"]+)"/g)) expect(ids).toContain(m[1]);
    const text = new Map(tips.map((t) => [t[1], t[2]]));
    const id = /aria-describedby="([^"]+)">《考勤制度》第五条第二款/.exec(html)?.[1] ?? '';
    expect(text.get(id)).toBe('《机关工作人员考勤制度》第五条第二款\n迟到累计3次的，按旷工半天处理。');
    const abolished = /aria-describedby="([^"]+)">《机关干部签到考勤暂行规定》第三条/.exec(html)?.[1] ?? '';
    expect(text.get(abolished)).toBe('《机关干部签到考勤暂行规定》第三条\n本规定自2019年5月1日起施行。\n（已废止）');
  });

  it('section style: ids on sections', async () => {
    const { html } = await render(
      'content/regulations/yishi-juece/x.md',
      '## 一、总体要求\n\n为了测试。\n\n## 二、附则\n\n本制度自发布之日起施行。\n',
    );
    expect(html).toContain('<h2 id="一" class="zd-section"><a href="#一" class="zd-copy" aria-label="复制引用"');
    expect(html).toContain('<h2 id="二" class="zd-section">');
  });

  it('leaves other files untouched', async () => {
    const { html } = await render('guide/intro.md', '第一条　依照《机关考勤制度》第五条。\n');
    expect(html).toBe('<p>第一条　依照《机关考勤制度》第五条。</p>');
  });

  it('older editions link within their edition', async () => {
    const { html } = await render('content/editions/2025/regulations/kaoqin/qingxiaojia.md');
    expect(html).toMatch(
      /<a href="\/2025\/kaoqin\/jiguan-kaoqin\/" class="zd-cite zd-cite--broken"[^>]*>《机关考勤制度》第六条<\/a>/,
    );
    expect(html).toContain('问责按照《效能问责办法》执行');
  });
});
