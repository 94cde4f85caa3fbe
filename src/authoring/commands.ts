import { planAbolish } from './abolish.ts';
import { planNew } from './new.ts';
import type { Plan } from './plan.ts';
import { planRevise } from './revise.ts';
import type { Workspace } from './workspace.ts';

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
}

export interface CommandSpec {
  name: 'new' | 'revise' | 'abolish';
  summary: string;
  usage: string;
  /** The positional argument (the regulation's slug), if any. */
  positional?: { key: string; label: string };
  options: OptionSpec[];
  plan(workspace: Workspace, input: Record<string, string | undefined>): Plan;
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
      opt('status', 'status', '状态', false, '不填为 new（新建）；补录以前制定的制度用 reaffirmed', false),
    ],
    plan: (workspace, input) => planNew(workspace, input),
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
    ],
    plan: (workspace, input) => planRevise(workspace, input),
  },
  abolish: {
    name: 'abolish',
    summary: '记录废止：追加废止记录，状态改为已废止，可注明替代制度；文件和正文保留。',
    usage:
      'npm run abolish -- xiaoneng-duche --date 2026-03-12 --note 内容已并入《督查督办制度》 --replaced-by ducha-duban',
    positional: { key: 'slug', label: '要废止的制度（文件名）' },
    options: [
      opt('date', 'date', '废止日期（会议决定的日期）', true, DATE_HINT),
      opt('note', 'note', '废止理由', true, '写明为什么废止'),
      opt('replaced-by', 'replacedBy', '替代制度的文件名', false, '被新制度取代时填写，可不填'),
      opt('doc-number', 'docNumber', '废止文号', false, '有废止文件时填写，可不填'),
      opt('by', 'by', '决定机关', false, BY_HINT),
    ],
    plan: (workspace, input) => planAbolish(workspace, input),
  },
};
