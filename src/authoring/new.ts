import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatChineseDate } from '../handbook/chinese-date.ts';
import { STATUS_LABELS, type RegulationStatus } from '../schema/index.ts';
import { checkDate, checkDocNumber, checkSlug, requireText } from './checks.ts';
import { renderCodeowners } from '../check/codeowners.ts';
import { AuthoringError } from './errors.ts';
import { stringifyFrontmatter } from './frontmatter-edit.ts';
import { assertSchema, displayPath, nextSteps, type Plan } from './plan.ts';
import type { Workspace } from './workspace.ts';

export interface NewInput {
  title?: string;
  shortTitle?: string;
  chapter?: string;
  department?: string;
  status?: string;
  docNumber?: string;
  /** 制定日期: the day the deciding meeting adopted it. */
  date?: string;
  effective?: string;
  slug?: string;
  by?: string;
}

/** The body the 施行/解释 sentences are built with when nobody says otherwise. */
export const DEFAULT_BY = '镇党政联席会议';

/**
 * A new file is 新建 (new) by definition: it is not in the previous edition (src/editions/cycle.ts),
 * whenever it was enacted — also a rule enacted after the last freeze, or an older rule collected now.
 */
export function checkCreatableStatus(workspace: Workspace, value: string | undefined): RegulationStatus {
  const status = value?.trim() || 'new';
  if (status === 'new') return 'new';
  const previous = workspace.baseline ? `${workspace.baseline.label}中没有它` : '它还不在任何已冻结的版本中';
  throw new AuthoringError(
    `新建的文件状态只能是 new（新建）：状态按上一版本判断，${previous}，所以是新建；以前制定、现在才收入汇编的制度也是新建（制定日期照实填写）。修订已有制度请用 npm run revise，废止请用 npm run abolish。`,
  );
}

/** A chapter given as its folder name (kaoqin), its Chinese title (考勤) or as listed (kaoqin（考勤）). */
export function checkChapter(workspace: Workspace, value: string): string {
  const chapters = workspace.tree.chapters.value ?? {};
  const text = value.trim();
  const key = text.replace(/（.*）$/u, '');
  if (workspace.chapters.includes(key)) return key;
  const byTitle = workspace.chapters.filter((name) => chapters[name]?.title === text);
  if (byTitle.length === 1 && byTitle[0]) return byTitle[0];
  const list = workspace.chapters.map((name) => `${name}（${chapters[name]?.title}）`).join('、');
  throw new AuthoringError(
    `未知的章“${text}”。应为 content/chapters.yml 中的章之一（写文件夹名或中文章名都可以）：${list}。`,
  );
}

/** 本制度 / 本办法 / 本规定 …: how the text refers to itself, from the title's last word. */
export function selfReference(title: string): string {
  const kinds = ['实施细则', '细则', '办法', '规定', '规则', '制度', '规程', '准则', '守则', '方案', '意见', '机制'];
  const kind = kinds.find((word) => title.endsWith(word)) ?? '制度';
  return `本${kind === '实施细则' ? '细则' : kind}`;
}

/** 镇 + department name, as the 解释 sentence writes it (镇党政综合办公室, 镇人大主席团). */
export function departmentPhrase(name: string): string {
  return name.startsWith('镇') ? name : `镇${name}`;
}

/** Marks the places the editor must write (【待填写：…】 stays visible until replaced). */
export function blank(hint: string): string {
  return `【待填写：${hint}】`;
}

/** A 总则/附则 skeleton (style A) built from the inputs; 【待填写】 marks the editor's parts. */
export function skeleton(input: { title: string; departmentName: string; effective: string }): string {
  const self = selfReference(input.title);
  const owner = departmentPhrase(input.departmentName);
  return [
    '## 第一章　总则',
    `第一条　为了${blank('制定目的，例如：规范……工作，提高……')}，根据${blank('依据，例如：上级文件的名称（加书名号）和上级有关规定')}，结合我镇实际，制定${self}。`,
    `第二条　${self}适用于${blank('适用范围，例如：镇机关各部门和全体工作人员')}。`,
    `第三条　${owner}负责${self}的组织实施和日常管理，镇纪委负责监督检查。`,
    `## 第二章　${blank('章名')}`,
    `第四条　${blank('条文内容。每一条单独成段，以“第X条”加全角空格开头，条文序号全文连续编排')}`,
    '## 第三章　附则',
    `第五条　${self}由${owner}负责解释。`,
    `第六条　${self}自${formatChineseDate(input.effective)}起施行。`,
  ].join('\n\n');
}

/** Checks the inputs of `npm run new` and plans the new file (plus the updated CODEOWNERS). */
export function planNew(workspace: Workspace, input: NewInput): Plan {
  const title = requireText('标题（--title）', input.title, '请填写制度全称，例如：机关工作人员请销假制度。');
  if (/[《》]/.test(title)) throw new AuthoringError(`标题“${title}”不要带书名号《》。`);
  const chapter = checkChapter(workspace, requireText('所属章（--chapter）', input.chapter));
  const department = requireText('责任部门（--department）', input.department);
  if (!workspace.departments.includes(department)) {
    throw new AuthoringError(
      `未知部门“${department}”，应为 content/departments.yml 中的部门之一：${workspace.departments.join('、')}。`,
    );
  }
  const slug = checkSlug(requireText('文件名（--slug）', input.slug, '例如 --slug qingxiaojia。'));
  const status = checkCreatableStatus(workspace, input.status);
  const date = checkDate(
    '制定日期（--date）',
    requireText('制定日期（--date）', input.date, '即会议通过的日期，例如 2026-03-12。'),
    workspace.today,
  );
  const effective = input.effective?.trim()
    ? checkDate('施行日期（--effective）', input.effective, workspace.today, { allowFuture: true })
    : date;
  if (effective < date) throw new AuthoringError(`施行日期 ${effective} 早于制定日期 ${date}，请检查。`);
  const docNumber = checkDocNumber(requireText('文号（--doc-number）', input.docNumber, '例如 XX政办发〔2026〕5号。'));
  const by = input.by?.trim() || DEFAULT_BY;
  const shortTitle = input.shortTitle?.trim() || undefined;
  if (shortTitle === title) throw new AuthoringError('简称与标题相同，不必填写简称（--short-title）。');

  const clash = workspace.regulations.find((ref) => ref.file.slug === slug);
  if (clash) {
    throw new AuthoringError(
      `文件名“${slug}”已被《${clash.fields.title ?? clash.file.id}》（${clash.file.filePath}）使用，请换一个文件名。`,
    );
  }
  for (const [label, name] of [
    ['标题', title],
    ['简称', shortTitle],
  ] as const) {
    if (!name) continue;
    const same = workspace.regulations.find((ref) => ref.names.includes(name));
    if (same) {
      const state = same.fields.status === 'abolished' ? '（已废止，但页面仍保留，引用会混淆）' : '';
      throw new AuthoringError(
        `${label}“${name}”与已有制度《${same.fields.title ?? same.file.id}》${state}的标题、简称或别名重复（${same.file.filePath}）。如果是修订这项制度，请用 npm run revise -- ${same.file.slug}；否则请换一个${label}。`,
      );
    }
    if (workspace.externalNames.includes(name)) {
      throw new AuthoringError(
        `${label}“${name}”与上级文件（content/external.yml）的名称相同，引用时会混淆，请换一个${label}。`,
      );
    }
  }
  const earlier = workspace.baseline?.find(`${chapter}/${slug}`);
  if (earlier) {
    throw new AuthoringError(
      `${workspace.baseline?.label}中已有 ${chapter}/${slug}（《${earlier.data?.title ?? slug}》，${earlier.filePath}）。上一版本的制度不能在现行版本中消失后重建：请从上一版本恢复该文件并用 npm run revise 记录修订，或换一个文件名。`,
    );
  }
  const absPath = join(workspace.root, 'content', 'regulations', chapter, `${slug}.md`);
  if (existsSync(absPath)) throw new AuthoringError(`文件 ${displayPath(workspace, absPath)} 已经存在。`);

  const frontmatter = {
    title,
    shortTitle,
    status,
    department,
    docNumber,
    effective,
    history: [{ date, action: 'enacted', by, docNumber }],
  };
  assertSchema(workspace, frontmatter);
  const departmentName = workspace.tree.departments.value?.[department]?.name ?? department;
  const content = `---\n${stringifyFrontmatter(frontmatter)}---\n\n${skeleton({ title, departmentName, effective })}\n`;

  const regulations = [
    ...workspace.regulations.map((ref) => ({ filePath: ref.file.filePath, department: ref.fields.department })),
    { filePath: displayPath(workspace, absPath), department },
  ];
  const codeownersPath = join(workspace.root, '.github', 'CODEOWNERS');
  const writes = [
    { path: absPath, content },
    {
      path: codeownersPath,
      content: renderCodeowners(workspace.tree.departments.value ?? {}, regulations, workspace.codeMaintainers),
    },
  ];
  const shown = displayPath(workspace, absPath);
  return {
    writes,
    report: [
      `已新建制度《${title}》：${shown}`,
      `  状态：${STATUS_LABELS[status]}（${status}）　责任部门：${department}　文号：${docNumber}`,
      `  制定：${date}，${by}　施行：${effective}`,
      `  已写入第一条制定记录（history），并更新了审核分工文件 .github/CODEOWNERS。`,
      ...nextSteps([
        `打开 ${shown}，把所有【待填写：……】替换为正文，按需要增删章和条（条文序号全文连续编排，第一条和附则中的句子可以修改）。`,
      ]),
    ],
  };
}
