/**
 * The catalogue of everything `npm run check` can report: one entry per stable code.
 *
 * This module is the single source of the rules' texts: the CLI uses `title` and `fix` (as the
 * default hint), and the page 错误代码说明 (/guide/error-codes/) renders every field.
 */

import { EDITION_RULE_GROUP, EDITION_RULES, type EditionRuleCode } from '../editions/catalogue.ts';

export type Severity = 'error' | 'warning';

export interface RuleGroup {
  /** First digit(s) of the codes in the group, e.g. `ZD1`. */
  prefix: string;
  title: string;
}

export interface RuleEntry {
  code: string;
  severity: Severity;
  /** One line: what is wrong. */
  title: string;
  /** Why this matters and when the rule fires. */
  explanation: string;
  /** A minimal example that triggers the rule. */
  bad: string;
  /** How to fix it (also the default hint printed by the CLI). */
  fix: string;
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  { prefix: 'ZD0', title: '文件与数据文件' },
  { prefix: 'ZD1', title: '文件头信息（frontmatter）' },
  { prefix: 'ZD2', title: '修订历史与状态' },
  { prefix: 'ZD3', title: '正文结构与安全' },
  { prefix: 'ZD4', title: '引用' },
  { prefix: 'ZD5', title: '修订后的引用' },
  EDITION_RULE_GROUP,
  { prefix: 'ZD7', title: '审核分工' },
  { prefix: 'ZD8', title: '未完成的编辑' },
];

const entries = [
  // ── 文件与数据文件 ────────────────────────────────────────────────
  {
    code: 'ZD001',
    severity: 'error',
    title: '文件不是 UTF-8 编码',
    explanation:
      '所有文件必须以 UTF-8 编码保存。用部分办公软件或记事本“另存为”时可能存成 GBK/GB2312 编码，网站上会显示为乱码。',
    bad: '用记事本以“ANSI”编码保存的 qingxiaojia.md',
    fix: '用编辑器（如 VS Code）打开该文件，选择“以 UTF-8 编码保存”后重新提交。',
  },
  {
    code: 'ZD002',
    severity: 'error',
    title: '文件无法读取',
    explanation: '文件存在但无法读取（权限不足或不是普通文件）。',
    bad: '一个没有读取权限的 .md 文件',
    fix: '检查文件权限，或删除后重新添加该文件。',
  },
  {
    code: 'ZD003',
    severity: 'error',
    title: '空文件',
    explanation: '文件没有任何内容。空文件通常是误操作留下的，不应发布。',
    bad: '一个 0 字节的 content/regulations/kaoqin/qingxiaojia.md',
    fix: '补全制度内容（文件头信息和正文），或删除该文件。',
  },
  {
    code: 'ZD004',
    severity: 'error',
    title: '文件位置不正确',
    explanation:
      '每项制度应放在 content/regulations/<章文件夹>/<文件名>.md，正好一层章文件夹；直接放在 regulations/ 下或多套一层文件夹的文件不会出现在目录中。',
    bad: 'content/regulations/qingxiaojia.md 或 content/regulations/kaoqin/2026/qingxiaojia.md',
    fix: '把文件移到对应的章文件夹下，例如 content/regulations/kaoqin/qingxiaojia.md。',
  },
  {
    code: 'ZD005',
    severity: 'error',
    title: '文件名不符合要求',
    explanation: '文件名（不含 .md）就是网址的一部分，只能使用小写英文字母、数字和连字符，且不能以连字符开头或结尾。',
    bad: 'content/regulations/kaoqin/请销假制度.md、Qing_Xiaojia.md',
    fix: '把文件改名为小写拼音加连字符，例如 qingxiaojia.md。',
  },
  {
    code: 'ZD006',
    severity: 'error',
    title: '未知的章文件夹',
    explanation: '制度所在的文件夹必须是 content/chapters.yml 中登记的章（键名即文件夹名）。',
    bad: 'content/regulations/kaoqing/qingxiaojia.md（chapters.yml 中是 kaoqin）',
    fix: '把文件移到 chapters.yml 中已有的章文件夹；确需新增一章的，先在 chapters.yml 中登记。',
  },
  {
    code: 'ZD007',
    severity: 'error',
    title: '缺少数据文件',
    explanation:
      'content/ 下必须有 handbook.yml、departments.yml、chapters.yml、external.yml，往年版本目录下必须有 handbook.yml。',
    bad: '删除了 content/chapters.yml',
    fix: '恢复该文件（可从版本库历史中找回）。',
  },
  {
    code: 'ZD008',
    severity: 'error',
    title: 'YAML 语法错误',
    explanation:
      '数据文件或制度文件头信息（两行 --- 之间）的 YAML 无法解析，常见原因：冒号后缺空格、缩进不一致、引号未闭合、同一字段写了两次。',
    bad: 'title 机关考勤制度        # 缺少冒号\nstatus: revised',
    fix: '按提示的行号检查 YAML：字段名后用英文冒号加空格，列表项用“- ”开头并对齐缩进。',
  },
  {
    code: 'ZD009',
    severity: 'error',
    title: '数据文件内容不符合格式',
    explanation: 'handbook.yml、departments.yml、chapters.yml、external.yml 中的字段缺失、拼错或取值不对。',
    bad: 'kaoqin:\n  titel: 考勤与请销假\n  order: 4',
    fix: '对照同一文件中的其他条目改正字段名和取值。',
  },
  {
    code: 'ZD010',
    severity: 'error',
    title: '数据文件中的名称重复',
    explanation: 'external.yml 中两份上级文件使用了相同的标题或别名，引用时无法确定指哪一份。',
    bad: '- title: 中国共产党纪律处分条例\n…\n- title: 中国共产党纪律处分条例',
    fix: '删除重复的条目，或修改其中一份的标题/别名。',
  },
  {
    code: 'ZD011',
    severity: 'error',
    title: '站内链接指向不存在的页面或条文',
    explanation:
      '正文中的相对链接或站内链接（不是 .md 文件链接）要指向网站实际生成的页面：制度页 /<章>/<文件名>/、往年版本 /<年份>/<章>/<文件名>/、章目录、部门页等；带 #第X条 的，该制度要有这一条。链接错了，读者点开是“页面不存在”。指南页面、PDF 等不在此检查之列。',
    bad: '[附件](../no-such-chapter/no-such-rule/) 或 [第九十条](../../kaoqin/qingxiaojia/#第九十条)',
    fix: '改为正确的地址；引用其他制度时，优先直接写《标题》第X条，网站会自动加链接。',
  },
  // ── 文件头信息 ─────────────────────────────────────────────────────
  {
    code: 'ZD101',
    severity: 'error',
    title: '缺少文件头信息',
    explanation:
      '制度文件必须以 --- 开头的文件头信息（frontmatter）开始，并以另一行 --- 结束，其中写明标题、状态、部门等。',
    bad: '第一条　为了……（文件第一行不是 ---）',
    fix: '在文件开头加上以 --- 包围的文件头信息；各字段的写法见编辑指南“字段说明”（/guide/fields/），最简单的办法是用 npm run new 生成文件。',
  },
  {
    code: 'ZD102',
    severity: 'error',
    title: '缺少必填字段',
    explanation:
      '文件头信息必须包含 title、status、department、effective、history；history 的每一项必须包含 date 和 action。',
    bad: '---\ntitle: 机关考勤制度\nstatus: reaffirmed\n---',
    fix: '补上缺少的字段。',
  },
  {
    code: 'ZD103',
    severity: 'error',
    title: '未知字段',
    explanation: '文件头信息中出现了不认识的字段，通常是字段名拼错了。拼错的字段不会生效。',
    bad: 'staus: revised',
    fix: '改成正确的字段名（提示中给出了最接近的字段），或删除该字段。',
  },
  {
    code: 'ZD104',
    severity: 'error',
    title: '字段取值无效',
    explanation:
      'status 只能是 reaffirmed、revised、new、abolished；history 中的 action 只能是 enacted、revised、reaffirmed、abolished。',
    bad: 'status: revise',
    fix: '改为允许的取值之一（提示中给出了最接近的取值）。',
  },
  {
    code: 'ZD105',
    severity: 'error',
    title: '日期无效',
    explanation: '日期必须是真实存在的日期，写成 YYYY-MM-DD，例如 2024-03-01。',
    bad: 'effective: 2024-02-30\n或 effective: 2024年3月1日',
    fix: '改为 YYYY-MM-DD 格式的真实日期。',
  },
  {
    code: 'ZD106',
    severity: 'error',
    title: '未知部门',
    explanation: 'department 必须是 content/departments.yml 中登记的部门简称。',
    bad: 'department: 党政办公室',
    fix: '改为 departments.yml 中的部门简称（提示中给出了最接近的部门）。',
  },
  {
    code: 'ZD107',
    severity: 'error',
    title: '字段格式错误',
    explanation: '字段的类型不对，例如应为列表却写成了一段文字，或者内容为空。',
    bad: 'keywords: 请假、休假',
    fix: '按提示改正，例如列表写成 [请假, 休假]。',
  },
  {
    code: 'ZD108',
    severity: 'error',
    title: '文件名（slug）重复',
    explanation: '同一版本中两项制度使用了相同的文件名，它们的网址和 replacedBy 引用会相互冲突。',
    bad: 'content/regulations/kaoqin/guanli.md 和 content/regulations/caiwu-zichan/guanli.md',
    fix: '给其中一项改一个能区分的文件名，例如 kaoqin-guanli.md。',
  },
  {
    code: 'ZD109',
    severity: 'error',
    title: '标题或简称重复',
    explanation:
      '正文用《标题》引用制度，所以同一版本中每个 title、shortTitle、aliases 都必须唯一，也不能与 external.yml 中上级文件的标题或别名相同。',
    bad: '两项制度都写 shortTitle: 管理办法',
    fix: '修改其中一个名称，使之唯一（简称可以更具体，例如“公务用车管理办法”）。',
  },
  {
    code: 'ZD110',
    severity: 'error',
    title: '文号格式错误',
    explanation: '文号应写成“机关代字〔年份〕序号号”，例如 XX政办发〔2024〕3号：年份四位，序号不带前导零。',
    bad: 'docNumber: XX政办发2024-3号',
    fix: '改为“XX政办发〔2024〕3号”的格式。',
  },
  {
    code: 'ZD111',
    severity: 'warning',
    title: '文号括号不规范',
    explanation: '文号中的年份应使用六角括号〔〕。［］、【】、[]、()等写法能看懂，但不符合公文格式标准。',
    bad: 'XX政办发[2024]3号、XX政办发【2024】3号',
    fix: '把年份两侧的括号换成〔〕，例如 XX政办发〔2024〕3号。',
  },
  {
    code: 'ZD112',
    severity: 'error',
    title: '只能写一行的字段中有换行',
    explanation:
      '标题、简称、别名、文号、责任部门、替代制度，以及修订历史中的决定机关、文号、说明，在网页表格、合并请求摘要和检查结果中都是一行。用 YAML 的 | 或 > 写成多行，会打乱这些地方的显示。',
    bad: 'note: |\n  第一行\n  第二行',
    fix: '把内容写在同一行；说明较长的，用分号隔开。',
  },
  // ── 修订历史与状态 ─────────────────────────────────────────────────
  {
    code: 'ZD201',
    severity: 'error',
    title: '修订历史顺序颠倒',
    explanation: 'history 必须按日期从早到晚排列（最早的制定记录在最前面）。',
    bad: 'history:\n  - date: 2026-03-12\n    action: revised\n  - date: 2018-03-01\n    action: enacted',
    fix: '按日期从早到晚重新排列 history 中的各项。',
  },
  {
    code: 'ZD202',
    severity: 'error',
    title: '第一条历史记录不是制定',
    explanation: '每项制度的历史都从制定开始，history 的第一项必须是 action: enacted。',
    bad: 'history:\n  - date: 2020-03-01\n    action: revised',
    fix: '在最前面补上制定记录（action: enacted），写明制定日期和文号。',
  },
  {
    code: 'ZD203',
    severity: 'error',
    title: '有多条制定记录',
    explanation: '一项制度只能制定一次；之后的变动应记为 revised（修订）或 reaffirmed（重申）。',
    bad: 'history:\n  - action: enacted …\n  - action: enacted …',
    fix: '把后一条 enacted 改为 revised 或 reaffirmed；如果其实是另一项新制度，应单独建文件。',
  },
  {
    code: 'ZD204',
    severity: 'error',
    title: '施行日期早于制定日期',
    explanation: 'effective（施行日期）不能早于制度的制定日期（history 中 enacted 记录的日期）。',
    bad: 'effective: 2017-01-01\nhistory:\n  - date: 2018-03-01\n    action: enacted',
    fix: '核对施行日期和制定日期，改正写错的那一个。',
  },
  {
    code: 'ZD205',
    severity: 'error',
    title: '状态为修订，但上一版本之后没有修订记录',
    explanation:
      'status: revised 表示与上一版本相比修订了条文：history 中必须有一条上一版本（content/editions/<年份>/ 中同一文件）里还没有的 revised 记录，写明修订说明。按上一版本判断，不按日历年份。',
    bad: 'status: revised\nhistory:\n  - date: 2018-03-01\n    action: enacted',
    fix: '用 npm run revise 记录这次修订（补上 action: revised、date、docNumber、note）；正文没有改的，把状态改为 reaffirmed。',
  },
  {
    code: 'ZD207',
    severity: 'error',
    title: '状态为重申，但上一版本之后有制定或修订记录',
    explanation:
      'status: reaffirmed 表示与上一版本相比原文不变；history 中上一版本之后新增的 enacted 或 revised 记录说明本版本修订过（或不是上一版本的制度）。',
    bad: 'status: reaffirmed\nhistory:\n  …\n  - date: 2026-03-12\n    action: revised',
    fix: '正文确已修订的，把状态改为 revised；误加的记录请删除。',
  },
  {
    code: 'ZD208',
    severity: 'error',
    title: '状态为已废止，但最后一条记录不是废止',
    explanation: 'status: abolished 的制度，history 的最后一项必须是 action: abolished（写明废止日期和理由）。',
    bad: 'status: abolished\nhistory:\n  - date: 2015-03-01\n    action: enacted',
    fix: '在 history 最后补上废止记录（action: abolished、date、docNumber、note）。',
  },
  {
    code: 'ZD209',
    severity: 'error',
    title: '废止之后还有记录',
    explanation: '制度废止后不能再修订或重申；废止记录必须是 history 的最后一项。',
    bad: 'history:\n  - action: abolished …\n  - action: revised …',
    fix: '删除废止之后的记录；如果制度恢复施行，应作为新制度另行制定。',
  },
  {
    code: 'ZD210',
    severity: 'error',
    title: 'replacedBy 只能用于已废止的制度',
    explanation: 'replacedBy 写明“被哪项制度取代”，只有 status: abolished 的制度才能有这个字段。',
    bad: 'status: revised\nreplacedBy: jiguan-kaoqin',
    fix: '删除 replacedBy；或者如果该制度确已废止，把状态改为 abolished 并补上废止记录。',
  },
  {
    code: 'ZD211',
    severity: 'error',
    title: 'replacedBy 指向的制度不存在或已废止',
    explanation: 'replacedBy 必须是本版本中一项现行（未废止）制度的文件名（slug），或“章文件夹/文件名”。',
    bad: 'replacedBy: jiguan-kaoqing',
    fix: '改为取代它的现行制度的文件名（提示中给出了最接近的文件名）。',
  },
  {
    code: 'ZD212',
    severity: 'error',
    title: '日期在未来',
    explanation: '历史记录只记录已经发生的事，日期不能晚于今天。',
    bad: 'history:\n  - date: 2062-03-12\n    action: revised',
    fix: '改正日期（常见错误是年份写错）。',
  },
  {
    code: 'ZD213',
    severity: 'warning',
    title: '修订或废止记录缺少说明',
    explanation: 'revised 和 abolished 记录应写 note：修订了什么、为什么修订，或为什么废止。读者靠它了解变化。',
    bad: '  - date: 2026-03-12\n    action: revised\n    docNumber: XX政办发〔2026〕5号',
    fix: '补上 note，具体写明改了哪些内容及原因。',
  },
  {
    code: 'ZD214',
    severity: 'error',
    title: '有废止记录，但状态不是已废止',
    explanation: 'history 中出现了 abolished 记录，说明该制度已经废止，status 必须是 abolished。',
    bad: 'status: reaffirmed\nhistory:\n  …\n  - action: abolished',
    fix: '把 status 改为 abolished；如果制度没有废止，删除废止记录。',
  },
  // ── 正文 ───────────────────────────────────────────────────────────
  {
    code: 'ZD301',
    severity: 'error',
    title: '条文编号不连续',
    explanation: '条文应从第一条起连续编号，跨章也不重新开始。缺号通常是删除条文后没有重新编号。',
    bad: '第五条　……\n\n第七条　……',
    fix: '请检查条文编号是否连续；如确需删除一条，请将后续条文依次重新编号。',
  },
  {
    code: 'ZD302',
    severity: 'error',
    title: '条文编号重复',
    explanation: '两条条文使用了同一个编号，引用“第X条”时无法确定指哪一条。',
    bad: '第五条　……\n\n第五条　……',
    fix: '将重复的条文及其后各条依次重新编号。',
  },
  {
    code: 'ZD303',
    severity: 'error',
    title: '条文编号顺序错误',
    explanation: '条文编号必须从小到大排列。',
    bad: '第六条　……\n\n第五条　……',
    fix: '调整条文顺序或编号，使编号从小到大连续排列。',
  },
  {
    code: 'ZD304',
    severity: 'error',
    title: '正文为空',
    explanation: '文件只有文件头信息，没有制度正文。即使是已废止的制度，也应保留原文作为记录。',
    bad: '---\ntitle: …\n---\n（之后没有内容）',
    fix: '补上制度正文。',
  },
  {
    code: 'ZD305',
    severity: 'error',
    title: '正文中含有 HTML',
    explanation: '正文只能使用 Markdown。HTML 标签会破坏网站的排版，也可能被用来插入不安全的内容。',
    bad: '<div style="color:red">第一条　……</div>',
    fix: '删除 HTML 标签，用 Markdown 写法代替（加粗用 **文字**，换段用空行）。',
  },
  {
    code: 'ZD306',
    severity: 'error',
    title: '正文中含有脚本',
    explanation:
      '<script>、<iframe>、onclick= 等事件属性、javascript: 链接会在读者的浏览器中执行代码。制度汇编面向全体干部，绝不能成为脚本的入口。',
    bad: '<script>alert(1)</script>\n[点此](javascript:alert(1))',
    fix: '删除该脚本或链接。需要链接时使用普通网址或相对路径。',
  },
  {
    code: 'ZD307',
    severity: 'error',
    title: '图片缺少替代文字',
    explanation: '图片必须有替代文字（alt），供读屏软件朗读，图片无法显示时也能看懂。',
    bad: '![](./liucheng.png)',
    fix: '在方括号中写明图片内容，例如 ![请假审批流程图](./liucheng.png)。',
  },
  {
    code: 'ZD308',
    severity: 'error',
    title: '链接指向不存在的文件',
    explanation: '正文中的相对链接指向的文件不存在（可能已改名、移动或删除）。',
    bad: '[请假制度](../kaoqin/qingjia.md)',
    fix: '改正链接路径；引用其他制度时也可以直接写《标题》，会自动生成链接。',
  },
  {
    code: 'ZD309',
    severity: 'error',
    title: '链接指向不存在的条文',
    explanation: '链接的锚点（# 之后的部分，如 #第十条）在目标制度中不存在。',
    bad: '[第三十条](../kaoqin/qingxiaojia.md#第三十条)（该制度只有二十条）',
    fix: '改正条文编号，或去掉锚点只链接到制度。',
  },
  {
    code: 'ZD310',
    severity: 'error',
    title: '章、节、项、目编号不连续或重复',
    explanation: '“第一章”“一、”“（一）”“1.”等编号应从一开始连续排列，不能跳号、重号或颠倒。',
    bad: '（一）……\n\n（三）……',
    fix: '按提示调整编号，使之连续；删除一项后，请将后续各项依次重新编号。',
  },
  {
    code: 'ZD311',
    severity: 'error',
    title: '条文之间缺少空行',
    explanation:
      '每一条必须单独成段：“第X条”之前要有一个空行。从 Word 复制的正文常常只有换行、没有空行，这时后面的条会并入前一条，网页上没有它的锚点，引用也找不到它。',
    bad: '第四条　……\n第五条　……',
    fix: '在“第X条”所在行之前加一个空行。',
  },
  {
    code: 'ZD312',
    severity: 'warning',
    title: '条号用了阿拉伯数字',
    explanation: '公文中的条号用汉字数字书写（第三条、第十二条），引用、锚点和对照都按汉字条号处理。',
    bad: '第3条　……',
    fix: '改为汉字数字，如“第三条”；npm run check -- --fix 可自动改正。',
  },
  // ── 引用 ───────────────────────────────────────────────────────────
  {
    code: 'ZD401',
    severity: 'error',
    title: '引用了不存在的制度或文件',
    explanation:
      '《》中的标题既不是本汇编中任何制度的标题、简称或别名，也不是 external.yml 中登记的上级文件。常见原因是标题写错或制度已改名。',
    bad: '按照《请消假制度》执行',
    fix: '改为正确的标题（提示中给出了最接近的标题）；如果是上级文件，请在 content/external.yml 中登记。',
  },
  {
    code: 'ZD402',
    severity: 'error',
    title: '引用的条、款、项不存在',
    explanation: '引用了被引制度中不存在的条、款或项，读者按图索骥会找不到。',
    bad: '依照《请销假制度》第三十条（该制度只有二十条）',
    fix: '核对被引制度的现行文本，改正条款编号。',
  },
  {
    code: 'ZD403',
    severity: 'error',
    title: '引用本制度的条款不存在',
    explanation: '“本制度第X条”“前款”“本条第X款”等引用指向了本制度中不存在的条、款或项。',
    bad: '违反本制度第三十条规定的……（本制度只有二十条）',
    fix: '改正条款编号；删改条文后，请同时检查引用它们的地方。',
  },
  {
    code: 'ZD404',
    severity: 'error',
    title: '现行制度引用了已废止的制度',
    explanation: '已废止的制度不再有效，现行制度不能再依照它执行。',
    bad: '按照《机关考勤暂行办法》执行（该办法已废止）',
    fix: '改为引用取代它的制度（提示中给出了取代它的制度），或删除该引用。',
  },
  {
    code: 'ZD405',
    severity: 'warning',
    title: '未登记的上级文件',
    explanation:
      '《》中的标题看起来是法律、党内法规或上级文件，但 content/external.yml 中没有登记。登记后才能统一核对名称。',
    bad: '根据《中华人民共和国会计法》……（external.yml 中没有该法）',
    fix: '在 content/external.yml 中添加该文件（title、issuer、year），或改正标题。',
  },
  {
    code: 'ZD406',
    severity: 'error',
    title: '文号与所引制度不符',
    explanation: '《标题》后注明的文号不是该制度现行或历史上任何一份文件的文号，标题和文号至少有一个写错了。',
    bad: '《机关考勤制度》（XX政办发〔2019〕3号）（该制度的文号是 XX政办发〔2020〕11号）',
    fix: '核对该制度文件头信息中的 docNumber 和 history，改正文号或标题。',
  },
  {
    code: 'ZD407',
    severity: 'warning',
    title: '引用的文件未登记（未加书名号）',
    explanation:
      '“第X条”前写了一个文件名（如“依照行政复议法第六条”），但它既不是本汇编的制度，也未在 external.yml 中登记。这处引用不会链接，更不会被当作本制度的条文。',
    bad: '依照行政复议法第六条的规定……（external.yml 中没有行政复议法）',
    fix: '在 content/external.yml 中登记该文件（title 写全称，aliases 写“行政复议法”等简称），或改为《》中的准确标题。',
  },
  {
    code: 'ZD408',
    severity: 'warning',
    title: '所引条文可能是被引文件修订前的编号',
    explanation:
      '被引用的制度在本制度最近一次修改之后修订过，所引的条、款、项在其现行文本中不存在，很可能是修订前的编号。',
    bad: '依照《机关考勤制度》第六条……（该制度修订后只有五条）',
    fix: '对照被引制度的现行文本核对条文编号并改正；确属引用旧版本的，请注明版本。',
  },
  // ── 修订影响 ───────────────────────────────────────────────────────
  {
    code: 'ZD501',
    severity: 'error',
    title: '引用的条文已重新编号',
    explanation:
      '被引用的制度修订时删除、增加或移动了条文，其余条文随之重新编号；上一版本中就有的这处引用仍写着原来的条号，现在指向了别的条文。条文的去向按修订对照页的逐条对齐确定（同一份对齐）。本年度新写的引用按现行条号理解，不报告。',
    bad: '依照《机关干部学习制度》第十三条……（修订时删去了原第八条，原第十三条现为第十二条）',
    fix: '把条号改为现在的编号。运行 npm run check -- --fix 会逐处改正并显示改动，只改这类条号，不改其他内容。',
  },
  {
    code: 'ZD502',
    severity: 'warning',
    title: '引用的条文修订后内容有变化',
    explanation:
      '被引用的条文编号没变，但修订时改了文字；上一版本中就有的这处引用可能已经不准确。提示中并列给出原文和现文。本年度新写的引用、以及引用它的制度在修订之后又改写过的，不再报告。',
    bad: '依照《差旅费管理办法》第八条……（第八条修订时把住宿标准由300元改为350元）',
    fix: '对照原文和现文核对引用处的表述；引用仍然准确的，不需要修改。',
  },
  {
    code: 'ZD503',
    severity: 'error',
    title: '引用的条文已在修订中删除',
    explanation:
      '被引用的条文在修订时整条删除了，没有对应的新条文；这处引用现在指向了原来的下一条，或者指向不存在的条文。提示中给出被删除条文的原文。',
    bad: '依照《机关考勤制度》第八条……（修订时删去了原第八条）',
    fix: '改为引用现在规定这一内容的条文，或删除这处引用。',
  },
  // ── 审核分工 ────────────────────────────────────────────────
  {
    code: 'ZD701',
    severity: 'error',
    title: 'CODEOWNERS 把文件交给了错误的审核人',
    explanation:
      '.github/CODEOWNERS 决定每个文件的修改由谁审核：制度由其责任部门（content/departments.yml），共用数据文件和往年版本由党政办，网站代码、脚本、工作流和依赖（.github/、src/、scripts/、package*.json 等）由代码维护人（.github/code-maintainers.yml）。文件缺失，或某个文件的审核人与这些设置不一致（部门或审核人调整后未重新生成、手工改动）时报告。',
    bad: 'content/departments.yml 把财政所的审核人改为 @xxzhen/caiwu，但 CODEOWNERS 中仍是 @xxzhen/caizhengsuo',
    fix: '运行 npm run codeowners 重新生成 .github/CODEOWNERS，并把它一起提交。',
  },
  {
    code: 'ZD702',
    severity: 'warning',
    title: '新增的制度文件还没有写入 CODEOWNERS',
    explanation:
      '不用 npm run new 而手工添加的制度文件，在 .github/CODEOWNERS 中还没有自己的一行，暂由党政办审核（不会无人审核）。重新生成后才会请责任部门审核。',
    bad: '手工新建了 content/regulations/kaoqin/jiaban.md（责任部门为财政所）',
    fix: '运行 npm run codeowners，并把 .github/CODEOWNERS 一起提交。',
  },
  // ── 未完成的编辑 ────────────────────────────────────────────────
  {
    code: 'ZD801',
    severity: 'error',
    title: '正文中留有【待填写】',
    explanation:
      'npm run new 生成的框架用【待填写：……】标出要由编辑写的部分（制定目的、依据、适用范围、章名、条文）。留在正文中会原样发布到网站和 PDF 上。',
    bad: '第一条　为了【待填写：制定目的，例如：规范……工作，提高……】，根据……',
    fix: '把【待填写：……】整段替换为正文；不需要的条文连同“第X条”一起删除，并保持条文序号连续。',
  },
] as const satisfies readonly RuleEntry[];

// ── 历次文本（ZD63x，接在 ZD6xx 版本规则之后）────────────────────────
const keptTextEntries = [
  {
    code: 'ZD630',
    severity: 'error',
    title: '修订或废止后，被替换的文本没有保存',
    explanation:
      '每项制度施行过的每一个文本都要能查到：对某一天发生的事项问责，要看当天施行的文本。第一个往年版本冻结以后记录的每一次修订（revised）和废止（abolished），被替换的文本都要保存在 content/versions/<章>/<文件名>/ 下（或已冻结在往年版本中）。npm run revise 和 npm run abolish 会自动保存；手工改写修订历史时就会缺少。',
    bad: 'history 中手工添加了 2026-08-01 的 revised 记录，content/versions/kaoqin/qingxiaojia/ 下没有修订前的文本',
    fix: '用 git 恢复该制度修订前的文件（git checkout -- <文件>，或撤销手工添加的修订记录），再用 npm run revise（或 npm run abolish）记录这次修订，命令会保存被替换的文本。',
  },
  {
    code: 'ZD631',
    severity: 'error',
    title: '保存的历次文本被修改',
    explanation:
      'content/versions/ 下保存的是当时施行的文本，保存时在同一文件夹的 manifest.json 中记录了校验值，之后不得修改：按当时规定处理的事项要以当时的文本为准。',
    bad: '修改了 content/versions/kaoqin/qingxiaojia/2026-04-01.md 中的一个字',
    fix: '用 git 恢复该文件（git checkout -- <文件>）。要修改现行制度，请改 content/regulations/ 下的文件。',
  },
  {
    code: 'ZD632',
    severity: 'error',
    title: '历次文本被删除，或手工新增了文件',
    explanation:
      'content/versions/ 下的文件只由 npm run revise 和 npm run abolish 写入，manifest.json 记录了全部文件；不能删除，也不能手工添加。',
    bad: '删除了 content/versions/kaoqin/qingxiaojia/2026-04-01.md，或手工复制了一份文本进去',
    fix: '用 git 恢复被删除的文件，或删除手工添加的文件。',
  },
  {
    code: 'ZD633',
    severity: 'error',
    title: '历次文本的文件夹缺少 manifest.json 或其内容无效',
    explanation:
      '每个 content/versions/<章>/<文件名>/ 文件夹都必须有命令写入的 manifest.json，否则无法证明文本未被改动。',
    bad: 'content/versions/kaoqin/qingxiaojia/ 下没有 manifest.json',
    fix: '用 git 恢复 manifest.json；历次文本应当用 npm run revise / npm run abolish 保存，不要手工建立。',
  },
  {
    code: 'ZD634',
    severity: 'error',
    title: '保存的文本对不上任何制度或修订记录',
    explanation:
      '保存的文本应当属于现行版本中的一项制度（同一“章/文件名”），文件名是它的施行日期（effective），文件头中最后一条制定或修订记录也在该制度的修订历史中。',
    bad: 'content/versions/kaoqin/no-such-rule/2026-04-01.md，或文件名 2026-04-02.md 而文件头中 effective: 2026-04-01',
    fix: '用 git 恢复原样。制度改名或换章时，把它在 content/versions/ 下的文件夹一并改为新的“章/文件名”（文件内容不变，manifest.json 中的 regulation 改为新的名称）。',
  },
] as const satisfies readonly RuleEntry[];

export type RuleCode = (typeof entries)[number]['code'] | EditionRuleCode | (typeof keptTextEntries)[number]['code'];

export const RULES: readonly RuleEntry[] = [...entries, ...EDITION_RULES, ...keptTextEntries];

const byCode = new Map<string, RuleEntry>(RULES.map((entry) => [entry.code, entry]));

export function ruleFor(code: RuleCode): RuleEntry {
  const entry = byCode.get(code);
  if (!entry) throw new Error(`unknown rule ${code}`);
  return entry;
}

/** Path of the page that explains every code (relative to the site base). */
export const ERROR_CODES_PAGE = 'guide/error-codes/';

/** The sections of the 错误代码说明 page (src/pages/guide/error-codes.astro): each group with its rules. */
export function catalogueSections(): (RuleGroup & { rules: RuleEntry[] })[] {
  return RULE_GROUPS.map((group) => ({
    ...group,
    rules: RULES.filter((rule) => rule.code.startsWith(group.prefix)),
  })).filter((group) => group.rules.length > 0);
}
