import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { engineInputFromText } from '../../src/handbook/index.ts';
import { findFrontmatter } from '../../src/handbook/frontmatter.ts';
import { buildCorpus } from '../../src/engine/index.ts';
import type { ExternalDoc } from '../../src/engine/index.ts';
import { regulationFields } from '../../src/schema/index.ts';

const gen = generateCorpus({ count: 120, seed: 42 });

function corpusOf(g: typeof gen) {
  const inputs = g.files
    .filter((f) => f.path.endsWith('.md'))
    .map((f) => {
      const m = /^content\/(?:editions\/(\d+)\/)?regulations\/(.+)\.md$/.exec(f.path);
      return engineInputFromText({ id: m?.[2] ?? f.path, filePath: f.path, edition: m?.[1] ?? 'current' }, f.content);
    });
  const externals = parseYaml(g.files.find((f) => f.path === 'content/external.yml')?.content ?? '[]') as ExternalDoc[];
  return buildCorpus(inputs, externals);
}

describe('generate-corpus', () => {
  it('is deterministic', () => {
    const again = generateCorpus({ count: 120, seed: 42 });
    expect(again.files).toEqual(gen.files);
    expect(generateCorpus({ count: 120, seed: 43 }).files).not.toEqual(gen.files);
  });

  it('writes the content layout with yml files and the frozen 2025 edition', () => {
    const paths = gen.files.map((f) => f.path);
    for (const y of ['handbook', 'chapters', 'departments', 'external']) expect(paths).toContain(`content/${y}.yml`);
    expect(paths).toContain('content/editions/2025/handbook.yml');
    expect(paths).toContain('content/editions/2025/manifest.json');
    expect(paths.filter((p) => p.startsWith('content/regulations/'))).toHaveLength(120);
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths.filter((x) => x.startsWith('content/regulations/')))
      expect(p).toMatch(/^content\/regulations\/[a-z-]+\/[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
    const manifest = JSON.parse(gen.files.find((f) => f.path.endsWith('manifest.json'))?.content ?? '{}') as {
      files: Record<string, string>;
    };
    const edition = paths
      .filter((p) => p.startsWith('content/editions/2025/') && !p.endsWith('manifest.json'))
      .map((p) => p.replace('content/editions/2025/', ''));
    expect(Object.keys(manifest.files).sort()).toEqual(edition.sort());
  });

  it('frontmatter follows the content contract', () => {
    const departmentsFile = gen.files.find((x) => x.path === 'content/departments.yml');
    const schema = regulationFields({ departments: Object.keys(parseYaml(departmentsFile?.content ?? '') ?? {}) });
    const statuses = new Set<string>();
    const styles = new Set(gen.regulations.map((r) => r.style));
    for (const f of gen.files.filter((x) => x.path.startsWith('content/regulations/'))) {
      const fm = parseYaml(findFrontmatter(f.content)?.yaml ?? '') as Record<string, unknown>;
      const history = fm['history'] as Array<Record<string, string>>;
      statuses.add(String(fm['status']));
      // The same schema the site and the validator use (departments from the generated tree).
      expect(schema.safeParse(fm).error?.issues ?? []).toEqual([]);
      expect(history[0]?.['action']).toBe('enacted');
      expect(String(fm['docNumber'])).toMatch(/^XX(委|政|政办|纪)发〔\d{4}〕[1-9]\d*号$/);
      const dates = history.map((h) => String(h['date']));
      expect([...dates].sort()).toEqual(dates);
      for (const d of dates) expect(d <= '2026-11-25').toBe(true);
      if (fm['status'] === 'new') expect(history).toHaveLength(1);
      if (fm['status'] === 'revised') expect(history.at(-1)).toMatchObject({ action: 'revised' });
      if (fm['status'] === 'revised') expect(String(history.at(-1)?.['note'])).toMatch(/个工作日/);
      if (fm['status'] === 'abolished') expect(history.at(-1)?.['action']).toBe('abolished');
      expect(String(fm['effective']) >= String(dates.filter((d) => d <= String(fm['effective'])).at(-1) ?? '')).toBe(
        true,
      );
    }
    expect([...statuses].sort()).toEqual(['abolished', 'new', 'reaffirmed', 'revised']);
    expect([...styles].sort()).toEqual(['A', 'B', 'C']);
  });

  it('parses and resolves without problems: citations are all right, in both editions', () => {
    const corpus = corpusOf(gen);
    expect(corpus.problems()).toEqual([]);
    const current = corpus.regulations('current');
    const kinds = new Set(
      current.flatMap((r) => corpus.citations(r.input.id).map((c) => `${c.citation.kind}:${c.status}`)),
    );
    for (const k of ['title:ok', 'title:external', 'self:ok', 'preceding:ok']) expect(kinds).toContain(k);
    expect(current.some((r) => r.tree.divisions.length > 0)).toBe(true);
    expect(current.some((r) => r.tree.sections.length > 0)).toBe(true);
    expect(current.some((r) => corpus.backlinks(r.input.id).length > 0)).toBe(true);
  }, 30_000); // a 120-regulation corpus: slow on a loaded CI machine, not a timing assertion

  it('writes <outDir>/content/… when asked (root is an alias)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zd-gen-'));
    try {
      const g = generateCorpus({ count: 5, seed: 1, root: dir, previousEdition: false });
      for (const f of g.files) expect(readFileSync(join(dir, f.path), 'utf8')).toBe(f.content);
      expect(existsSync(join(dir, 'content', 'editions'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scales to the benchmark size (~1,500 characters per regulation)', () => {
    const big = generateCorpus({ count: 1000, previousEdition: false });
    expect(big.regulations).toHaveLength(1000);
    expect(new Set(big.regulations.map((r) => r.title)).size).toBe(1000);
    expect(big.chars).toBeGreaterThan(1_350_000);
    expect(big.chars).toBeLessThan(1_750_000);
  });
});
