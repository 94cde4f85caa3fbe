import { describe, expect, it } from 'vitest';
import { RULES, RULE_GROUPS, catalogueSections, ruleFor } from '../../src/check/catalogue.ts';
import { diagnoseYaml } from '../../src/check/rules/files.ts';
import { checkDocNumber } from '../../src/check/doc-number.ts';
import { finding } from '../../src/check/finding.ts';
import { excerpt, formatCli } from '../../src/check/reporters/cli.ts';
import { escapeData, escapeProperty, formatGithub } from '../../src/check/reporters/github.ts';
import type { Report } from '../../src/check/reporters/types.ts';
import { isScriptUrl, mayContainMarkup } from '../../src/check/rules/body.ts';
import { checkRegulationFile } from '../../src/check/rules/files.ts';
import { didYouMean, editDistance, nearest } from '../../src/check/suggest.ts';
import type { RegulationFile } from '../../src/handbook/index.ts';
import { fixtureNames } from './helpers.ts';

describe('catalogue', () => {
  it('has unique, well-formed codes, each in a group, with every text filled in', () => {
    const codes = RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of RULES) {
      expect(rule.code).toMatch(/^ZD\d{3}$/);
      expect(RULE_GROUPS.some((group) => rule.code.startsWith(group.prefix))).toBe(true);
      for (const text of [rule.title, rule.explanation, rule.bad, rule.fix]) expect(text.trim()).not.toBe('');
    }
  });

  it('every code has a fixture (ZD002, an unreadable file, is tested below; ZD6xx, ZD205 and ZD207 (judged against the previous edition) in tests/editions)', async () => {
    const fixtures = await fixtureNames();
    const missing = RULES.map((rule) => rule.code).filter(
      (code) =>
        code !== 'ZD002' &&
        !code.startsWith('ZD6') &&
        !['ZD205', 'ZD207'].includes(code) &&
        !fixtures.some((name) => name.startsWith(`${code}-`)),
    );
    expect(missing).toEqual([]);
  });

  it('gives the error-codes page every code exactly once, under the group of its prefix', () => {
    const sections = catalogueSections();
    const listed = sections.flatMap((section) => section.rules.map((rule) => rule.code));
    expect([...listed].sort()).toEqual(RULES.map((rule) => rule.code).sort());
    for (const section of sections)
      for (const rule of section.rules) expect(rule.code.startsWith(section.prefix)).toBe(true);
  });

  it('findings take severity and default hint from the catalogue', () => {
    const item = finding('ZD111', { file: 'a.md', message: 'm' });
    expect(item.severity).toBe('warning');
    expect(item.hint).toBe(ruleFor('ZD111').fix);
    expect(item).toMatchObject({ line: 1, column: 1 });
  });
});

describe('suggestions', () => {
  it('finds typos of field names, values and titles', () => {
    expect(editDistance('staus', 'status')).toBe(1);
    expect(editDistance('stauts', 'status')).toBe(1);
    expect(nearest('staus', ['title', 'status', 'effective'])).toBe('status');
    expect(nearest('revise', ['reaffirmed', 'revised', 'new', 'abolished'])).toBe('revised');
    expect(nearest('党政办公室', ['党政办', '财政所'])).toBe('党政办');
    expect(nearest('kaoqing', ['kaoqin', 'caiwu'])).toBe('kaoqin');
    expect(didYouMean('zzz', ['status'])).toBe('');
  });
});

describe('文号', () => {
  it('accepts the standard form and warns on bracket variants', () => {
    expect(checkDocNumber('XX政办发〔2024〕3号')).toEqual({ kind: 'ok' });
    for (const variant of ['XX政办发[2024]3号', 'XX政办发【2024】3号', 'XX政办发［2024］3号', 'XX政发(2024)3号']) {
      expect(checkDocNumber(variant)).toMatchObject({
        kind: 'brackets',
        standard: expect.stringContaining('〔2024〕'),
      });
    }
  });
  it('rejects wrong shapes', () => {
    for (const bad of ['XX政办发2024-3号', 'XX政办发〔2024〕03号', 'XX政办发〔24〕3号', '2024年3号文']) {
      expect(checkDocNumber(bad).kind).toBe('invalid');
    }
  });
});

describe('script detection', () => {
  it('recognises script URLs however they are disguised', () => {
    expect(isScriptUrl('javascript:alert(1)')).toBe(true);
    expect(isScriptUrl(' JavaScript:alert(1)')).toBe(true);
    expect(isScriptUrl('java\tscript:alert(1)')).toBe(true);
    expect(isScriptUrl('vbscript:msgbox')).toBe(true);
    expect(isScriptUrl('https://example.com/javascript:')).toBe(false);
    expect(isScriptUrl('../kaoqin/qingxiaojia.md#第三条')).toBe(false);
  });
  it('skips the markup parse only when nothing reportable can be there', () => {
    expect(mayContainMarkup('第一条　为了加强管理，制定本制度。')).toBe(false);
    expect(mayContainMarkup('[x](&#106;avascript:alert(1))')).toBe(true);
    expect(mayContainMarkup('<b>x</b>')).toBe(true);
    expect(mayContainMarkup('![](a.png)')).toBe(true);
  });
});

describe('frontmatter mistakes the YAML parser explains badly (ZD008)', () => {
  it('names a full-width colon and a Tab, once each', () => {
    const lines = ['---', 'title：机关考勤制度', 'history:', '\t- date: 2020-01-01', '---'];
    expect(diagnoseYaml(lines, 5).map((item) => [item.line, item.message])).toEqual([
      [2, '字段名“title”后面用了全角冒号“：”，文件头信息要用半角冒号“:”'],
      [4, '这一行用 Tab 缩进，文件头信息只能用空格缩进'],
    ]);
    expect(diagnoseYaml(['---', 'title: 甲：乙', '---'], 3)).toEqual([]);
  });
});

describe('unreadable file (ZD002)', () => {
  it('is reported without looking further', () => {
    const file = {
      id: 'kaoqin/a',
      chapter: 'kaoqin',
      slug: 'a',
      edition: 'current',
      filePath: 'content/regulations/kaoqin/a.md',
      absPath: '/x/a.md',
      depth: 1,
      source: '',
      readError: { reason: 'unreadable', detail: 'EACCES: permission denied' },
      schemaIssues: [],
    } satisfies RegulationFile;
    expect(checkRegulationFile(file, ['kaoqin']).map((item) => item.code)).toEqual(['ZD002']);
  });
});

const report = (findings: Report['findings'], lines: string[]): Report => ({
  findings,
  checkedFiles: 1,
  editions: 1,
  linesOf: () => lines,
  docsUrl: (code) => `https://x/guide/error-codes/#${code}`,
});

describe('reporters', () => {
  it('places the caret under wide characters correctly', () => {
    expect(excerpt('department: 党政办公室', 13)).toEqual(['department: 党政办公室', `${' '.repeat(12)}^`]);
    expect(excerpt('第一条　根据《请消假制度》', 7)).toEqual(['第一条　根据《请消假制度》', `${' '.repeat(12)}^`]);
  });

  it('shows a tab as four spaces, with the caret under the same character', () => {
    expect(excerpt('\t\tstatus: 修订', 3)).toEqual(['        status: 修订', `${' '.repeat(8)}^`]);
  });

  it('colours only when asked to', () => {
    const item = finding('ZD103', { file: 'a.md', line: 1, column: 1, message: '未知字段' });
    expect(formatCli(report([item], ['staus: new']), { color: true })).toContain('\u001b[31m错误\u001b[39m');
    expect(formatCli(report([item], ['staus: new']))).not.toContain('\u001b[');
  });

  it('prints a summary, or 检查通过 when clean', () => {
    const item = finding('ZD103', { file: 'a.md', line: 1, column: 1, message: '未知字段“staus”，是否应为“status”？' });
    const text = formatCli(report([item], ['staus: new']));
    expect(text).toContain('共发现 1 个错误、0 个警告（1 个文件）');
    expect(formatCli(report([], []))).toContain('检查通过：');
    const warning = finding('ZD111', { file: 'a.md', message: '文号括号不规范' });
    expect(formatCli(report([warning], []))).toMatch(/检查通过：.*有 1 个警告/);
  });

  it('escapes GitHub workflow commands', () => {
    expect(escapeData('50%\r\n下一行')).toBe('50%25%0D%0A下一行');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
    const item = finding('ZD204', { file: 'dir,x/a:b.md', line: 7, column: 3, message: '甲\n乙' });
    const out = formatGithub(report([item], []));
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(out).toMatch(
      /^::error file=dir%2Cx\/a%3Ab.md,line=7,col=3,title=ZD204 施行日期早于制定日期::甲%0A乙%0A修改方法：/,
    );
  });
});
