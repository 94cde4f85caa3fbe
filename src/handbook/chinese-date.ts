/** `2024-03-01` → `2024年3月1日` (the form used in Chinese official documents). */
export function formatChineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Year of an ISO date as a number. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
