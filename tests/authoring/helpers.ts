import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../../src/authoring/cli.ts';
import type { CommandSpec } from '../../src/authoring/commands.ts';

export const REPO = join(import.meta.dirname, '..', '..');

/** A temporary copy of the repository's content/ (the commands take `--root`). */
export function copyContent(from = REPO): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'zhidu-authoring-'));
  cpSync(join(from, 'content'), join(root, 'content'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Hash of every file path and content under `dir`, to prove nothing changed. */
export function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export async function run(name: CommandSpec['name'], root: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(name, [...args, '--root', root], {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}
