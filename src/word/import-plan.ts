/**
 * Plans the import of one Word file: recognise the text, propose the frontmatter, choose the file,
 * and count what the engine sees in the result. Nothing is written here.
 */
import { join } from 'node:path';
import type { Workspace } from '../authoring/workspace.ts';
import { stringifyFrontmatter } from '../authoring/frontmatter-edit.ts';
import { parseRegulation } from '../engine/index.ts';
import { regulationFields, STATUS_LABELS, type HistoryEntry, type RegulationStatus } from '../schema/index.ts';
import { WordImportError } from './import-error.ts';
import {
  previousEditionWarning,
  proposeChapter,
  proposeDepartment,
  proposeSlug,
  proposeStatus,
  townName,
  type Proposal,
} from './proposal.ts';
import { recogniseRegulation, type RecognisedRegulation } from './recognise.ts';
import { readWordBlocks } from './word-blocks.ts';
import { openWordPackage } from './word-package.ts';

/** What the clerk may say on the command line instead of letting the importer propose it. */
export interface ImportChoices {
  chapter?: string;
  department?: string;
  status?: string;
  slug?: string;
  /** 制定日期 when the document has no 题注. */
  date?: string;
  by?: string;
  force?: boolean;
}

export interface StructureCounts {
  divisions: number;
  articles: number;
  sections: number;
  items: number;
}

export interface PlannedImport {
  source: string;
  /** Set when the file cannot be imported; the batch goes on. */
  error?: string;
  recognised?: RecognisedRegulation;
  /** Title as written into the file (town name dropped). */
  title?: string;
  chapter?: Proposal<string>;
  department?: Proposal<string>;
  status?: Proposal<RegulationStatus>;
  /** Repo-relative target, `content/regulations/<chapter>/<slug>.md`. */
  target?: string;
  /** The file's text (frontmatter + body). */
  content?: string;
  /** Frontmatter values written into `content` (see `renderRegulation`). */
  frontmatter?: Record<string, unknown>;
  counts?: StructureCounts;
  /** Overwrites an existing regulation (allowed with --force). */
  replaces?: string;
  /** Why it will not be written (exists without --force, no chapter …). */
  blocked?: string;
  warnings: string[];
}

function countStructure(source: string, title: string, id: string): { counts: StructureCounts; issues: string[] } {
  const parsed = parseRegulation({ id, filePath: id, edition: 'current', title, status: 'new', source });
  const { tree } = parsed;
  const divisions = (list: typeof tree.divisions): number =>
    list.reduce((sum, division) => sum + 1 + divisions(division.children), 0);
  const items =
    tree.articles.reduce((sum, article) => sum + article.paragraphs.reduce((n, p) => n + p.items.length, 0), 0) +
    tree.sections.reduce((sum, section) => sum + section.items.length, 0);
  return {
    counts: {
      divisions: divisions(tree.divisions),
      articles: tree.articles.length,
      sections: tree.sections.length,
      items,
    },
    issues: parsed.issues.map((issue) => issue.message),
  };
}

function buildHistory(recognised: RecognisedRegulation, choices: ImportChoices, warnings: string[]): HistoryEntry[] {
  const history = recognised.history.map((entry) => ({ ...entry }));
  if (history.length === 0 && choices.date) history.push({ date: choices.date, action: 'enacted' });
  const first = history[0];
  if (first && choices.by && !first.by) first.by = choices.by;
  const last = history.at(-1);
  if (last && recognised.docNumber) last.docNumber = recognised.docNumber;
  for (const entry of history) {
    if (entry.action === 'revised' && !entry.note) {
      warnings.push(`${entry.date} 的修订记录没有修订说明（note），请在 history 中补写（ZD213）`);
    }
  }
  return history;
}

function effectiveDate(recognised: RecognisedRegulation, history: readonly HistoryEntry[]): string | undefined {
  return recognised.effective ?? history.at(-1)?.date;
}

const pick = <T>(flag: T | undefined, proposal: Proposal<T>, label: string): Proposal<T> =>
  flag !== undefined && flag !== '' ? { value: flag, reason: `${label}（命令行指定）` } : proposal;

/** Plans one file from its .docx bytes. */
export async function planImport(
  source: string,
  docx: Buffer,
  workspace: Workspace,
  choices: ImportChoices,
  takenSlugs: Set<string>,
): Promise<PlannedImport> {
  const warnings: string[] = [];
  let recognised: RecognisedRegulation;
  try {
    const { blocks, images } = await readWordBlocks(await openWordPackage(docx));
    recognised = recogniseRegulation(blocks);
    if (images > 0) recognised.warnings.push(`文档中有 ${images} 张图片（如流程图），没有导入，需要时请另行处理`);
  } catch (error) {
    if (error instanceof WordImportError) return { source, error: error.message, warnings };
    return { source, error: `读取失败：${error instanceof Error ? error.message : String(error)}`, warnings };
  }
  warnings.push(...recognised.warnings);
  const handbook = workspace.tree.editions[0]?.handbook.value;
  const town = townName(handbook?.issuer);
  let title = recognised.title;
  if (town && title.startsWith(town) && title.length > town.length + 2) {
    title = title.slice(town.length);
    warnings.push(`标题去掉了镇名“${town}”（汇编中的制度标题不带镇名）`);
  }
  const chapter = pick(choices.chapter, proposeChapter(recognised, workspace), '所属章');
  const department = pick(choices.department, proposeDepartment(recognised, workspace), '责任部门');
  const status = pick(
    choices.status as RegulationStatus | undefined,
    proposeStatus(recognised, handbook?.edition.year),
    '状态',
  );
  const history = buildHistory(recognised, choices, warnings);
  const cycle = previousEditionWarning(title, status.value, workspace);
  if (cycle) warnings.push(cycle);
  const effective = effectiveDate(recognised, history);
  if (recognised.effectiveOnIssue && effective)
    warnings.push(`“自印发之日起施行”：施行日期按${effective}填写，请核对印发日期`);

  const existing = workspace.regulations.find((ref) => ref.names.includes(title));
  const slug = existing?.file.slug ?? choices.slug ?? proposeSlug(title, town, takenSlugs);
  if (!existing) takenSlugs.add(slug);
  const chapterKey = existing?.file.chapter ?? chapter.value;
  const frontmatter: Record<string, unknown> = {
    title,
    status: status.value,
    department: department.value,
    docNumber: recognised.docNumber,
    effective,
    history,
  };
  const content = renderRegulation(frontmatter, recognised.body);
  const target = chapterKey ? `content/regulations/${chapterKey}/${slug}.md` : undefined;
  const { counts, issues } = countStructure(content, title, `${chapterKey ?? '?'}/${slug}`);
  warnings.push(...issues);
  if (counts.articles === 0 && counts.sections === 0) warnings.push('没有识别出“第X条”或“一、”，正文按普通段落导入');
  const schema = regulationFields({ departments: workspace.departments }).safeParse(frontmatter);
  if (!schema.success) {
    const fields = [...new Set(schema.error.issues.map((issue) => String(issue.path[0] ?? 'frontmatter')))];
    warnings.push(`文件头还缺：${fields.join('、')}（写入后 npm run check 会逐项指出）`);
  }

  const plan: PlannedImport = {
    source,
    recognised,
    title,
    chapter,
    department,
    status,
    content,
    frontmatter,
    counts,
    warnings,
  };
  if (target) plan.target = target;
  if (!target) plan.blocked = '没有所属章：请用 --chapter 指定';
  else if (existing) {
    plan.replaces = existing.file.filePath;
    if (!choices.force) {
      plan.blocked = `已有同名制度 ${existing.file.filePath}，未覆盖（确需用 Word 文本替换时加 --force）`;
    }
  } else if (workspace.regulations.some((ref) => ref.file.filePath === target)) {
    plan.replaces = target;
    if (!choices.force) plan.blocked = `文件 ${target} 已存在，未覆盖（加 --force 覆盖，或用 --slug 换一个文件名）`;
  }
  return plan;
}

/** The regulation file: frontmatter in the contract's order, then the body. */
export function renderRegulation(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${stringifyFrontmatter(frontmatter)}---\n\n${body}\n`;
}

/** Absolute path of a planned target. */
export function targetPath(workspace: Workspace, plan: PlannedImport): string | undefined {
  return plan.target ? join(workspace.root, plan.target) : undefined;
}

export function statusLabel(status: RegulationStatus | undefined): string {
  return status ? STATUS_LABELS[status] : '？';
}
