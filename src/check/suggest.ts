/** Edit distance (insert, delete, substitute, swap neighbours), on code points. */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[s.length] as number[])[t.length] as number;
}

/**
 * The candidate closest to `input`, if it is close enough to be a plausible typo
 * (at most about a third of the characters differ, or one contains the other).
 */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.trim().toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    if (hay === needle) return candidate;
    let score = editDistance(needle, hay);
    const limit = Math.max(1, Math.floor(Math.max([...needle].length, [...hay].length) / 3));
    const contains = needle.length >= 2 && (hay.includes(needle) || needle.includes(hay));
    if (score > limit && !contains) continue;
    if (contains) score = Math.min(score, limit);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** `，是否应为“x”？` or the empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = nearest(input, candidates);
  return match ? `，是否应为“${match}”？` : '';
}
