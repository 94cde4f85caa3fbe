import { regulationFields, type RegulationFrontmatter } from '../schema/index.ts';

type FieldName = keyof RegulationFrontmatter;

/**
 * Order of the frontmatter keys in every regulation file (the content contract's order).
 * `description` is Starlight's own optional field and goes last.
 */
export const FIELD_ORDER = [
  'title',
  'shortTitle',
  'aliases',
  'status',
  'department',
  'docNumber',
  'effective',
  'keywords',
  'replacedBy',
  'history',
  'description',
] as const satisfies readonly FieldName[];

/** How a field is explained to the office (编辑指南 field table, command prompts). */
export interface FieldGuide {
  /** Chinese name of the field. */
  label: string;
  /** What to write, in plain Chinese. */
  explain: string;
  /** A sample value as it appears in the file. */
  example: string;
}

/**
 * The one place the fields are explained in Chinese. `satisfies Record<FieldName, …>` makes the
 * typecheck fail when the schema (src/schema/regulation.ts) gains or loses a field.
 */
export const FIELD_GUIDE = {
  title: {
    label: '标题',
    explain: '制度全称，与印发文件的标题一致。不要在正文中再写一遍标题。',
    example: '机关工作人员请销假制度',
  },
  shortTitle: {
    label: '简称',
    explain: '其他制度引用本制度时常用的简短名称，可以不填。',
    example: '请销假制度',
  },
  aliases: {
    label: '别名',
    explain: '人们习惯使用的其他叫法，可以不填；不能与其他制度的标题或简称重复。',
    example: '[请假制度]',
  },
  status: {
    label: '状态',
    explain:
      '本年度制度清理的结果：reaffirmed（重申）、revised（修订）、new（新建）、abolished（已废止）。一般由 npm run new / revise / abolish 自动填写。',
    example: 'revised',
  },
  department: {
    label: '责任部门',
    explain: '负责执行和解释本制度的部门，填 content/departments.yml 中的部门简称。',
    example: '党政办',
  },
  docNumber: {
    label: '文号',
    explain: '现行文本的印发文号（制定或最近一次修订的文件），使用全角六角括号〔〕，序号不加前导零。',
    example: 'XX政办发〔2026〕5号',
  },
  effective: {
    label: '施行日期',
    explain: '现行文本开始施行的日期，格式 年-月-日，不早于制定或修订的日期。',
    example: '2026-04-01',
  },
  keywords: {
    label: '检索词',
    explain: '干部搜索时可能用到、但正文里没有的词（同义词、俗称），可以不填。',
    example: '[请假, 休假, 事假]',
  },
  replacedBy: {
    label: '替代制度',
    explain: '仅用于已废止的制度：取代它的新制度的文件名（slug）。',
    example: 'jiguan-kaoqin',
  },
  history: {
    label: '制定和修订记录',
    explain:
      '从早到晚逐条记录：日期（date）、事项（action：enacted 制定、revised 修订、reaffirmed 重申、abolished 废止）、决定机关（by）、文号（docNumber）、说明（note，修订和废止时必填，写清改了什么、为什么）。',
    example:
      '- date: 2026-03-12\n  action: revised\n  by: 镇党政联席会议\n  docNumber: XX政办发〔2026〕5号\n  note: 将……调整为……',
  },
  description: {
    label: '摘要',
    explain: '一句话概括本制度，显示在搜索结果和页面说明中，可以不填。',
    example: '规范机关工作人员请假、销假的审批权限和程序。',
  },
} as const satisfies Record<FieldName, FieldGuide>;

/** One row of the field table: the guide text plus what the schema itself says (required or not). */
export interface FieldRow extends FieldGuide {
  name: FieldName;
  required: boolean;
}

/** Fields in file order, with "required" read from the Zod schema rather than restated. */
export function fieldRows(): FieldRow[] {
  const shape = regulationFields({ departments: [] }).shape;
  return FIELD_ORDER.map((name) => ({
    name,
    ...FIELD_GUIDE[name],
    required: !shape[name].safeParse(undefined).success,
  }));
}
