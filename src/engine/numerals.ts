/**
 * Chinese numerals as used in regulation numbering (第一百二十三条, （十一）, 第二章).
 *
 * `parseNumeral` accepts Chinese numerals (〇/零, 两, 十/一十, 百, 千, 万), ASCII digits
 * and full-width digits (０–９); `formatNumeral` writes the standard form used in
 * regulation texts (十一, 一百一十, 一千零一).
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const UNITS: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

/** Character class (for regular expressions) of everything `parseNumeral` may accept. */
export const NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万0-9０-９';

/** Convert full-width digits (０–９) to ASCII digits; other characters are kept. */
export function toAsciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 48) : ch;
  }
  return out;
}

/** Parse the part below 万 (0–9999). Returns undefined on malformed input. */
function parseSmall(s: string): number | undefined {
  if (s === '') return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 10000;
  let sawZero = false;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (d === 0) {
        // 零 only between non-zero parts (一百零五), never twice or after another digit
        if (digit !== undefined || sawZero) return undefined;
        sawZero = true;
        continue;
      }
      if (digit !== undefined) return undefined; // two digits in a row (一二)
      digit = d;
      continue;
    }
    const u = UNITS[ch];
    if (u === undefined) return undefined;
    if (u >= lastUnit) return undefined; // units must decrease: 千 > 百 > 十
    if (digit === undefined) {
      // bare 十 at the start (十一 = 11) or right after 百 (一百十 = 110); 百/千 need a digit
      if (u !== 10 || sawZero || (total !== 0 && lastUnit !== 100)) return undefined;
      digit = 1;
    }
    total += digit * u;
    digit = undefined;
    lastUnit = u;
    sawZero = false;
  }
  if (digit !== undefined) {
    // trailing digit is the units digit, unless it directly follows 百/千 without 零
    // (一百五 is colloquial for 150; accept it as such)
    if (!sawZero && lastUnit >= 100 && lastUnit < 10000) total += digit * (lastUnit / 10);
    else total += digit;
  }
  return total;
}

/**
 * Parse a numeral: `十一` → 11, `一百零五` → 105, `两千` → 2000, `二〇二四` → 2024,
 * `１２` → 12, `12` → 12. Returns undefined if the string is not a numeral.
 */
export function parseNumeral(input: string): number | undefined {
  const s = input.trim();
  if (s === '') return undefined;
  const ascii = toAsciiDigits(s);
  if (/^[0-9]+$/.test(ascii)) return Number.parseInt(ascii, 10);

  // digit-by-digit form (二〇二四, 一〇五): only digits, more than one
  let allDigits = true;
  for (const ch of s)
    if (DIGITS[ch] === undefined) {
      allDigits = false;
      break;
    }
  if (allDigits) {
    if ([...s].length === 1) return DIGITS[s];
    let n = 0;
    for (const ch of s) n = n * 10 + (DIGITS[ch] as number);
    return n;
  }

  const wan = s.indexOf('万');
  if (wan >= 0) {
    if (s.indexOf('万', wan + 1) >= 0) return undefined;
    const high = parseSmall(s.slice(0, wan));
    if (high === undefined) return undefined;
    let rest = s.slice(wan + 1);
    if (rest === '') return high * 10000;
    if (rest.startsWith('零') || rest.startsWith('〇')) rest = rest.slice(1);
    // 一万一 (colloquial 11000) is not accepted; 一万零一 is 10001
    const low = parseSmall(rest);
    if (low === undefined) return undefined;
    return high * 10000 + low;
  }
  return parseSmall(s);
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export interface FormatNumeralOptions {
  /** Write 10–19 as 一十…一十九 instead of 十…十九 (default false). */
  leadingOne?: boolean;
}

function formatSmall(n: number, leadingOne: boolean): string {
  // 1 ≤ n ≤ 9999
  const parts: string[] = [];
  const units = ['千', '百', '十', ''];
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let pendingZero = false;
  let started = false;
  for (let i = 0; i < 4; i++) {
    const d = digits[i] as number;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    if (i === 2 && d === 1 && !started && !leadingOne) parts.push('十');
    else parts.push((CN_DIGITS[d] as string) + (units[i] as string));
    started = true;
  }
  return parts.join('');
}

/**
 * Format a non-negative integer as a Chinese numeral: 0 → 零, 10 → 十, 11 → 十一,
 * 110 → 一百一十, 1001 → 一千零一, 10000 → 一万. Supports 0 ≤ n < 100,000,000.
 */
const CACHE: string[] = [];

export function formatNumeral(n: number, options: FormatNumeralOptions = {}): string {
  const leadingOne = options.leadingOne ?? false;
  if (!leadingOne && n >= 0 && n < 1000 && Number.isInteger(n)) {
    const hit = CACHE[n];
    if (hit !== undefined) return hit;
    return (CACHE[n] = formatUncached(n, false));
  }
  return formatUncached(n, leadingOne);
}

function formatUncached(n: number, leadingOne: boolean): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) throw new RangeError(`formatNumeral: unsupported ${n}`);
  if (n === 0) return '零';
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return formatSmall(low, leadingOne);
  let s = formatSmall(high, leadingOne) + '万';
  if (low === 0) return s;
  s += low < 1000 ? '零' : '';
  s += formatSmall(low, true);
  return s;
}
