import type { HistoryAction, RegulationStatus } from '../schema/index.ts';

/** What each review outcome means and what its history must show (编辑指南, 状态与年度清理). */
export const STATUS_GUIDE = {
  reaffirmed: {
    meaning: '上一版本中有，正文不变，继续执行。',
    history:
      '上一版本之后没有新增制定或修订记录；以前的记录保持不变（也可以有往年清理时的 reaffirmed 记录）。文号、施行日期是现行文本的。',
    command: '不需要命令：在年度清理时把状态改为 reaffirmed 即可。',
  },
  revised: {
    meaning: '上一版本中有，本版本修改了条文。',
    history:
      '在最后追加一条 revised 记录（日期晚于上一版本的印发日期）：决定机关、新文号、修订说明（写清改了哪些条文、为什么）。文号和施行日期改为修订后文本的。',
    command: 'npm run revise',
  },
  new: {
    meaning: '上一版本中没有的制度：上一版本冻结之后新制定的，或以前制定、现在才收入汇编的。',
    history:
      '第一条是 enacted（制定）记录，日期照实填写（不要求在本年度内）；本版本中再修订的，追加 revised 记录，状态仍为 new。',
    command: 'npm run new',
  },
  abolished: {
    meaning: '已经废止，页面作为历史记录保留，不再执行。只有上一版本中有的制度才能废止。',
    history:
      '最后一条是 abolished 记录：日期、决定机关、废止理由；被新制度取代的，填写替代制度（replacedBy）。正文保持废止前的原样。',
    command: 'npm run abolish',
  },
} as const satisfies Record<RegulationStatus, { meaning: string; history: string; command: string }>;

/** When each history action is used. */
export const ACTION_GUIDE = {
  enacted: '制定：第一次印发。每项制度的第一条记录。',
  revised: '修订：修改了条文。必须有修订说明（note）。',
  reaffirmed: '重申：年度清理时确认继续执行（可选，用于说明是哪一年清理时重申的）。',
  abolished: '废止：不再执行。必须写废止理由（note），且是最后一条记录。',
} as const satisfies Record<HistoryAction, string>;
