import type { Department } from '../schema/index.ts';

/** The office that owns shared files (data files, archived editions, everything else). */
export const SHARED_OWNER = '党政办';

/** Where the file lives; GitHub and Forgejo/Gitea read `.github/CODEOWNERS`. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/**
 * The one place code maintainers are configured: a YAML list of GitHub users or teams who review
 * everything that is not content (.github/, src/, scripts/, package*.json, configuration).
 */
export const MAINTAINERS_PATH = '.github/code-maintainers.yml';

/** Owners listed in code-maintainers.yml (`- '@org/team'`); empty when the file is missing or malformed. */
export function parseMaintainers(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split('\n')
    .map((line) => /^\s*-\s*['"]?(@[\w./-]+|[\w.+-]+@[\w.-]+)['"]?\s*(?:#.*)?$/.exec(line)?.[1])
    .filter((owner): owner is string => Boolean(owner));
}

/** Paths that stand for the code and the shared files when comparing two CODEOWNERS files. */
export const SAMPLE_PATHS = [
  '.github/workflows/pr.yml',
  CODEOWNERS_PATH,
  MAINTAINERS_PATH,
  'src/engine/index.ts',
  'scripts/check.ts',
  'package.json',
  'package-lock.json',
  'astro.config.mjs',
  'content/departments.yml',
  'content/editions/2025/manifest.json',
];

export interface OwnedRegulation {
  /** `content/regulations/<chapter>/<slug>.md` */
  filePath: string;
  department: string | undefined;
}

/**
 * CODEOWNERS for the handbook. Later lines win, so the catch-all comes first, then the shared
 * data files, then one line per regulation file (owned by its department's reviewers).
 */
export function renderCodeowners(
  departments: Record<string, Department>,
  regulations: OwnedRegulation[],
  maintainers: readonly string[] = [],
): string {
  const shared = departments[SHARED_OWNER]?.codeowners ?? [];
  const code = maintainers.length > 0 ? maintainers : shared;
  const lines = [
    '# 审核分工：由 npm run codeowners 根据 content/departments.yml 生成，请勿手工修改。',
    '# 修改审核人：编辑 content/departments.yml 中各部门的 codeowners（代码维护人：.github/code-maintainers.yml），再运行 npm run codeowners。',
    '# 规则从上到下匹配，后面的行优先。',
    '',
  ];
  const line = (pattern: string, owners: readonly string[]) =>
    owners.length > 0 ? `${pattern} ${owners.join(' ')}` : `# ${pattern}（该部门未设置审核人，由下列默认审核人审核）`;
  lines.push(
    `# 默认（网站代码、脚本、工作流、依赖和配置）：${maintainers.length > 0 ? `代码维护人（${MAINTAINERS_PATH}）` : SHARED_OWNER}`,
    line('*', code),
    '',
  );
  lines.push(
    `# 内容、共用数据文件和往年版本：${SHARED_OWNER}`,
    line('/content/', shared),
    line('/content/*.yml', shared),
    line('/content/editions/', shared),
    '',
  );
  if (maintainers.length > 0) {
    lines.push(
      `# 审核分工本身：${SHARED_OWNER}（新增制度时重新生成）或代码维护人；内容由 npm run check（ZD701）核对`,
      line(`/${CODEOWNERS_PATH}`, [...new Set([...shared, ...maintainers])]),
      line(`/${MAINTAINERS_PATH}`, maintainers),
      '',
    );
  }
  const sorted = [...regulations].sort((a, b) => a.filePath.localeCompare(b.filePath));
  for (const [key, department] of Object.entries(departments)) {
    const files = sorted.filter((reg) => reg.department === key);
    if (files.length === 0) continue;
    lines.push(`# ${key}（${department.name}）`);
    if (department.codeowners.length === 0) {
      lines.push(`# 未设置审核人，以下 ${files.length} 个文件由默认审核人审核`);
      continue;
    }
    for (const reg of files) lines.push(line(`/${reg.filePath}`, department.codeowners));
    lines.push('');
  }
  const unknown = sorted.filter((reg) => !reg.department || !(reg.department in departments));
  if (unknown.length > 0) {
    lines.push('# 责任部门未知的文件（由默认审核人审核，请运行 npm run check 修正）');
    for (const reg of unknown) lines.push(`# /${reg.filePath}`);
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/** Renders CODEOWNERS for the current edition of a loaded workspace. */
export function codeownersFor(workspace: {
  tree: { departments: { value?: Record<string, Department> } };
  regulations: { file: { filePath: string }; fields: { department?: string } }[];
  codeMaintainers: readonly string[];
}): string {
  return renderCodeowners(
    workspace.tree.departments.value ?? {},
    workspace.regulations.map((ref) => ({ filePath: ref.file.filePath, department: ref.fields.department })),
    workspace.codeMaintainers,
  );
}

interface Rule {
  pattern: string;
  test: RegExp;
  owners: string[];
}

function rulesOf(text: string): Rule[] {
  return text.split('\n').flatMap((raw) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return [];
    const [pattern = '', ...owners] = line.split(/\s+/);
    const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
    const body = pattern
      .replace(/^\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .split('**')
      .map((part) => part.replace(/\*/g, '[^/]*'))
      .join('.*');
    const dir = pattern.endsWith('/') ? '.*' : '(?:/.*)?';
    return [{ pattern, owners, test: new RegExp(`${anchored ? '^' : '(?:^|/)'}${body}${dir}$`) }];
  });
}

/** The owners CODEOWNERS gives a path (the last matching line wins), and that line's pattern. */
export function ownersOf(text: string, path: string): { owners: string[]; pattern: string } | undefined {
  const rule = rulesOf(text).findLast((candidate) => candidate.test.test(path));
  return rule ? { owners: rule.owners, pattern: rule.pattern } : undefined;
}

export interface OwnershipDifference {
  path: string;
  expected: string[];
  actual: string[];
}

/**
 * What the committed CODEOWNERS gets wrong, path by path: `wrong` owners (an error: the wrong people
 * review), and regulation files it has no line for yet (`unlisted`: reviewed by the office, as a
 * file added by hand is until npm run codeowners is run).
 */
export function compareCodeowners(
  expected: string,
  actual: string,
  paths: readonly string[],
): { wrong: OwnershipDifference[]; unlisted: OwnershipDifference[] } {
  const wrong: OwnershipDifference[] = [];
  const unlisted: OwnershipDifference[] = [];
  const same = (a: string[], b: string[]) => [...a].sort().join(' ') === [...b].sort().join(' ');
  for (const path of paths) {
    const want = ownersOf(expected, path);
    const have = ownersOf(actual, path);
    if (same(want?.owners ?? [], have?.owners ?? [])) continue;
    const difference = { path, expected: want?.owners ?? [], actual: have?.owners ?? [] };
    const ownLine = (rule: typeof want) => rule?.pattern === `/${path}`;
    if (path.startsWith('content/regulations/') && ownLine(want) && !ownLine(have)) unlisted.push(difference);
    else wrong.push(difference);
  }
  return { wrong, unlisted };
}
