import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegulation, buildCorpus } from '../../src/engine/index.ts';
import type { Corpus, ParsedRegulation, RegulationInput } from '../../src/engine/index.ts';
import { engineInputFromText, engineInputsOf, loadContentTree } from '../../src/handbook/index.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'engine');

/** Fixture cases with input.md + expected.json. */
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'input.md')))
    .map((d) => d.name)
    .sort();
}

export function fixtureInput(name: string): RegulationInput {
  const source = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
  return engineInputFromText(
    { id: `test/${name}`, filePath: `tests/fixtures/engine/${name}/input.md`, edition: 'current' },
    source,
  );
}

export function parseFixture(name: string): ParsedRegulation {
  return parseRegulation(fixtureInput(name));
}

export function expected(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Record<string, unknown>;
}

/** A regulation from inline Markdown (frontmatter optional). */
export function parseText(body: string, title = '测试制度'): ParsedRegulation {
  const source = body.startsWith('---') ? body : `---\ntitle: ${title}\nstatus: new\n---\n\n${body}`;
  return parseRegulation(engineInputFromText({ id: 'test/inline', filePath: 'inline.md', edition: 'current' }, source));
}

/** Engine inputs of a fixture content tree (`<case>/content/…`), read through the one adapter. */
export async function fixtureInputs(name: string): Promise<ReturnType<typeof engineInputsOf>> {
  return engineInputsOf(await loadContentTree(join(FIXTURES, name)));
}

export async function fixtureCorpus(name: string): Promise<Corpus> {
  const { inputs, externals } = await fixtureInputs(name);
  return buildCorpus(inputs, externals);
}

/** [citation text, document linked (`ext:<title>` for external, `-` for none), anchor, problem reasons] of `id`'s citations. */
export function citationLinks(corpus: Corpus, id: string): Array<[string, string, string | undefined, string[]]> {
  return corpus
    .citations(id)
    .map((rc) => [
      rc.citation.text,
      rc.target.kind === 'regulation'
        ? rc.target.id
        : rc.target.kind === 'external'
          ? `ext:${rc.target.doc.title}`
          : '-',
      rc.anchor,
      rc.problems.map((p) => p.reason),
    ]);
}
