/**
 * `npm run import -- <文件或文件夹>…`: Word files into content/regulations/. Reads, recognises and
 * proposes; shows the review table; writes only after confirmation (or --yes); then runs the validator
 * on the written files so the clerk sees exactly what to fix, with the same ZD codes.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderCodeowners } from '../check/codeowners.ts';
import { loadWorkspace, type Workspace } from '../authoring/workspace.ts';
import { main as runCheck } from '../check/cli.ts';
import { normaliseDate } from '../authoring/checks.ts';
import { convertWithLibreOffice } from './libreoffice.ts';
import { planImport, targetPath, type ImportChoices, type PlannedImport } from './import-plan.ts';
import { formatReviewTable } from './review-table.ts';
import { proposeShortTitles } from './short-titles.ts';

export interface ImportIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Asks a question; present only when a person is at the keyboard. */
  ask?: (question: string) => Promise<string>;
  env?: Record<string, string | undefined>;
}

export const IMPORT_USAGE = `用法：npm run import -- <Word 文件或文件夹>… [选项]

读取 .docx（以及经 LibreOffice 转换的 .doc、.wps、.odt、.rtf），识别标题、题注、文号、施行日期、
章节条款项目、附件和表格，生成 content/regulations/<章>/<文件名>.md。先列出核对表，确认后才写入，
写入后自动运行 npm run check 检查写入的文件。

选项：
  --chapter <章>          所属章（content/chapters.yml 的键），不填则按标题推荐
  --department <部门>     责任部门（content/departments.yml 的键），不填则按正文和文号推荐
  --status <状态>         new / reaffirmed / revised，不填则按题注和本年度推断
  --slug <文件名>         网址短名（只导入一个文件时可用），不填则按标题拼音生成
  --date YYYY-MM-DD       没有题注的文件的制定日期
  --by <会议>             没有写明会议的制定记录的会议名称，例如 镇党政联席会议
  --dry-run               只列核对表，不写入任何文件
  -y, --yes               不再询问，直接写入（批量导入、脚本中使用）
  --force                 允许覆盖已有的同名制度或同名文件
  --report <文件>         把核对表另存为 Markdown 文件
  --root <目录>           仓库目录，默认为当前目录
  --today YYYY-MM-DD      把这一天当作“今天”
  -h, --help              显示本说明`;

const DIRECT = new Set(['.docx']);
const CONVERTED = new Set(['.doc', '.wps', '.odt', '.rtf', '.docm', '.wpt', '.dot', '.dotx']);
const isWordFile = (path: string) =>
  DIRECT.has(extname(path).toLowerCase()) || CONVERTED.has(extname(path).toLowerCase());
/** Word's lock files (~$name.docx) and hidden files are not documents. */
const isSkipped = (name: string) => name.startsWith('~$') || name.startsWith('.');

async function collectFiles(paths: readonly string[], cwd: string, problems: PlannedImport[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
    for (const entry of entries) {
      if (isSkipped(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (isWordFile(path)) out.push(path);
    }
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) problems.push({ source: path, error: '文件或文件夹不存在', warnings: [] });
    else if (statSync(path).isDirectory()) await walk(path);
    else if (isWordFile(path)) out.push(path);
    else
      problems.push({
        source: path,
        error: `不是 Word 文件（支持 .docx，以及 ${[...CONVERTED].join(' ')}）`,
        warnings: [],
      });
  }
  return out;
}

/** .docx bytes for every file: read directly, or converted by LibreOffice in one batch. */
async function readAsDocx(files: readonly string[]): Promise<Map<string, Buffer | Error>> {
  const out = new Map<string, Buffer | Error>();
  const toConvert = files.filter((file) => !DIRECT.has(extname(file).toLowerCase()));
  for (const file of files) {
    if (toConvert.includes(file)) continue;
    try {
      out.set(file, await readFile(file));
    } catch (error) {
      out.set(file, new Error(`无法读取文件：${(error as Error).message}`));
    }
  }
  for (const { source, result } of await convertWithLibreOffice(toConvert, 'docx')) out.set(source, result);
  return out;
}

async function writePlans(workspace: Workspace, plans: readonly PlannedImport[]): Promise<string[]> {
  const written: string[] = [];
  for (const plan of plans) {
    const path = targetPath(workspace, plan);
    if (!path || !plan.content) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, plan.content, 'utf8');
    written.push(plan.target as string);
  }
  const codeowners = join(workspace.root, '.github', 'CODEOWNERS');
  const regulations = [
    ...workspace.regulations
      .filter((ref) => !written.includes(ref.file.filePath))
      .map((ref) => ({ filePath: ref.file.filePath, department: ref.fields.department })),
    ...plans
      .filter((plan) => plan.target && written.includes(plan.target))
      .map((plan) => ({ filePath: plan.target as string, department: plan.department?.value })),
  ];
  await mkdir(dirname(codeowners), { recursive: true });
  await writeFile(
    codeowners,
    renderCodeowners(workspace.tree.departments.value ?? {}, regulations, workspace.codeMaintainers),
    'utf8',
  );
  return written;
}

/** Two files of the batch with the same title or target: only the first is written. */
function blockDuplicates(plans: readonly PlannedImport[]): void {
  const seen = new Map<string, number>();
  plans.forEach((plan, index) => {
    if (plan.error || plan.blocked) return;
    for (const key of [plan.title, plan.target]) {
      if (!key) continue;
      const first = seen.get(key);
      if (first !== undefined) {
        plan.blocked = `与第 ${first + 1} 个文件的标题或文件名相同，只写入第 ${first + 1} 个；请确认是否是同一制度的两个版本`;
        return;
      }
    }
    for (const key of [plan.title, plan.target]) if (key) seen.set(key, index);
  });
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      chapter: { type: 'string' },
      department: { type: 'string' },
      status: { type: 'string' },
      slug: { type: 'string' },
      date: { type: 'string' },
      by: { type: 'string' },
      'dry-run': { type: 'boolean' },
      yes: { type: 'boolean', short: 'y' },
      force: { type: 'boolean' },
      report: { type: 'string' },
      root: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function confirmed(io: ImportIo, count: number, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!io.ask) {
    io.stderr(`没有写入任何文件：核对上表无误后，加 --yes 重新运行即可写入 ${count} 个文件。\n`);
    return false;
  }
  const answer = (await io.ask(`确认写入以上 ${count} 个文件？（输入 y 确认）`)).trim().toLowerCase();
  if (answer === 'y' || answer === 'yes' || answer === '是') return true;
  io.stderr('已取消，没有写入任何文件。\n');
  return false;
}

/** Runs the import as the command line does; returns the exit code (0 done, 1 problems, 2 cannot run). */
export async function importMain(argv: readonly string[], io: ImportIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    const message = (error as Error).message;
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
    const why = /argument missing/i.test(message) ? `选项 ${flag} 后面缺少取值` : `未知选项“${flag ?? message}”`;
    io.stderr(`错误：${why}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help || positionals.length === 0) {
    (values.help ? io.stdout : io.stderr)(`${IMPORT_USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const root = resolve(io.cwd, values.root ?? '.');
  const workspace = await loadWorkspace(root, values.today);
  const problems: PlannedImport[] = [];
  const files = await collectFiles(positionals, io.cwd, problems);
  if (values.slug && files.length > 1) {
    io.stderr('错误：--slug 只能在导入一个文件时使用；批量导入时文件名按标题拼音生成。\n');
    return 2;
  }
  const choices: ImportChoices = {
    ...(values.chapter ? { chapter: values.chapter } : {}),
    ...(values.department ? { department: values.department } : {}),
    ...(values.status ? { status: values.status } : {}),
    ...(values.slug ? { slug: values.slug } : {}),
    ...(values.date ? { date: normaliseDate(values.date) } : {}),
    ...(values.by ? { by: values.by } : {}),
    force: values.force === true,
  };
  const docx = await readAsDocx(files);
  const taken = new Set(workspace.regulations.map((ref) => ref.file.slug));
  const plans: PlannedImport[] = [...problems];
  for (const file of files) {
    const bytes = docx.get(file);
    if (bytes === undefined || bytes instanceof Error) {
      plans.push({ source: file, error: bytes?.message ?? '无法读取', warnings: [] });
    } else plans.push(await planImport(file, bytes, workspace, choices, taken));
  }
  blockDuplicates(plans);
  proposeShortTitles(plans, workspace);
  const dryRun = values['dry-run'] === true;
  const table = formatReviewTable(plans, io.cwd, dryRun);
  io.stdout(`${table}\n`);
  if (values.report) await writeFile(resolve(io.cwd, values.report), table, 'utf8');
  const writable = plans.filter((plan) => !plan.error && !plan.blocked && plan.content);
  const failed = plans.length - writable.length;
  if (dryRun) {
    io.stdout(`预览：可写入 ${writable.length} 个，不能导入 ${failed} 个。去掉 --dry-run 后写入。\n`);
    return failed > 0 ? 1 : 0;
  }
  if (writable.length === 0) {
    io.stderr('没有可以写入的文件。\n');
    return 1;
  }
  if (!(await confirmed(io, writable.length, values.yes === true))) return 1;
  const written = await writePlans(workspace, writable);
  io.stdout(`已写入 ${written.length} 个文件，并更新了 .github/CODEOWNERS。正在检查写入的文件（npm run check）……\n`);
  const checkCode = await runCheck(
    [...written.map((file) => join(root, file)), '--root', root, ...(values.today ? ['--today', values.today] : [])],
    {
      cwd: root,
      env: io.env ?? {},
      stdout: io.stdout,
      stderr: io.stderr,
    },
  );
  if (checkCode !== 0)
    io.stdout(
      '请按上面的提示修改写入的文件（错误代码 ZD… 的说明见编辑指南“错误代码说明”），改完再运行 npm run check。\n',
    );
  return failed > 0 || checkCode !== 0 ? 1 : 0;
}
