import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeManifest, serializeManifest, verifyEdition } from '../../src/editions/manifest.ts';
import { describeFreeze, freezeEdition } from '../../src/editions/snapshot.ts';
import { BASE, runEditionRules } from './helpers.ts';

let root: string;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function freshRoot(): Promise<string> {
  root = await mkdtemp(join(tmpdir(), 'zd-freeze-'));
  await cp(BASE, root, { recursive: true });
  return root;
}

describe('manifest', () => {
  it('verifies an intact snapshot and detects tampering, deletion and additions', async () => {
    const dir = join(await freshRoot(), 'content/editions/2025');
    expect(await verifyEdition(dir)).toEqual([]);
    const file = join(dir, 'regulations/kaoqin/a.md');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('早退', '早走'));
    expect(await verifyEdition(dir)).toEqual([{ kind: 'modified', path: 'regulations/kaoqin/a.md' }]);
    await rm(file);
    await writeFile(join(dir, 'regulations/kaoqin/z.md'), original);
    expect(await verifyEdition(dir)).toEqual([
      { kind: 'missing', path: 'regulations/kaoqin/a.md' },
      { kind: 'unexpected', path: 'regulations/kaoqin/z.md' },
    ]);
  });

  it('ignores line-ending conversion (Windows checkout) but not content', async () => {
    const dir = join(await freshRoot(), 'content/editions/2025');
    const file = join(dir, 'regulations/kaoqin/b.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r\n'));
    expect(await verifyEdition(dir)).toEqual([]);
  });

  it('reports a missing or broken manifest', async () => {
    const dir = join(await freshRoot(), 'content/editions/2025');
    await writeFile(join(dir, 'manifest.json'), '{"files": 3}');
    expect(await verifyEdition(dir)).toEqual([{ kind: 'invalid-manifest', path: 'manifest.json' }]);
    await rm(join(dir, 'manifest.json'));
    expect(await verifyEdition(dir)).toEqual([{ kind: 'missing-manifest', path: 'manifest.json' }]);
  });

  it('is deterministic', async () => {
    const dir = join(await freshRoot(), 'content/editions/2025');
    const a = serializeManifest(await computeManifest(dir, 2025, '2025-03-18'));
    expect(a).toBe(await readFile(join(dir, 'manifest.json'), 'utf8'));
  });
});

describe('npm run edition:freeze', () => {
  it('snapshots the current edition, opens the next year and stays consistent', async () => {
    const dir = await freshRoot();
    const before = await readFile(join(dir, 'content/regulations/kaoqin/b.md'), 'utf8');
    const outcome = await freezeEdition({ root: dir, today: '2026-12-01' });
    expect(outcome).toMatchObject({
      kind: 'frozen',
      year: 2026,
      nextYear: 2027,
      regulations: 5,
      reset: 2,
      abolished: 2,
    });
    expect(describeFreeze(outcome)).toContain('已冻结2026年版');

    // The snapshot is the current text, byte for byte, with a verifying manifest.
    expect(await readFile(join(dir, 'content/editions/2026/regulations/kaoqin/b.md'), 'utf8')).toBe(before);
    expect(await verifyEdition(join(dir, 'content/editions/2026'))).toEqual([]);
    const manifest = JSON.parse(await readFile(join(dir, 'content/editions/2026/manifest.json'), 'utf8'));
    expect(Object.keys(manifest.files)).toHaveLength(6);

    // Next edition: 2027, not issued yet; statuses ready for the next review, history untouched.
    const handbook = await readFile(join(dir, 'content/handbook.yml'), 'utf8');
    expect(handbook).toMatch(/year: 2027/);
    expect(handbook).not.toMatch(/^\s*(issuedOn|docNumber):/m);
    const b = await readFile(join(dir, 'content/regulations/kaoqin/b.md'), 'utf8');
    expect(b).toBe(before.replace('status: revised', 'status: reaffirmed'));
    expect(await readFile(join(dir, 'content/regulations/kaoqin/c.md'), 'utf8')).toMatch(/^status: reaffirmed$/m);
    expect(await readFile(join(dir, 'content/regulations/kaoqin/d.md'), 'utf8')).toMatch(/^status: abolished$/m);

    // The edition rules hold for 2027 against the new 2026 snapshot (and 2026 against 2025).
    expect(await runEditionRules(dir)).toEqual([]);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const dir = await freshRoot();
    await freezeEdition({ root: dir, today: '2026-12-01' });
    const handbook = await readFile(join(dir, 'content/handbook.yml'), 'utf8');
    const again = await freezeEdition({ root: dir, today: '2026-12-02' });
    expect(again).toEqual({ kind: 'already-open', year: 2027, previous: 2026 });
    expect(describeFreeze(again)).toContain('无需操作');
    expect(await readFile(join(dir, 'content/handbook.yml'), 'utf8')).toBe(handbook);
    expect(await verifyEdition(join(dir, 'content/editions/2026'))).toEqual([]);
  });

  it('refuses to overwrite an existing snapshot', async () => {
    const dir = await freshRoot();
    await writeFile(
      join(dir, 'content/handbook.yml'),
      (await readFile(join(dir, 'content/handbook.yml'), 'utf8')).replace('year: 2026', 'year: 2025'),
    );
    const outcome = await freezeEdition({ root: dir, today: '2026-12-01' });
    expect(outcome.kind).toBe('refused');
    expect(describeFreeze(outcome)).toContain('拒绝覆盖');
    expect(await verifyEdition(join(dir, 'content/editions/2025'))).toEqual([]);
  });

  it('refuses an edition that was never issued', async () => {
    const dir = await freshRoot();
    const path = join(dir, 'content/handbook.yml');
    await writeFile(path, (await readFile(path, 'utf8')).replace(/\n {2}issuedOn: .*\n/, '\n'));
    await rm(join(dir, 'content/editions'), { recursive: true });
    const outcome = await freezeEdition({ root: dir, today: '2026-12-01' });
    expect(outcome.kind).toBe('refused');
    expect(describeFreeze(outcome)).toContain('尚未印发');
  });

  it('dry run writes nothing', async () => {
    const dir = await freshRoot();
    const outcome = await freezeEdition({ root: dir, today: '2026-12-01', dryRun: true });
    expect(outcome.kind).toBe('frozen');
    expect(describeFreeze(outcome, true)).toContain('试运行');
    await expect(readFile(join(dir, 'content/editions/2026/manifest.json'))).rejects.toThrow();
  });
});
