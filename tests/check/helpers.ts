import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentTree, type ContentTree } from '../../src/handbook/index.ts';
import { runChecks, type Finding } from '../../src/check/index.ts';
import { readCodeownersInput } from '../../src/check/repository-inputs.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'check');
export const BASE = join(FIXTURES, '_base');
/** The "today" of every test (the check itself uses the real date). */
export const TODAY = '2026-11-25';

export interface Expected {
  description: string;
  findings: { code: string; file: string; line: number }[];
  remove?: string[];
}

/** Names of the fixture folders (`ZD103-typo` …). */
export async function fixtureNames(): Promise<string[]> {
  const entries = await readdir(FIXTURES, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && /^ZD\d{3}-/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Copies the shared base tree, then the fixture over it, into a fresh temp dir. */
export async function materialise(name: string): Promise<{ root: string; expected: Expected }> {
  const root = await mkdtemp(join(tmpdir(), `zd-${name}-`));
  await cp(BASE, root, { recursive: true });
  const dir = join(FIXTURES, name);
  const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Expected;
  await cp(dir, root, { recursive: true, filter: (source) => !source.endsWith('expected.json') });
  for (const path of expected.remove ?? []) await rm(join(root, path), { force: true });
  return { root, expected };
}

export async function checkTree(root: string, today = TODAY): Promise<{ tree: ContentTree; findings: Finding[] }> {
  const tree = await loadContentTree(root);
  // Edition rules (ZD6xx) have their own fixtures in tests/editions; here only CODEOWNERS is added.
  const codeowners = await readCodeownersInput(root, tree);
  return { tree, findings: runChecks(tree, { today, ...(codeowners ? { repository: { codeowners } } : {}) }) };
}

export const brief = (findings: readonly Finding[]) =>
  findings.map((item) => `${item.code} ${item.file}:${item.line}`).sort();
