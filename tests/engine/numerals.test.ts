import { describe, expect, it } from 'vitest';
import { formatNumeral, parseNumeral, toAsciiDigits } from '../../src/engine/index.ts';

describe('parseNumeral', () => {
  it.each([
    ['零', 0],
    ['〇', 0],
    ['一', 1],
    ['两', 2],
    ['九', 9],
    ['十', 10],
    ['一十', 10],
    ['十一', 11],
    ['一十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['二十一', 21],
    ['九十九', 99],
    ['一百', 100],
    ['两百', 200],
    ['一百零一', 101],
    ['一百〇五', 105],
    ['一百一十', 110],
    ['一百十', 110],
    ['一百一十九', 119],
    ['一百二十三', 123],
    ['一百九十九', 199],
    ['二百', 200],
    ['二百零一', 201],
    ['一千', 1000],
    ['两千', 2000],
    ['一千零一', 1001],
    ['一千零一十', 1010],
    ['一千零五十', 1050],
    ['一千一百', 1100],
    ['三千零五十', 3050],
    ['九千九百九十九', 9999],
    ['一万', 10000],
    ['一万零一', 10001],
    ['十万', 100000],
    ['二〇二四', 2024],
    ['一〇五', 105],
    ['12', 12],
    ['１２', 12],
    ['０', 0],
    ['9999', 9999],
  ])('%s → %i', (s, n) => {
    expect(parseNumeral(s)).toBe(n);
  });

  it.each(['', '第', '十十', '百', '一二十', '千百', '一百零零一', 'abc', '五万万'])('rejects %j', (s) => {
    expect(parseNumeral(s)).toBeUndefined();
  });
});

describe('formatNumeral', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [2, '二'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [123, '一百二十三'],
    [199, '一百九十九'],
    [200, '二百'],
    [201, '二百零一'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2024, '二千零二十四'],
    [9999, '九千九百九十九'],
    [10000, '一万'],
    [10010, '一万零一十'],
    [12345, '一万二千三百四十五'],
  ])('%i → %s', (n, s) => {
    expect(formatNumeral(n)).toBe(s);
  });

  it('writes 一十 on request', () => {
    expect(formatNumeral(10, { leadingOne: true })).toBe('一十');
    expect(formatNumeral(15, { leadingOne: true })).toBe('一十五');
  });

  it('rejects negative, fractional and huge numbers', () => {
    expect(() => formatNumeral(-1)).toThrow(RangeError);
    expect(() => formatNumeral(1.5)).toThrow(RangeError);
    expect(() => formatNumeral(1e8)).toThrow(RangeError);
  });

  it('round-trips 0–9999', () => {
    for (let n = 0; n <= 9999; n++) {
      expect(parseNumeral(formatNumeral(n))).toBe(n);
      expect(parseNumeral(formatNumeral(n, { leadingOne: true }))).toBe(n);
    }
  });
});

describe('toAsciiDigits', () => {
  it('converts full-width digits only', () => {
    expect(toAsciiDigits('第１２条ａ')).toBe('第12条ａ');
  });
});
