/**
 * Revisions after the edition for the kept-text bench (`scripts/bench/editions.ts --revisions N`): each regulation
 * in force is revised N times in the current year, as `npm run revise` records it — the replaced text kept under
 * content/versions/ with its manifest (src/editions/kept-text.ts `keptTextWrites`, the commands' own function), a
 * `revised` history entry with a new 文号, a new `effective` date and one changed sentence. Deterministic.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { appendHistory, setOrdered } from '../../../src/authoring/frontmatter-edit.ts';
import { keptTextWrites } from '../../../src/editions/kept-text.ts';
import { editFrontmatter } from '../../../src/editions/frontmatter-edit.ts';

/** Revision dates (decided, in force) after the 2026 edition, one pair per revision. */
const REVISION_DATES: [string, string][] = [
  ['2026-05-20', '2026-06-01'],
  ['2026-09-20', '2026-10-01'],
  ['2026-11-02', '2026-11-10'],
];

function listMarkdown(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listMarkdown(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** One revision of one file: keep the text it replaces, then record the revision and change a sentence. */
function reviseOnce(root: string, file: string, index: number): boolean {
  const source = readFileSync(file, 'utf8');
  if (/^status:\s*abolished/m.test(source)) return false;
  const id = relative(join(root, 'content', 'regulations'), file)
    .replace(/\\/g, '/')
    .replace(/\.md$/, '');
  const manifestPath = join(root, 'content', 'versions', id, 'manifest.json');
  const kept = keptTextWrites(root, id, source, readOptional(manifestPath));
  if ('problem' in kept) throw new Error(`${id}: ${kept.problem}`);
  for (const write of kept.writes) {
    mkdirSync(dirname(write.path), { recursive: true });
    writeFileSync(write.path, write.content);
  }
  const [date, effective] = REVISION_DATES[index]!;
  const revised = editFrontmatter(source, (doc) => {
    if (doc.get('status') !== 'new') setOrdered(doc, 'status', 'revised');
    setOrdered(doc, 'effective', effective);
    appendHistory(doc, {
      date,
      action: 'revised',
      docNumber: `XX政办发〔2026〕${100 + index}号`,
      note: `第${index + 1}次年中修订：调整办理时限。`,
    });
  });
  // One sentence changes: the first full stop of the body gains a clause.
  const bodyStart = revised.indexOf('\n---', 3) + 4;
  const stop = revised.indexOf('。', bodyStart);
  const text = stop < 0 ? revised : `${revised.slice(0, stop)}，自第${index + 1}次修订起执行${revised.slice(stop)}`;
  writeFileSync(file, text);
  return true;
}

/** Revises every regulation in force under `<root>/content/` `count` times; returns how many texts were kept. */
export function addKeptRevisions(root: string, count: number): number {
  if (count > REVISION_DATES.length) throw new Error(`--revisions: at most ${REVISION_DATES.length}`);
  const files = listMarkdown(join(root, 'content', 'regulations'));
  let kept = 0;
  for (let index = 0; index < count; index++) {
    for (const file of files) if (reviseOnce(root, file, index)) kept++;
  }
  return kept;
}
