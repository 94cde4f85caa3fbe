/** Review outcome of a regulation in the current edition (年度制度清理结果). */
export const REGULATION_STATUSES = ['reaffirmed', 'revised', 'new', 'abolished'] as const;
export type RegulationStatus = (typeof REGULATION_STATUSES)[number];

/** What a history entry records. */
export const HISTORY_ACTIONS = ['enacted', 'revised', 'reaffirmed', 'abolished'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** Chinese labels shown to readers; the keys stay English in files and code. */
export const STATUS_LABELS: Record<RegulationStatus, string> = {
  reaffirmed: '重申',
  revised: '修订',
  new: '新建',
  abolished: '已废止',
};

export const ACTION_LABELS: Record<HistoryAction, string> = {
  enacted: '制定',
  revised: '修订',
  reaffirmed: '重申',
  abolished: '废止',
};
