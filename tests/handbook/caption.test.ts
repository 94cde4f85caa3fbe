import { describe, expect, it } from 'vitest';
import { formatCaption, formatChineseDate } from '../../src/handbook/index.ts';

describe('formatChineseDate', () => {
  it('writes dates without leading zeros, as official documents do', () => {
    expect(formatChineseDate('2024-03-01')).toBe('2024年3月1日');
    expect(formatChineseDate('2018-12-25')).toBe('2018年12月25日');
  });
});

describe('formatCaption (题注)', () => {
  it('names the deciding body for enactment and revision', () => {
    expect(
      formatCaption([
        { date: '2018-03-01', action: 'enacted', by: '镇党政联席会议' },
        { date: '2024-02-20', action: 'revised', by: '镇党政联席会议' },
      ]),
    ).toBe('（2018年3月1日镇党政联席会议通过\u30002024年2月20日镇党政联席会议修订）');
  });

  it('records reaffirmation and repeal without the body', () => {
    expect(
      formatCaption([
        { date: '2019-05-06', action: 'enacted' },
        { date: '2023-03-10', action: 'reaffirmed', by: '镇党政联席会议' },
        { date: '2026-03-12', action: 'abolished', by: '镇党政联席会议' },
      ]),
    ).toBe('（2019年5月6日通过\u30002023年3月10日重申\u30002026年3月12日废止）');
  });
});
