import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContentTree, type ContentTree } from '../handbook/content-tree.ts';
import { todayInChina } from '../check/context.ts';
import { readMaintainers } from '../check/repository-inputs.ts';
import type { RegulationFile } from '../handbook/regulation-file.ts';
import type { RegulationFrontmatter } from '../schema/index.ts';
import { baselineOf, standingOf, type Baseline, type Standing } from '../editions/cycle.ts';
import { parseRedirects, readRedirectsText } from '../editions/redirects.ts';
import { AuthoringError } from './errors.ts';

/** What the commands need to know about one regulation of the current edition. */
export interface RegulationRef {
  file: RegulationFile;
  /** Frontmatter as written (schema-checked when `file.data` is set). */
  fields: Partial<RegulationFrontmatter>;
  /** Every name the regulation can be cited by: title, shortTitle, aliases. */
  names: string[];
}

export interface Workspace {
  root: string;
  tree: ContentTree;
  departments: string[];
  chapters: string[];
  regulations: RegulationRef[];
  /** Titles and aliases of documents outside the compendium (content/external.yml). */
  externalNames: string[];
  /** Today's date, `YYYY-MM-DD` (China Standard Time, as `npm run check` sees it). */
  today: string;
  /** The previous edition, which statuses are judged against (absent before the first freeze). */
  baseline: Baseline | undefined;
  /** Code maintainers (.github/code-maintainers.yml), for CODEOWNERS. */
  codeMaintainers: string[];
}

function loose(file: RegulationFile): Partial<RegulationFrontmatter> {
  if (file.data) return file.data;
  const value = file.yaml?.value;
  return value && typeof value === 'object' ? (value as Partial<RegulationFrontmatter>) : {};
}

export function namesOf(fields: Partial<RegulationFrontmatter>): string[] {
  const names = [fields.title, fields.shortTitle, ...(Array.isArray(fields.aliases) ? fields.aliases : [])];
  return names.filter((name): name is string => typeof name === 'string' && name.trim() !== '').map((n) => n.trim());
}

/** Loads the content tree under `root` (the repository, or a copy of it in tests). */
export async function loadWorkspace(root: string, today: string = todayInChina()): Promise<Workspace> {
  const absRoot = resolve(root);
  if (!existsSync(join(absRoot, 'content', 'departments.yml'))) {
    throw new AuthoringError(
      `在“${absRoot}”下没有找到 content/departments.yml。请在制度汇编仓库的根目录运行本命令，或用 --root 指定仓库目录。`,
    );
  }
  const tree = await loadContentTree(absRoot);
  if (!tree.departments.value || !tree.chapters.value) {
    throw new AuthoringError('content/departments.yml 或 content/chapters.yml 有错误，请先运行 npm run check 修正。');
  }
  const current = tree.editions[0];
  const regulations = (current?.regulations ?? [])
    .filter((file) => file.depth === 1)
    .map((file) => {
      const fields = loose(file);
      return { file, fields, names: namesOf(fields) };
    });
  const externalNames = (tree.externals.value ?? []).flatMap((doc) => [doc.title, ...doc.aliases]);
  const { redirects } = parseRedirects(await readRedirectsText(absRoot));
  return {
    baseline: baselineOf(tree, 0, redirects),
    codeMaintainers: await readMaintainers(absRoot),
    root: absRoot,
    tree,
    departments: Object.keys(tree.departments.value),
    chapters: Object.keys(tree.chapters.value),
    regulations,
    externalNames,
    today,
  };
}

/** Where a regulation of the current edition stands against the previous edition (cycle.ts). */
export function standingIn(workspace: Workspace, ref: RegulationRef): Standing | undefined {
  return workspace.baseline && ref.file.data
    ? standingOf(ref.file, ref.file.data.history, workspace.baseline)
    : undefined;
}

/** `./content/regulations/kaoqin/a.md`, `content\\regulations\\kaoqin\\a.md`, `kaoqin/a` → `kaoqin/a`. */
export function regulationKey(input: string): string {
  return input
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\.md$/, '')
    .replace(/^content\/regulations\//, '');
}

/** Edit distance, for "did you mean …" suggestions. */
export function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

function describe(ref: RegulationRef): string {
  return `${ref.file.slug}（${ref.fields.title ?? ref.file.id}）`;
}

/**
 * Finds a regulation of the current edition by `slug` or `chapter/slug`. When none matches,
 * explains in Chinese and suggests the nearest slugs (or the slug of a regulation whose title was typed).
 */
export function findRegulation(workspace: Workspace, input: string, role = '制度'): RegulationRef {
  const wanted = regulationKey(input);
  const match = workspace.regulations.filter((ref) => ref.file.id === wanted || ref.file.slug === wanted);
  if (match.length === 1 && match[0]) return match[0];
  if (match.length > 1) {
    throw new AuthoringError(
      `有多个${role}的文件名都是“${wanted}”：${match.map((ref) => ref.file.id).join('、')}。请写成“章/文件名”，例如 ${match[0]?.file.id}。`,
    );
  }
  const byName = workspace.regulations.filter((ref) =>
    ref.names.some((name) => name === wanted.replace(/^《(.*)》$/u, '$1')),
  );
  if (byName.length === 1 && byName[0]) return byName[0];
  if (byName.length > 1) {
    throw new AuthoringError(`有多项制度叫“${wanted}”，请用文件名（slug）指明：${byName.map(describe).join('、')}。`);
  }
  const nearest = workspace.regulations
    .map((ref) => ({ ref, d: Math.min(distance(wanted, ref.file.slug), distance(wanted, ref.file.id)) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ ref }) => describe(ref));
  const hint =
    nearest.length > 0
      ? `你是不是要找：${nearest.join('、')}？`
      : '文件名就是 content/regulations/<章>/ 下的 .md 文件名（不含 .md）。';
  throw new AuthoringError(`找不到${role}“${wanted}”。${hint}`);
}
