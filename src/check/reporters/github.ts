import { ruleFor } from '../catalogue.ts';
import type { Report } from './types.ts';

/** Escapes the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (file, title) of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=ZD…::…`, one per finding. */
export function formatGithub(report: Report): string {
  return report.findings
    .map((item) => {
      const command = item.severity === 'error' ? 'error' : 'warning';
      const properties = [
        `file=${escapeProperty(item.file)}`,
        `line=${item.line}`,
        `col=${item.column}`,
        `title=${escapeProperty(`${item.code} ${ruleFor(item.code).title}`)}`,
      ].join(',');
      const body = `${item.message}\n修改方法：${item.hint}\n详见：${report.docsUrl(item.code)}`;
      return `::${command} ${properties}::${escapeData(body)}\n`;
    })
    .join('');
}
