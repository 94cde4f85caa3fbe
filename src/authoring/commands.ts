import { planAbolish } from './abolish.ts';
import { planNew } from './new.ts';
import type { Plan } from './plan.ts';
import { planRevise } from './revise.ts';
import { findRegulation, type Workspace } from './workspace.ts';
import { checkDate, checkDocNumber, checkSlug } from './checks.ts';
import { checkChapter } from './new.ts';
import { AuthoringError } from './errors.ts';

/** One `--flag` of a command: parsed by the CLI, asked for interactively, listed in the 编辑指南. */
export interface OptionSpec {
  flag: string;
  /** Property of the command's input object. */
  key: string;
  /** What it is, in Chinese. */
  label: string;
  required: boolean;
  /** Shown after the label in prompts and the guide: format, example, default. */
  hint: string;
  /** Asked for when running interactively and the flag was not given. */
  ask: boolean;
  /** A flag without a value (`--same-day`). */
  boolean?: boolean;
}

export interface CommandSpec {
  name: 'new' | 'revise' | 'abolish';
  summary: string;
  usage: string;
  /** The positional argument (the regulation's slug), if any. */
  positional?: { key: string; label: string };
  options: OptionSpec[];
  plan(workspace: Workspace, input: Record<string, string | undefined>): Plan;
  /** Checks one answer as it is given (interactive use); returns it normalised or throws AuthoringError. */
  checkAnswer?(workspace: Workspace, key: string, value: string, input: Record<string, string | undefined>): string;
}

const opt = (flag: string, key: string, label: string, required: boolean, hint: string, ask = true): OptionSpec => ({
  flag,
  key,
  label,
  required,
  hint,
  ask,
});

const DATE_HINT = '年-月-日，例如 2026-03-12';
const BY_HINT = '例如 镇党委会、镇政府常务会议；不填为“镇党政联席会议”';

/** The three authoring commands: the single source for parsing, prompts, `--help` and the guide. */
export const COMMANDS: Record<CommandSpec['name'], CommandSpec> = {
  new: {
    name: 'new',
    summary: '新建一项制度：生成带有总则、附则框架和第一条制定记录的文件。',
    usage:
      'npm run new -- --title 机关工作人员请销假制度 --chapter kaoqin --department 党政办 --slug qingxiaojia --date 2026-03-12 --doc-number XX政办发〔2026〕5号',
    options: [
      opt('title', 'title', '标题（制度全称）', true, '例如 机关工作人员请销假制度'),
      opt('short-title', 'shortTitle', '简称', false, '其他制度引用它时用的简短名称，可不填'),
      opt('chapter', 'chapter', '所属章', true, 'content/chapters.yml 中的章，例如 kaoqin'),
      opt('department', 'department', '责任部门', true, 'content/departments.yml 中的部门简称，例如 党政办'),
      opt('slug', 'slug', '文件名（slug）', true, '小写英文字母、数字和连字符，一般用拼音，例如 qingxiaojia'),
      opt('date', 'date', '制定日期（会议通过的日期）', true, DATE_HINT),
      opt('effective', 'effective', '施行日期', false, `${DATE_HINT}；不填与制定日期相同`),
      opt('doc-number', 'docNumber', '文号', true, '例如 XX政办发〔2026〕5号'),
      opt('by', 'by', '决定机关', false, BY_HINT),
      opt('status', 'status', '状态', false, '只能是 new（新建）：不在上一版本中的制度都是新建', false),
    ],
    plan: (workspace, input) => planNew(workspace, input),
    checkAnswer: (workspace, key, value, input) => checkNewAnswer(workspace, key, value, input),
  },
  revise: {
    name: 'revise',
    summary: '记录一次修订：追加修订记录，状态改为修订，更新文号和施行日期；正文由编辑修改。',
    usage:
      'npm run revise -- qingxiaojia --date 2026-03-12 --note 将第五条……调整为……，原因是…… --doc-number XX政办发〔2026〕5号',
    positional: { key: 'slug', label: '要修订的制度（文件名）' },
    options: [
      opt('date', 'date', '修订日期（会议通过的日期）', true, DATE_HINT),
      opt('note', 'note', '修订说明', true, '具体写明改了哪些条文、怎么改、为什么改'),
      opt('doc-number', 'docNumber', '修订文号', true, '印发修订后文本的文号，例如 XX政办发〔2026〕5号'),
      opt('effective', 'effective', '施行日期', false, `${DATE_HINT}；不填与修订日期相同`),
      opt('by', 'by', '决定机关', false, BY_HINT),
      {
        ...opt('same-day', 'sameDay', '同一天再次修订', false, '同一天已有修订记录时，确认要再记一次', false),
        boolean: true,
      },
    ],
    plan: (workspace, input) => planRevise(workspace, input),
    checkAnswer: (workspace, key, value) => checkExistingAnswer(workspace, key, value, '要修订的制度'),
  },
  abolish: {
    name: 'abolish',
    summary: '记录废止：追加废止记录，状态改为已废止，可注明替代制度；文件和正文保留。',
    usage:
      'npm run abolish -- huiyi-fei --date 2026-03-12 --note 会议费管理的内容已并入《会议管理制度》 --replaced-by huiyi-guanli',
    positional: { key: 'slug', label: '要废止的制度（文件名）' },
    options: [
      opt('date', 'date', '废止日期（会议决定的日期）', true, DATE_HINT),
      opt('note', 'note', '废止理由', true, '写明为什么废止'),
      opt('replaced-by', 'replacedBy', '替代制度的文件名', false, '被新制度取代时填写，可不填'),
      opt('doc-number', 'docNumber', '废止文号', false, '有废止文件时填写，可不填'),
      opt('by', 'by', '决定机关', false, BY_HINT),
    ],
    plan: (workspace, input) => planAbolish(workspace, input),
    checkAnswer: (workspace, key, value) => checkExistingAnswer(workspace, key, value, '要废止的制度'),
  },
};

/** `npm run new`, one answer at a time: the same checks as the plan, at the moment it is typed. */
function checkNewAnswer(
  workspace: Workspace,
  key: string,
  value: string,
  input: Record<string, string | undefined>,
): string {
  switch (key) {
    case 'chapter':
      return checkChapter(workspace, value);
    case 'department':
      if (!workspace.departments.includes(value.trim()))
        throw new AuthoringError(`未知部门“${value}”，应为其中之一：${workspace.departments.join('、')}。`);
      return value.trim();
    case 'slug':
      return checkSlug(value);
    case 'date':
      return checkDate('制定日期', value, workspace.today);
    case 'effective': {
      const effective = checkDate('施行日期', value, workspace.today, { allowFuture: true });
      if (input['date'] && effective < input['date'])
        throw new AuthoringError(`施行日期 ${effective} 早于制定日期 ${input['date']}，请检查。`);
      return effective;
    }
    case 'docNumber':
      return checkDocNumber(value);
    case 'title':
      if (/[《》]/.test(value)) throw new AuthoringError(`标题“${value}”不要带书名号《》。`);
      return value.trim();
    default:
      return value.trim();
  }
}

/** revise/abolish: the regulation (file name, path or title) and the dates, checked as typed. */
function checkExistingAnswer(workspace: Workspace, key: string, value: string, role: string): string {
  switch (key) {
    case 'slug':
      return findRegulation(workspace, value, role).file.id;
    case 'date':
      return checkDate('日期', value, workspace.today);
    case 'docNumber':
      return checkDocNumber(value);
    default:
      return value.trim();
  }
}
