import { describe, expect, it } from 'vitest';
import { ArgsError, DEFAULT_SIZES, parseBenchArgs, QUICK_SIZES } from '../../scripts/bench/lib/args.ts';

describe('npm run bench arguments', () => {
  it('defaults', () => {
    expect(parseBenchArgs([])).toEqual({
      sizes: DEFAULT_SIZES,
      skip: [],
      runs: 1,
      keep: false,
      noSave: false,
      content: null,
      help: false,
    });
  });

  it('reads sizes (sorted, deduplicated), steps to skip (repeatable, comma lists), runs and flags', () => {
    expect(
      parseBenchArgs([
        '--',
        '--sizes=1000,100,100',
        '--skip',
        'lighthouse,pdf',
        '--skip=pdf',
        '--runs',
        '3',
        '--keep',
        '--no-save',
      ]),
    ).toMatchObject({ sizes: [100, 1000], skip: ['lighthouse', 'pdf'], runs: 3, keep: true, noSave: true });
    expect(parseBenchArgs(['--quick']).sizes).toEqual(QUICK_SIZES);
    expect(parseBenchArgs(['--content', 'content']).content).toBe('content');
    expect(parseBenchArgs(['-h']).help).toBe(true);
  });

  it.each([
    [['--runs', '0'], /--runs 应为 1–20/],
    [['--runs', '21'], /--runs 应为 1–20/],
    [['--sizes', '100,abc'], /--sizes 应为逗号分隔的正整数/],
    [['--sizes', ''], /--sizes/],
    [['--skip', 'coffee'], /--skip 不认识“coffee”/],
    [['--quick', '--sizes', '10'], /不能同时使用/],
    [['--content', 'content', '--quick'], /不能同时使用/],
    [['--bogus'], /未知选项“--bogus”/],
    [['--sizes'], /选项 --sizes 后面缺少取值/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(ArgsError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
