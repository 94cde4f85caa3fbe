import { describe, expect, it } from 'vitest';
import { chapterHeading } from '../../src/pdf/documents.ts';
import { prepareBodyHtml } from '../../src/pdf/body-html.ts';
import { pdfFileName, pdfPath, printPath } from '../../src/pdf/names.ts';
import { cssString, runningHeaderCss } from '../../src/pdf/page-css.ts';
import { collectCodePoints, extraCodePoints } from '../../src/pdf/fonts.ts';

describe('prepareBodyHtml', () => {
  it('demotes headings, centres 章 headings, prefixes ids and drops hrefs', () => {
    const html =
      '<h2 id="第一章总则">第一章　总则</h2>\n<p id="a5">第五条　依照<a class="zd-cite" href="/kaoqin/x/#a3" aria-describedby="t1">《考勤制度》</a></p><h3 class="x">一、要求</h3>';
    expect(prepareBodyHtml(html, 'r--')).toBe(
      '<h3 id="r--第一章总则" class="zd-print-chapter-heading">第一章　总则</h3>\n<p id="r--a5">第五条　依照<a class="zd-cite" aria-describedby="r--t1">《考勤制度》</a></p><h4 class="x">一、要求</h4>',
    );
  });

  it('drops copy buttons and change markers, keeps citation text', () => {
    const html =
      '<p id="a4" class="zd-article"><a class="zd-copy" aria-label="复制引用" data-zd-cite="x"></a>第四条　作息时间为： <a class="zd-article-change" href="/compare/x/">本条于2026年修订</a></p>';
    expect(prepareBodyHtml(html, 'r--')).toBe('<p id="r--a4" class="zd-article">第四条　作息时间为：</p>');
  });
});

describe('names', () => {
  it('say what the file is', () => {
    expect(pdfFileName('XX镇人民政府制度汇编', 2026, '考勤与请销假')).toBe(
      'XX镇人民政府制度汇编（2026年版）-考勤与请销假.pdf',
    );
    expect(pdfFileName('XX镇人民政府制度汇编', 2025)).toBe('XX镇人民政府制度汇编（2025年版）.pdf');
    expect(pdfFileName('A/B', 2026, 'C:D')).toBe('A_B（2026年版）-C_D.pdf');
    expect(pdfPath('制度 汇编.pdf')).toBe('pdf/%E5%88%B6%E5%BA%A6%20%E6%B1%87%E7%BC%96.pdf');
    expect(printPath(2026, 'kaoqin')).toBe('print/2026/kaoqin/');
  });

  it('number chapters in Chinese', () => {
    expect(chapterHeading({ title: '考勤与请销假', order: 4 })).toBe('第四类\u3000考勤与请销假');
    expect(chapterHeading({ title: '社会事务', order: 13 })).toBe('第十三类\u3000社会事务');
    expect(chapterHeading({ title: '其他', order: 21 })).toBe('第二十一类\u3000其他');
  });
});

describe('running headers', () => {
  it('escape titles as CSS strings', () => {
    expect(cssString('"三重一大"事项\\')).toBe('"\\"三重一大\\"事项\\\\"');
  });

  it('give each regulation its own named page', () => {
    const regulation = (title: string) => ({ title }) as never;
    const css = runningHeaderCss({
      chapters: [{ heading: '第一类　议事决策', regulations: [regulation('A'), regulation('"B"')] }],
    } as never);
    expect(css).toBe(
      '@page zd-reg-0 { @top-center { content: "第一类　议事决策\u3000\u3000A"; } }\n' +
        '@page zd-reg-1 { @top-center { content: "第一类　议事决策\u3000\u3000\\"B\\""; } }',
    );
  });
});

describe('font subset', () => {
  it('covers ASCII, the page-number dash and the text', () => {
    const points = collectCodePoints('制度\n汇编');
    expect(points).toContain('—'.codePointAt(0));
    expect(points).toContain('A'.codePointAt(0));
    expect(points).toContain('汇'.codePointAt(0));
    expect(points).not.toContain(10);
  });

  it('carries all of GB 2312 and 〇 whatever the text, so that an edit in common characters keeps the fonts', () => {
    expect(collectCodePoints('制度')).toEqual(collectCodePoints('考勤与请销假，二〇二六年'));
    expect(collectCodePoints('')).toContain('鼎'.codePointAt(0));
    expect(collectCodePoints('')).toContain('〇'.codePointAt(0));
    expect(extraCodePoints('二〇二六年 ABC（一）')).toEqual([]);
  });

  it('adds characters beyond GB 2312 only for the text that uses them', () => {
    expect(extraCodePoints('朱镕基、王堃、镕')).toEqual(['堃', '镕'].map((c) => c.codePointAt(0)).sort());
    expect(collectCodePoints('朱镕基')).toContain('镕'.codePointAt(0));
    expect(collectCodePoints('朱德')).not.toContain('镕'.codePointAt(0));
  });
});
