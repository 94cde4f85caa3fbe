/** `2024-03-01` → `2024年3月1日` (the form used in Chinese official documents). */
export function formatChineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Year of an ISO date as a number. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** `2026年3月20日印发`, or `尚未印发` for an edition being prepared (no `issuedOn` yet). */
export function formatIssued(edition: { issuedOn?: string | undefined }): string {
  return edition.issuedOn ? `${formatChineseDate(edition.issuedOn)}印发` : '尚未印发';
}
