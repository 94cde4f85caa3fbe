/**
 * Validator rules of the editions (ZD6xx), in the shape of src/check/catalogue.ts `RuleEntry`.
 * The lead registers them by spreading `EDITION_RULES` into the catalogue's `entries` and adding
 * `EDITION_RULE_GROUP` to `RULE_GROUPS`.
 */
export const EDITION_RULE_GROUP = { prefix: 'ZD6', title: '版本与往年版本' } as const;

export const EDITION_RULES = [
  {
    code: 'ZD601',
    severity: 'error',
    title: '已冻结的往年版本文件被修改',
    explanation:
      '往年版本（content/editions/<年份>/）是当年施行文本的存档，冻结时在 manifest.json 中记录了每个文件的校验值，之后不得修改：按当年规定处理的事项要以当年的文本为准。',
    bad: '修改了 content/editions/2025/regulations/kaoqin/qingxiaojia.md 中的一个字',
    fix: '用 git 恢复该文件（git checkout -- <文件>）。要修改现行制度，请改 content/regulations/ 下的文件。',
  },
  {
    code: 'ZD602',
    severity: 'error',
    title: '往年版本的文件被删除或新增',
    explanation: '往年版本冻结后，不能再删除或新增文件；manifest.json 记录了冻结时的全部文件。',
    bad: '删除了 content/editions/2025/regulations/kaoqin/qingxiaojia.md，或在 2025 目录下新建了文件',
    fix: '用 git 恢复被删除的文件，或删除后来新增的文件。',
  },
  {
    code: 'ZD603',
    severity: 'error',
    title: '往年版本缺少 manifest.json 或其内容无效',
    explanation: '每个往年版本目录都必须有冻结时生成的 manifest.json，否则无法证明存档未被改动。',
    bad: 'content/editions/2025/ 下没有 manifest.json',
    fix: '用 git 恢复 manifest.json；往年版本应当用 npm run edition:freeze 生成，不要手工建立。',
  },
  {
    code: 'ZD610',
    severity: 'error',
    title: '状态为新建，但上一版本已有该制度',
    explanation: 'status: new 表示本年度新建的制度；上一版本中已经有同一文件的制度，说明它不是新建的。',
    bad: 'status: new（2025年版中已有 kaoqin/qingxiaojia.md）',
    fix: '上一版本已有的制度：文本有改动的，把状态改为 revised 并补写修订记录（npm run revise）；文本未改动的，改为 reaffirmed。',
  },
  {
    code: 'ZD611',
    severity: 'error',
    title: '状态为重申或修订，但上一版本没有该制度',
    explanation:
      'reaffirmed（重申）和 revised（修订）都是针对上一版本已有的制度；上一版本中找不到同一文件（或经 content/redirects.yml 声明的改名前文件）。',
    bad: 'status: reaffirmed（2025年版中没有该文件）',
    fix: '本年度新建的制度，把状态改为 new；如果是改了文件名或章，在 content/redirects.yml 中登记旧网址。',
  },
  {
    code: 'ZD612',
    severity: 'error',
    title: '状态为重申，但正文与上一版本不同',
    explanation: 'reaffirmed 表示原文不变予以重申，正文只允许调整空格、换行等格式，文字和标点都不能改。',
    bad: 'status: reaffirmed，但第七条“半天”改成了“1天”',
    fix: '确有修改的，把状态改为 revised 并补写本年度修订记录（写明修订说明）；误改的，恢复上一版本的文字。',
  },
  {
    code: 'ZD613',
    severity: 'error',
    title: '状态为修订，但正文与上一版本相同',
    explanation: 'revised 表示本年度修订了条文，但正文与上一版本一字不差（格式调整不算修订）。',
    bad: 'status: revised，正文与 2025年版完全相同',
    fix: '把修订后的正文写入文件；如果本年度没有修改条文，把状态改为 reaffirmed 并删除本年度的修订记录。',
  },
  {
    code: 'ZD615',
    severity: 'error',
    title: '废止的制度在上一版本中不存在或废止日期不对',
    explanation:
      '本年度废止的制度必须是上一版本中的现行制度，且废止记录的日期晚于上一版本的印发日期；上一版本中已经废止的，应保持原废止记录。',
    bad: 'status: abolished，但上一版本中没有该制度；或废止日期早于上一版本印发日期而上一版本中它仍然有效',
    fix: '核对废止记录的日期；本年度新建又废止的制度不应出现在汇编中。',
  },
  {
    code: 'ZD616',
    severity: 'warning',
    title: '废止制度的正文与上一版本不同',
    explanation: '已废止的制度页面保留废止前的全文作为记录，正文应与上一版本相同。',
    bad: 'status: abolished，正文删成了“本制度已废止”',
    fix: '恢复上一版本的正文，只在文件头信息中补写废止记录。',
  },
  {
    code: 'ZD620',
    severity: 'error',
    title: '上一版本的制度在现行版本中消失了',
    explanation:
      '上一版本中的每一项制度（包括已废止的记录）在现行版本中都必须保留：继续有效、修订、或作为废止记录。否则旧网址和引用它的文件都会失效。',
    bad: '删除了 content/regulations/kaoqin/qiandao-kaoqin.md',
    fix: '恢复该文件；要废止，请把状态改为 abolished 并补写废止记录；改文件名或章的，在 content/redirects.yml 中登记。',
  },
  {
    code: 'ZD621',
    severity: 'error',
    title: '网址跳转登记有误',
    explanation:
      'content/redirects.yml 登记改名或移动了的制度：from 是旧的“章文件夹/文件名”，to 是现行版本中的“章文件夹/文件名”。to 必须存在，from 不能仍然存在。',
    bad: '- from: kaoqin/qiandao\n  to: kaoqin/jiguan-kaoqing',
    fix: '改正 to（现行版本中的文件）；如果旧文件仍在，删除这条登记。',
  },
] as const;

export type EditionRuleCode = (typeof EDITION_RULES)[number]['code'];

export function editionRule(code: EditionRuleCode): (typeof EDITION_RULES)[number] {
  return EDITION_RULES.find((rule) => rule.code === code)!;
}
