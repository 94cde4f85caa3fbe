/**
 * Load a content directory (content/regulations, content/editions/<year>/regulations,
 * content/external.yml) into engine inputs, WITHOUT schema validation: engine fixtures are minimal
 * on purpose (a title and a body), and the engine benchmark measures the engine alone. The site and
 * the validator read content through src/handbook/ (Zod-validated); both find the frontmatter
 * block with the same function.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ExternalDoc, RegulationInput, RegulationStatus } from '../../src/engine/index.ts';
import { findFrontmatter } from '../../src/handbook/frontmatter.ts';

interface Frontmatter {
  title?: string;
  shortTitle?: string;
  aliases?: string[];
  status?: RegulationStatus;
  docNumber?: string;
  replacedBy?: string;
  history?: Array<{ docNumber?: string }>;
}

/** Frontmatter fields of a regulation file (no validation). */
export function readFrontmatter(source: string): Frontmatter {
  const block = findFrontmatter(source);
  if (!block) return {};
  const data = parseYaml(block.yaml) as unknown;
  return data && typeof data === 'object' ? (data as Frontmatter) : {};
}

/** Build an engine input from a file's text. */
export function inputFromSource(id: string, filePath: string, edition: string, source: string): RegulationInput {
  const fm = readFrontmatter(source);
  const input: RegulationInput = {
    id,
    filePath,
    edition,
    title: String(fm.title ?? id),
    status: fm.status ?? 'new',
    source,
  };
  if (fm.shortTitle) input.shortTitle = String(fm.shortTitle);
  if (fm.aliases) input.aliases = fm.aliases.map(String);
  if (fm.docNumber) input.docNumber = String(fm.docNumber);
  if (fm.replacedBy) input.replacedBy = String(fm.replacedBy);
  const hist = (fm.history ?? []).flatMap((h) => (h?.docNumber ? [String(h.docNumber)] : []));
  if (hist.length) input.historyDocNumbers = hist;
  return input;
}

function walkMd(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) walkMd(p, out);
    else if (/\.mdx?$/.test(ent.name)) out.push(p);
  }
}

/**
 * Read `<root>/content/regulations/**` (edition `current`) and
 * `<root>/content/editions/<year>/regulations/**` (edition `<year>`).
 */
export function loadContent(root: string): { inputs: RegulationInput[]; externals: ExternalDoc[]; readMs: number } {
  const t0 = performance.now();
  const inputs: RegulationInput[] = [];
  const addDir = (regDir: string, edition: string): void => {
    const files: string[] = [];
    walkMd(regDir, files);
    files.sort();
    for (const f of files) {
      const id = relative(regDir, f)
        .replace(/\\/g, '/')
        .replace(/\.mdx?$/, '');
      inputs.push(inputFromSource(id, relative(root, f).replace(/\\/g, '/'), edition, readFileSync(f, 'utf8')));
    }
  };
  addDir(join(root, 'content', 'regulations'), 'current');
  const edDir = join(root, 'content', 'editions');
  if (existsSync(edDir))
    for (const ent of readdirSync(edDir, { withFileTypes: true }))
      if (ent.isDirectory()) addDir(join(edDir, ent.name, 'regulations'), ent.name);
  const extFile = join(root, 'content', 'external.yml');
  const externals = existsSync(extFile)
    ? ((parseYaml(readFileSync(extFile, 'utf8')) as ExternalDoc[] | null) ?? [])
    : [];
  return { inputs, externals, readMs: performance.now() - t0 };
}
