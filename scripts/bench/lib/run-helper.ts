/**
 * Child-process runner for the other benchmark modules (engine.ts, search.ts, pdf.ts, editions.ts), so that a
 * crash, a top-level CLI or a memory leak in one of them cannot take the whole run down.
 *
 *   node scripts/bench/lib/run-helper.ts <module path> <name> <context JSON>
 *
 * Calls the first exported function among bench<Name>, bench, run, default with the context (see
 * HelperContext in helpers.ts) and prints its (awaited) result as JSON after a marker line.
 */
import { pathToFileURL } from 'node:url';
import { RESULT_MARKER } from './helpers.ts';

const [modulePath, name, contextJson] = process.argv.slice(2);
if (!modulePath || !name || !contextJson) {
  process.stderr.write('usage: run-helper.ts <module> <name> <context JSON>\n');
  process.exit(2);
}
const emit = (value: unknown) => process.stdout.write(`\n${RESULT_MARKER}\n${JSON.stringify(value)}\n`);
const mod = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>;
const candidates = [`bench${name.charAt(0).toUpperCase()}${name.slice(1)}`, 'bench', 'run', 'default'];
const chosen = candidates.find((key) => typeof mod[key] === 'function');
if (!chosen) {
  emit({
    notAvailable: `没有导出基准函数（查找 ${candidates.join('、')}；实际导出：${Object.keys(mod).join('、') || '无'}）`,
  });
} else {
  const result = await (mod[chosen] as (context: unknown) => unknown)(JSON.parse(contextJson));
  emit({ function: chosen, result: result ?? null });
}
// Helpers may leave servers or browsers open; the result is out, so stop here.
process.exit(0);
