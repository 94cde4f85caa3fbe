import type { Department } from '../schema/index.ts';

/** The office that owns shared files (data files, archived editions, everything else). */
export const SHARED_OWNER = '党政办';

/** Where the file lives; GitHub and Forgejo/Gitea read `.github/CODEOWNERS`. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

export interface OwnedRegulation {
  /** `content/regulations/<chapter>/<slug>.md` */
  filePath: string;
  department: string | undefined;
}

/**
 * CODEOWNERS for the handbook. Later lines win, so the catch-all comes first, then the shared
 * data files, then one line per regulation file (owned by its department's reviewers).
 */
export function renderCodeowners(departments: Record<string, Department>, regulations: OwnedRegulation[]): string {
  const shared = departments[SHARED_OWNER]?.codeowners ?? [];
  const lines = [
    '# 审核分工：由 npm run codeowners 根据 content/departments.yml 生成，请勿手工修改。',
    '# 修改审核人：编辑 content/departments.yml 中各部门的 codeowners，再运行 npm run codeowners。',
    '# 规则从上到下匹配，后面的行优先。',
    '',
  ];
  const line = (pattern: string, owners: readonly string[]) =>
    owners.length > 0 ? `${pattern} ${owners.join(' ')}` : `# ${pattern}（该部门未设置审核人，由下列默认审核人审核）`;
  lines.push(`# 默认：${SHARED_OWNER}`, line('*', shared), '');
  lines.push(
    `# 共用数据文件和往年版本：${SHARED_OWNER}`,
    line('/content/*.yml', shared),
    line('/content/editions/', shared),
    '',
  );
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
}): string {
  return renderCodeowners(
    workspace.tree.departments.value ?? {},
    workspace.regulations.map((ref) => ({ filePath: ref.file.filePath, department: ref.fields.department })),
  );
}
