// One-off: completes content/editions/2025/ from the current corpus (deleted after use).
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { deriveEarlierRecord } from '../src/editions/snapshot.ts';
import { computeManifest, serializeManifest } from '../src/editions/manifest.ts';

const root = process.cwd();
const current = join(root, 'content/regulations');
const edition = join(root, 'content/editions/2025');
const files = (await readdir(current, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && e.name.endsWith('.md'))
  .map((e) => join(e.parentPath, e.name))
  .sort();
let written = 0, kept = 0, skipped = 0;
for (const file of files) {
  const rel = relative(current, file);
  const target = join(edition, 'regulations', rel);
  const source = await readFile(file, 'utf8');
  const status = /^status:\s*(\w+)/m.exec(source)?.[1];
  if (status === 'revised') {
    if (!existsSync(target)) throw new Error(`missing writers' 2025 text for ${rel}`);
    kept++;
    continue;
  }
  const derived = deriveEarlierRecord(source, 2025);
  if (!derived) { skipped++; continue; }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, derived);
  written++;
}
const manifest = await computeManifest(edition, 2025, '2025-03-18');
await writeFile(join(edition, 'manifest.json'), serializeManifest(manifest));
console.log({ written, kept, skipped, manifestFiles: Object.keys(manifest.files).length });
