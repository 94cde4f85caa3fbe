import { describe, expect, it } from 'vitest';
import { main, parsePdfArguments, PdfUsageError } from '../../src/pdf/cli.ts';

describe('npm run pdf arguments', () => {
  it('defaults: the current edition from dist/, TrueType fonts, the cache on', () => {
    expect(parsePdfArguments([])).toEqual({
      help: false,
      distDir: 'dist',
      outDir: undefined,
      year: undefined,
      only: undefined,
      trueTypeFonts: true,
      concurrency: undefined,
    });
  });

  it('reads every option', () => {
    const options = parsePdfArguments([
      '--edition=2025',
      '--only',
      'kaoqin, quanben',
      '--dist',
      'build',
      '--out',
      'pdfs',
      '--type3',
      '--jobs',
      '2',
      '--no-cache',
    ]);
    expect(options).toMatchObject({
      year: 2025,
      only: ['kaoqin', 'quanben'],
      distDir: 'build',
      outDir: 'pdfs',
      trueTypeFonts: false,
      concurrency: 2,
      cacheDir: false,
    });
  });

  it.each([
    [['--edition', '25'], /--edition 需要年份/],
    [['--jobs', '0'], /--jobs 应为 1–16 的整数/],
    [['--jobs', 'two'], /--jobs/],
    [['--date', '2026-8-10'], /--date 需要“年-月-日”格式的真实日期，例如 --date 2026-08-10（收到：2026-8-10）/],
    [['--date', '2026-02-30'], /--date 需要“年-月-日”格式的真实日期/],
    [['--date', '昨天'], /--date 需要/],
    [['--date', '2026-08-10', '--edition', '2025'], /--edition 和 --date 只能选一个/],
    [['--colour'], /未知选项“--colour”/],
    [['stray'], /多余的参数“stray”/],
  ])('refuses %j', (argv, message) => {
    expect(() => parsePdfArguments(argv)).toThrow(PdfUsageError);
    expect(() => parsePdfArguments(argv)).toThrow(message);
  });

  it('reads a date', () => {
    expect(parsePdfArguments(['--date', '2026-08-10', '--only', 'kaoqin'])).toMatchObject({
      date: '2026-08-10',
      year: undefined,
      only: ['kaoqin'],
    });
  });

  it('prints the usage with exit code 2 on a wrong argument, and renders nothing', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['--edition', 'x'], { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/用法：npm run pdf/);
  });

  it('says to build the site first when there is none (exit code 1)', async () => {
    const err: string[] = [];
    const code = await main(['--dist', '/nonexistent/dist'], { stdout: () => {}, stderr: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/请先构建网站/);
  });
});
