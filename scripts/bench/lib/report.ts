/**
 * The end of `npm run bench`: the table (with the change since the previous comparable run), the notes, and
 * the results saved to bench-results/<time>.json and bench-results/latest.json.
 */
import { join } from 'node:path';
import { REPO } from './bench-context.ts';
import { loadEarlierResults, saveResults } from './store.ts';
import { machineLine, pickPrevious, resultsTable, type BenchResults } from './results.ts';

/** The report's text; saves the results unless `noSave`. */
export async function reportResults(results: BenchResults, noSave: boolean): Promise<string> {
  const { startedAt, machine, notes } = results;
  const resultsDir = join(REPO, 'bench-results');
  const previous = pickPrevious(await loadEarlierResults(resultsDir), results);

  const out: string[] = [];
  out.push(`制度汇编 基准测试  ${startedAt}`);
  out.push(machineLine(machine));
  out.push('');
  out.push(resultsTable(results, previous));
  out.push('');
  if (previous)
    out.push(`“上次”为 ${previous.startedAt} 的结果（${machineLine(previous.machine).replace(/^机器：/, '')}）。`);
  for (const note of notes) out.push(`注：${note}`);
  if (!noSave) {
    const file = await saveResults(resultsDir, results);
    out.push(`结果已写入 ${file} 与 bench-results/latest.json`);
  }
  return `${out.join('\n')}\n`;
}
