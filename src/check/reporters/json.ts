import { summarize } from '../finding.ts';
import type { Report } from './types.ts';

/** Machine-readable report (`--format json`). */
export function formatJson(report: Report): string {
  const summary = { ...summarize(report.findings), checkedFiles: report.checkedFiles, editions: report.editions };
  const findings = report.findings.map((item) => ({ ...item, url: report.docsUrl(item.code) }));
  return `${JSON.stringify({ version: 1, ok: summary.errors === 0, summary, findings }, null, 2)}\n`;
}
