import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentTree } from '../../src/handbook/content-tree.ts';
import { readRedirectsText } from '../../src/editions/redirects.ts';
import type { Finding } from '../../src/check/finding.ts';
import { readSnapshotInputs } from '../../src/check/repository-inputs.ts';
import { checkCycle } from '../../src/check/rules/cycle.ts';
import { checkSnapshotIntegrity } from '../../src/check/rules/snapshots.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'editions');
export const BASE = join(FIXTURES, '_base');

export interface Expected {
  description: string;
  findings: { code: string; file: string }[];
  remove?: string[];
}

export async function fixtureNames(): Promise<string[]> {
  const entries = await readdir(FIXTURES, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && /^ZD(?:2|6)\d\d-/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** A fresh copy of the base tree (optionally with a fixture laid over it). */
export async function materialise(name?: string): Promise<{ root: string; expected?: Expected }> {
  const root = await mkdtemp(join(tmpdir(), `zd6-${name ?? 'base'}-`));
  await cp(BASE, root, { recursive: true });
  if (!name) return { root };
  const dir = join(FIXTURES, name);
  const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Expected;
  await cp(dir, root, { recursive: true, filter: (source) => !source.endsWith('expected.json') });
  for (const path of expected.remove ?? []) await rm(join(root, path), { force: true });
  return { root, expected };
}

export async function runEditionRules(root: string): Promise<Finding[]> {
  const tree = await loadContentTree(root);
  return [
    ...checkCycle(tree, await readRedirectsText(root)),
    ...checkSnapshotIntegrity(tree, await readSnapshotInputs(tree)),
  ];
}

export const brief = (findings: readonly { code: string; file: string }[]) =>
  findings.map((item) => `${item.code} ${item.file}`).sort();
