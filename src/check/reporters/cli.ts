import { styleText } from 'node:util';
import { summarize, type Finding } from '../finding.ts';
import stringWidth from 'string-width';
import type { Report } from './types.ts';

export interface CliOptions {
  /** ANSI colours (only on a terminal, never when NO_COLOR is set). */
  color?: boolean;
  /** List warnings one by one (default); `false` only counts them (the build's quiet mode). */
  listWarnings?: boolean;
}

type Paint = (style: 'red' | 'yellow' | 'green' | 'dim' | 'bold' | 'cyan', text: string) => string;

const MAX_EXCERPT = 160;

/** The source line with a caret under `column` (1-based, code points); long lines are cut around it. */
export function excerpt(line: string, column: number): [string, string] {
  // A tab is shown as four spaces, so that the caret lines up whatever the terminal's tab stops.
  const chars = [...line.replace(/\r$/, '')].map((char) => (char === '\t' ? '    ' : char));
  let start = 0;
  const at = Math.max(0, Math.min(column - 1, chars.length));
  if (chars.length > MAX_EXCERPT) start = Math.max(0, at - 40);
  const shown = chars.slice(start, start + MAX_EXCERPT);
  const prefix = (start > 0 ? '…' : '') + shown.slice(0, at - start).join('');
  const text = (start > 0 ? '…' : '') + shown.join('') + (start + MAX_EXCERPT < chars.length ? '…' : '');
  return [text, `${' '.repeat(stringWidth(prefix))}^`];
}

export function summaryLine(findings: readonly Finding[]): string {
  const { errors, warnings, files } = summarize(findings);
  return `共发现 ${errors} 个错误、${warnings} 个警告（${files} 个文件）`;
}

/** Human-readable report: grouped by file, each finding with its source line and a caret. */
export function formatCli(report: Report, options: CliOptions = {}): string {
  // The caller decides (terminal, NO_COLOR); styleText would otherwise look at process.stdout itself.
  const paint: Paint = options.color
    ? (style, text) => styleText(style, text, { validateStream: false })
    : (_s, text) => text;
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  const listed =
    options.listWarnings === false ? report.findings.filter((item) => item.severity === 'error') : report.findings;
  for (const item of listed) byFile.set(item.file, [...(byFile.get(item.file) ?? []), item]);
  for (const [file, items] of byFile) {
    out.push(paint('bold', file));
    const lines = report.linesOf(file);
    for (const item of items) {
      const label = item.severity === 'error' ? paint('red', '错误') : paint('yellow', '警告');
      out.push(`  ${item.line}:${item.column}  ${label}  ${paint('bold', item.code)}  ${item.message}`);
      const source = lines?.[item.line - 1];
      if (source !== undefined && source.trim() !== '') {
        const gutter = String(item.line);
        const [text, caret] = excerpt(source, item.column);
        out.push(paint('dim', `    ${gutter} │ `) + text);
        out.push(
          paint('dim', `    ${' '.repeat(gutter.length)} │ `) +
            paint(item.severity === 'error' ? 'red' : 'yellow', caret),
        );
      }
      out.push(`    ${paint('cyan', '修改方法：')}${item.hint}`);
      out.push(paint('dim', `    详见：${report.docsUrl(item.code)}`));
    }
    out.push('');
  }
  const { errors, warnings } = summarize(report.findings);
  const scope = `共检查 ${report.checkedFiles} 个制度文件（${report.editions} 个版本）`;
  if (report.findings.length > 0) out.push(paint(errors > 0 ? 'red' : 'yellow', summaryLine(report.findings)));
  if (warnings > 0 && listed.length < report.findings.length) {
    out.push(paint('dim', `（警告未逐条列出，运行 npm run check 查看）`));
  }
  if (errors === 0) {
    out.push(paint('green', `检查通过：${scope}，未发现错误${warnings > 0 ? `，有 ${warnings} 个警告请留意` : ''}。`));
  } else {
    out.push(`检查未通过：${scope}。请按上面的提示修改后重新运行 npm run check。`);
  }
  return `${out.join('\n')}\n`;
}
