/**
 * Deterministic generator of a synthetic but realistic 制度汇编 content tree, in the real
 * content format (/work/plan/CONTENT.md): content/regulations/<chapter>/<slug>.md with valid
 * frontmatter, styles A (章+条), B (条) and C (一、…), 款/项/目, citations between regulations
 * (titles, short titles, articles that exist, 款 that exist, 文号), 本办法第X条 and 前款,
 * external documents, histories; plus handbook/departments/chapters/external yml (copied from
 * the repo's content/ when present) and, optionally, the frozen 2025 edition
 * (content/editions/2025/…, with manifest.json).
 *
 *   npx node scripts/bench/generate-corpus.ts --count 1000 --out /tmp/zhidu-1000 [--seed 7] [--no-previous-edition]
 *
 * then e.g. ZHIDU_CONTENT_DIR=/tmp/zhidu-1000/content. Same options → byte-identical output.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeArgsError } from '../../src/format/args-error.ts';

export interface GenerateOptions {
  /** Number of regulations in the current edition. */
  count: number;
  seed?: number;
  /** Also write content/editions/2025 (every regulation not new in 2026, as it stood then). Default true. */
  previousEdition?: boolean;
  /** Target body length in characters (default 1500: ~1,500 characters per file with frontmatter). */
  averageBodyChars?: number;
  /** Where to copy the yml files from (default: this repo's content/). */
  contentTemplateDir?: string;
  /** Also write the files under this directory (`<outDir>/content/…`); `root` is an alias. */
  outDir?: string;
  root?: string;
}

export interface GeneratedFile {
  /** Relative to the output directory, e.g. `content/regulations/kaoqin/jiguan-kaoqin-guanli-zhidu.md`. */
  path: string;
  content: string;
}

export interface GeneratedRegulation {
  id: string;
  title: string;
  shortTitle?: string;
  status: Status;
  style: 'A' | 'B' | 'C';
  articles: number;
}

export interface GeneratedCorpus {
  files: GeneratedFile[];
  regulations: GeneratedRegulation[];
  chars: number;
}

type Status = 'reaffirmed' | 'revised' | 'new' | 'abolished';

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sample<T>(list: readonly T[], n: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T);
    return out;
  }
}

// ---------------------------------------------------------------------------
// Numerals (standalone: the generator does not depend on the engine it benchmarks)
// ---------------------------------------------------------------------------

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function cn(n: number): string {
  if (n < 10) return CN[n] as string;
  if (n < 20) return `十${n % 10 ? CN[n % 10] : ''}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  const h = `${CN[Math.floor(n / 100)]}百`;
  const r = n % 100;
  if (r === 0) return h;
  if (r < 10) return `${h}零${CN[r]}`;
  return `${h}${CN[Math.floor(r / 10)]}十${r % 10 ? CN[r % 10] : ''}`;
}

// ---------------------------------------------------------------------------
// Banks
// ---------------------------------------------------------------------------

interface Topic {
  name: string;
  slug: string;
  chapter: string;
  keywords: string[];
}

const TOPICS: Topic[] = [
  { name: '考勤', slug: 'kaoqin', chapter: 'kaoqin', keywords: ['签到', '迟到', '早退'] },
  { name: '请销假', slug: 'qingxiaojia', chapter: 'kaoqin', keywords: ['请假', '销假', '休假'] },
  { name: '外出报备', slug: 'waichu', chapter: 'kaoqin', keywords: ['外出', '下村', '报备'] },
  { name: '年休假', slug: 'nianxiujia', chapter: 'kaoqin', keywords: ['休假', '年假'] },
  { name: '公务接待', slug: 'jiedai', chapter: 'jiedai-yongche', keywords: ['陪餐', '接待', '公函'] },
  { name: '公务用车', slug: 'yongche', chapter: 'jiedai-yongche', keywords: ['公车', '派车', '用车'] },
  { name: '机关食堂', slug: 'shitang', chapter: 'jiedai-yongche', keywords: ['就餐', '食堂'] },
  { name: '会议', slug: 'huiyi', chapter: 'huiyi', keywords: ['开会', '会议纪律'] },
  { name: '会议费', slug: 'huiyifei', chapter: 'huiyi', keywords: ['会议经费', '报销'] },
  { name: '机关例会', slug: 'lihui', chapter: 'huiyi', keywords: ['周例会', '例会'] },
  { name: '差旅费', slug: 'chailv', chapter: 'caiwu-zichan', keywords: ['出差', '住宿', '报销'] },
  { name: '财务报销', slug: 'baoxiao', chapter: 'caiwu-zichan', keywords: ['报销', '发票', '审批'] },
  { name: '固定资产', slug: 'zichan', chapter: 'caiwu-zichan', keywords: ['资产', '登记', '处置'] },
  { name: '政府采购', slug: 'caigou', chapter: 'caiwu-zichan', keywords: ['采购', '招标', '询价'] },
  { name: '公务卡', slug: 'gongwuka', chapter: 'caiwu-zichan', keywords: ['刷卡', '结算'] },
  { name: '专项资金', slug: 'zhuanxiang', chapter: 'caiwu-zichan', keywords: ['资金', '拨付'] },
  { name: '办公用品', slug: 'bangong', chapter: 'caiwu-zichan', keywords: ['领用', '耗材'] },
  { name: '公文处理', slug: 'gongwen', chapter: 'gongwen-dangan', keywords: ['发文', '收文', '文号'] },
  { name: '印章', slug: 'yinzhang', chapter: 'gongwen-dangan', keywords: ['用印', '盖章', '公章'] },
  { name: '档案', slug: 'dangan', chapter: 'gongwen-dangan', keywords: ['归档', '借阅'] },
  { name: '保密', slug: 'baomi', chapter: 'gongwen-dangan', keywords: ['涉密', '密级'] },
  { name: '信息报送', slug: 'xinxi', chapter: 'gongwen-dangan', keywords: ['信息', '报送'] },
  { name: '值班', slug: 'zhiban', chapter: 'zhiban-anquan', keywords: ['值班', '带班'] },
  { name: '安全生产', slug: 'anquan', chapter: 'zhiban-anquan', keywords: ['安全', '隐患'] },
  { name: '防汛抗旱', slug: 'fangxun', chapter: 'zhiban-anquan', keywords: ['防汛', '汛期'] },
  { name: '森林防火', slug: 'fanghuo', chapter: 'zhiban-anquan', keywords: ['防火', '野外用火'] },
  { name: '应急物资', slug: 'wuzi', chapter: 'zhiban-anquan', keywords: ['物资', '储备'] },
  { name: '网络安全', slug: 'wangluo', chapter: 'zhiban-anquan', keywords: ['网络', '信息系统'] },
  { name: '督查督办', slug: 'ducha', chapter: 'xiaoneng-duche', keywords: ['督办', '催办'] },
  { name: '首问负责', slug: 'shouwen', chapter: 'xiaoneng-duche', keywords: ['首问', '接待'] },
  { name: '限时办结', slug: 'xianshi', chapter: 'xiaoneng-duche', keywords: ['时限', '办结'] },
  { name: '一次性告知', slug: 'gaozhi', chapter: 'xiaoneng-duche', keywords: ['告知', '补正'] },
  { name: 'AB岗', slug: 'abgang', chapter: 'xiaoneng-duche', keywords: ['顶岗', '代岗'] },
  { name: '明查暗访', slug: 'anfang', chapter: 'xiaoneng-duche', keywords: ['暗访', '检查'] },
  { name: '效能问责', slug: 'wenze', chapter: 'xiaoneng-duche', keywords: ['问责', '通报'] },
  { name: '年度考核', slug: 'kaohe', chapter: 'ganbu-guanli', keywords: ['考核', '优秀'] },
  { name: '驻村干部', slug: 'zhucun', chapter: 'ganbu-guanli', keywords: ['驻村', '走访'] },
  { name: '作风民主评议', slug: 'pingyi', chapter: 'ganbu-guanli', keywords: ['评议', '满意度'] },
  { name: '干部教育培训', slug: 'peixun', chapter: 'ganbu-guanli', keywords: ['培训', '学时'] },
  { name: '企业服务', slug: 'qiye', chapter: 'jingji-fuwu', keywords: ['企业', '专员'] },
  { name: '项目代办', slug: 'daiban', chapter: 'jingji-fuwu', keywords: ['代办', '审批'] },
  { name: '招商引资', slug: 'zhaoshang', chapter: 'jingji-fuwu', keywords: ['招商', '项目'] },
  { name: '工程建设项目', slug: 'gongcheng', chapter: 'jingji-fuwu', keywords: ['工程', '验收'] },
  { name: '廉政谈话', slug: 'tanhua', chapter: 'lianzheng', keywords: ['谈话', '提醒'] },
  { name: '述职述廉', slug: 'shuzhi', chapter: 'lianzheng', keywords: ['述职', '述廉'] },
  { name: '党风廉政建设', slug: 'lianzheng', chapter: 'lianzheng', keywords: ['廉政', '一岗双责'] },
  { name: '廉政文化', slug: 'lianzhengwenhua', chapter: 'lianzheng', keywords: ['廉政教育', '警示'] },
  { name: '机关干部学习', slug: 'xuexi', chapter: 'xuexi', keywords: ['学习', '学习笔记'] },
  { name: '中心组学习', slug: 'zhongxinzu', chapter: 'xuexi', keywords: ['中心组', '研讨'] },
  { name: '机关文化建设', slug: 'wenhua', chapter: 'xuexi', keywords: ['文体活动', '标兵'] },
  { name: '政务公开', slug: 'gongkai', chapter: 'yishi-juece', keywords: ['公开', '公示'] },
  { name: '党务公开', slug: 'dangwu', chapter: 'yishi-juece', keywords: ['党务', '公开栏'] },
  { name: '集体决策', slug: 'juece', chapter: 'yishi-juece', keywords: ['决策', '议事'] },
  { name: '村务监督', slug: 'cunwu', chapter: 'yishi-juece', keywords: ['村务', '监督委员会'] },
  { name: '信访接待', slug: 'xinfang', chapter: 'shehui-shiwu', keywords: ['信访', '接访'] },
  { name: '矛盾纠纷排查', slug: 'maodun', chapter: 'shehui-shiwu', keywords: ['纠纷', '调解'] },
  { name: '社会救助', slug: 'jiuzhu', chapter: 'shehui-shiwu', keywords: ['救助', '低保'] },
  { name: '临时救助', slug: 'linshi', chapter: 'shehui-shiwu', keywords: ['临时救助', '急难'] },
  { name: '便民服务窗口', slug: 'chuangkou', chapter: 'shehui-shiwu', keywords: ['窗口', '办事'] },
  { name: '养老服务', slug: 'yanglao', chapter: 'shehui-shiwu', keywords: ['养老', '老年人'] },
  { name: '残疾人帮扶', slug: 'canji', chapter: 'shehui-shiwu', keywords: ['残疾人', '帮扶'] },
  { name: '退役军人服务', slug: 'tuiyi', chapter: 'shehui-shiwu', keywords: ['退役军人', '优抚'] },
  { name: '网格化管理', slug: 'wangge', chapter: 'shehui-shiwu', keywords: ['网格', '网格员'] },
  { name: '志愿服务', slug: 'zhiyuan', chapter: 'shehui-shiwu', keywords: ['志愿者', '服务时长'] },
];

interface Kind {
  title: string;
  slug: string;
  short: string;
  self: string;
}

const KINDS: Kind[] = [
  { title: '管理制度', slug: 'guanli-zhidu', short: '制度', self: '制度' },
  { title: '管理办法', slug: 'guanli-banfa', short: '办法', self: '办法' },
  { title: '工作规则', slug: 'gongzuo-guize', short: '规则', self: '规则' },
  { title: '实施细则', slug: 'shishi-xize', short: '细则', self: '细则' },
  { title: '工作制度', slug: 'gongzuo-zhidu', short: '制度', self: '制度' },
  { title: '暂行规定', slug: 'zanxing-guiding', short: '规定', self: '规定' },
  { title: '工作规范', slug: 'gongzuo-guifan', short: '规范', self: '规范' },
];

const QUALIFIERS = [
  { title: '', slug: '' },
  { title: '机关', slug: 'jiguan-' },
  { title: '镇属单位', slug: 'zhenshu-' },
  { title: '村（社区）', slug: 'cun-' },
];

const BODIES = ['镇党委会', '镇党政联席会议', '镇政府常务会议'];
const PREFIXES = ['XX委发', 'XX政发', 'XX政办发', 'XX纪发'];
const ACTORS = [
  '机关工作人员',
  '各办（所、中心）',
  '承办人员',
  '部门负责人',
  '分管领导',
  '经办人',
  '值班人员',
  '驻村干部',
];
const OFFICES = [
  '党政办',
  '党建办',
  '组织办',
  '纪检监察办',
  '财政所',
  '经服中心',
  '民政科',
  '应急办',
  '综治办',
  '便民服务中心',
];
const PRINCIPLES = [
  '依法依规',
  '统一领导',
  '分级负责',
  '公开透明',
  '厉行节约',
  '便民高效',
  '权责一致',
  '注重实效',
  '实事求是',
  '从严管理',
];
const GOALS = [
  '加强和规范{t}工作，提高工作效率和服务水平',
  '规范{t}管理，明确工作责任，防范廉政风险',
  '推进{t}工作制度化、规范化、程序化',
  '严明工作纪律，强化{t}工作的监督管理',
  '建立健全{t}工作机制，保障各项工作有序开展',
];
const SCOPES = [
  '镇党委、镇人大、镇政府及所属各办（所、中心）和镇属事业单位',
  '镇机关全体工作人员，包括公务员、参照公务员法管理人员、事业编制人员和编外聘用人员',
  '镇机关各部门和各村（社区）',
  '镇机关和镇属各单位的{t}工作',
];
const DUTIES = [
  '建立{t}工作台账，如实记录办理情况',
  '按照规定的权限和程序办理{t}事项，不得越权审批',
  '对{t}工作中发现的问题及时报告并督促整改',
  '定期向镇党委、镇政府报告{t}工作情况',
  '做好{t}有关材料的收集、整理和归档工作',
  '加强对{t}工作人员的业务培训和廉政教育',
  '落实{t}工作的日常检查和年度考核',
  '配合有关部门开展{t}工作的监督检查',
  '对涉及群众切身利益的{t}事项进行公示',
  '保守工作秘密，不得泄露{t}工作中知悉的个人信息',
];
const FORBIDDEN = [
  '弄虚作假、虚报冒领的',
  '擅自扩大范围或者提高标准的',
  '未经批准擅自办理的',
  '推诿扯皮、敷衍塞责的',
  '利用职务便利谋取私利的',
  '违反规定收受礼品礼金的',
  '拒不执行审批决定的',
  '隐瞒不报、迟报漏报的',
  '造成不良社会影响的',
];
const STEPS = [
  '经办人填写申请表，写明事由、时间和有关情况',
  '部门负责人审核，签署意见',
  '分管领导审批',
  '涉及重大事项的，报镇长审批',
  '党政办登记备案',
  '办理完毕后，经办人及时反馈办理结果',
  '财政所审核票据和支出标准',
  '纪检监察办进行监督',
];
const CLOSING = [
  '确因工作需要的，经分管领导批准后，可以适当调整。',
  '情况紧急的，可以先行办理，事后在1个工作日内补办手续。',
  '有关部门应当加强协调配合，形成工作合力。',
  '具体实施办法由{o}另行制定。',
  '{o}应当将办理情况纳入年度考核。',
];
const SUBITEMS = ['书面申请材料', '相关证明文件', '经办人签字的清单', '审批表原件', '现场照片等佐证材料'];

// ---------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------

interface HistoryEntry {
  date: string;
  action: 'enacted' | 'revised' | 'reaffirmed' | 'abolished';
  by: string;
  docNumber?: string;
  note?: string;
}

interface ArticlePlan {
  /** Number of 款 (≥ 1). */
  paragraphs: number;
  /** Items in the first 款 (0 = none). */
  items: number;
  /** The first item has 目. */
  subitems: number;
}

interface Plan {
  index: number;
  topic: Topic;
  kind: Kind;
  chapter: string;
  slug: string;
  id: string;
  title: string;
  shortTitle?: string;
  department: string;
  status: Status;
  style: 'A' | 'B' | 'C';
  docNumber: string;
  effective: string;
  history: HistoryEntry[];
  replacedBy?: Plan;
  replaces?: Plan;
  /** Abolished before the 2025 edition (not in force then). */
  abolishedBefore2025: boolean;
  articles: ArticlePlan[];
  /** Style A: number of articles in each chapter. */
  chapters: number[];
  /** Style C: number of sections. */
  sections: number;
  /** Revised: the deadline (working days) changed in 2026, and its 2025 value. */
  deadline: number;
  oldDeadline: number;
  keywords: string[];
  /** Article with a table of standards (GFM), in ~8% of the A/B regulations. */
  tableArticle?: number;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function date(rng: Rng, year: number, monthMin = 1, monthMax = 12): string {
  return `${year}-${pad2(rng.int(monthMin, monthMax))}-${pad2(rng.int(1, 28))}`;
}

function plan(
  options: { count: number; seed: number; averageBodyChars: number },
  departments: string[],
  chapterKeys: Set<string>,
): Plan[] {
  const rng = new Rng(options.seed);
  const combos: Array<{ topic: Topic; kind: Kind; q: (typeof QUALIFIERS)[number] }> = [];
  for (const q of QUALIFIERS) for (const kind of KINDS) for (const topic of TOPICS) combos.push({ topic, kind, q });
  // deterministic shuffle, but keep the qualifier-free titles first (they read best)
  const order = combos.map((c) => ({ c, key: (c.q.title ? 1 : 0) + rng.next() * 0.999 }));
  order.sort((a, b) => a.key - b.key);

  const docCounters = new Map<string, number>();
  const docNumber = (prefix: string, year: number): string => {
    const k = `${prefix}${year}`;
    const n = (docCounters.get(k) ?? 0) + 1;
    docCounters.set(k, n);
    return `${prefix}〔${year}〕${n}号`;
  };

  const plans: Plan[] = [];
  const names = new Set<string>();
  for (let i = 0; i < options.count; i++) {
    const base = (order[i % order.length] as (typeof order)[number]).c;
    const round = Math.floor(i / order.length);
    // 机关 + 机关干部学习 → 镇机关干部学习; 网格化管理 + 管理制度 → 网格化管理制度
    const q = base.q.title === '机关' && base.topic.name.startsWith('机关') ? { title: '镇', slug: 'zhen-' } : base.q;
    const kindTitle =
      base.topic.name.endsWith('管理') && base.kind.title.startsWith('管理')
        ? base.kind.title.slice(2)
        : base.kind.title;
    const title = `${q.title}${base.topic.name}${kindTitle}${round ? `（${cn(round + 1)}）` : ''}`;
    const slug = `${q.slug}${base.topic.slug}-${base.kind.slug}${round ? `-${round + 1}` : ''}`;
    const chapter = chapterKeys.has(base.topic.chapter)
      ? base.topic.chapter
      : ([...chapterKeys][i % chapterKeys.size] as string);
    names.add(title);
    const r = rng.next();
    const status: Status = r < 0.5 ? 'reaffirmed' : r < 0.75 ? 'revised' : r < 0.9 ? 'new' : 'abolished';
    const s = rng.next();
    const style: Plan['style'] = s < 0.45 ? 'A' : s < 0.85 ? 'B' : 'C';
    const prefix = rng.pick(PREFIXES);
    const by = rng.pick(BODIES);
    const history: HistoryEntry[] = [];
    let effective: string;
    let current: string;
    let abolishedBefore2025 = false;
    const deadline = rng.int(3, 10);
    if (status === 'new') {
      const d = date(rng, 2026, 1, 2);
      current = docNumber(prefix, 2026);
      history.push({ date: d, action: 'enacted', by, docNumber: current });
      effective = '2026-04-01';
    } else {
      const y = rng.int(2012, 2022);
      const enactedOn = date(rng, y);
      current = docNumber(prefix, y);
      history.push({ date: enactedOn, action: 'enacted', by, docNumber: current });
      effective = `${y}-${enactedOn.slice(5, 7)}-28`;
      const roll = rng.next();
      if (roll < 0.3) {
        const y2 = rng.int(y + 1, 2023);
        const d2 = date(rng, y2);
        current = docNumber(prefix, y2);
        history.push({
          date: d2,
          action: 'revised',
          by,
          docNumber: current,
          note: `根据上级有关规定，调整${base.topic.name}工作的审批程序和职责分工。`,
        });
        effective = `${y2}-${d2.slice(5, 7)}-28`;
      } else if (roll < 0.51) {
        history.push({
          date: `2023-03-${pad2(rng.int(10, 20))}`,
          action: 'reaffirmed',
          by: '镇党政联席会议',
          docNumber: docNumber('XX政发', 2023),
        });
      }
      if (status === 'revised') {
        current = docNumber(prefix, 2026);
        history.push({
          date: `2026-03-${pad2(rng.int(12, 18))}`,
          action: 'revised',
          by: '镇党政联席会议',
          docNumber: current,
          note: '',
        });
        effective = '2026-04-01';
      } else if (status === 'abolished') {
        abolishedBefore2025 = rng.chance(0.4);
        const lastYear = Number((history[history.length - 1] as HistoryEntry).date.slice(0, 4));
        const ay = abolishedBefore2025 && lastYear < 2024 ? rng.int(Math.max(lastYear + 1, 2020), 2024) : 2026;
        if (ay === 2026) abolishedBefore2025 = false;
        history.push({
          date: ay === 2026 ? `2026-03-${pad2(rng.int(12, 18))}` : date(rng, ay),
          action: 'abolished',
          by: '镇党政联席会议',
          docNumber: docNumber('XX政办发', ay),
          note: `${base.topic.name}工作已有新的规定，本${base.kind.self}不再适用，予以废止。`,
        });
      }
    }

    // structure
    const target = Math.max(350, Math.round(options.averageBodyChars * (0.35 + rng.next() * rng.next() * 2.6)));
    const articles: ArticlePlan[] = [];
    let est = 0;
    while (est < target || articles.length < 7) {
      const p = rng.chance(0.25) ? rng.int(2, 3) : 1;
      const items = rng.chance(0.3) ? rng.int(2, 6) : 0;
      const subitems = items && rng.chance(0.2) ? rng.int(2, 4) : 0;
      articles.push({ paragraphs: p, items, subitems });
      est += 48 + (p - 1) * 24 + items * 17 + subitems * 9;
    }
    // fixed articles (purpose, scope, principles, duties, deadline, penalty, interpretation, 施行)
    // have no items; the first two and the last two have a single 款
    const n = articles.length;
    articles.forEach((a, j) => {
      const k = j + 1;
      if (k <= 5 || k >= n - 2) {
        a.items = 0;
        a.subitems = 0;
      }
      if (k <= 2 || k >= n - 1) a.paragraphs = 1;
    });
    const chapters: number[] = [];
    if (style === 'A') {
      const n = articles.length;
      // the last chapter (附则) holds the last two articles (解释, 施行)
      const body = n - 2;
      const nch = Math.max(2, Math.min(7, Math.round(body / 5)));
      let left = body;
      for (let c = 0; c < nch; c++) {
        const take = c === nch - 1 ? left : Math.max(1, Math.min(left - (nch - 1 - c), Math.round(body / nch)));
        chapters.push(take);
        left -= take;
      }
      chapters.push(2);
    }
    const sections = style === 'C' ? Math.max(5, Math.min(12, Math.round(articles.length / 2))) : 0;

    const tableArticle =
      style !== 'C' && articles.length >= 9 && rng.chance(0.08) ? rng.int(6, articles.length - 3) : undefined;
    if (tableArticle) {
      const a = articles[tableArticle - 1] as ArticlePlan;
      a.items = 0;
      a.subitems = 0;
    }
    const p: Plan = {
      ...(tableArticle ? { tableArticle } : {}),
      index: i,
      topic: base.topic,
      kind: base.kind,
      chapter,
      slug,
      id: `${chapter}/${slug}`,
      title,
      department: rng.pick(departments),
      status,
      style,
      docNumber: current,
      effective,
      history,
      abolishedBefore2025,
      articles,
      chapters,
      sections,
      deadline,
      oldDeadline: deadline + rng.int(1, 3),
      keywords: rng.sample([...base.topic.keywords, base.topic.name], 3),
    };
    plans.push(p);
  }

  // short titles that clash with nothing
  const used = new Set(names);
  for (const p of plans) {
    if (p.title.includes('（')) continue;
    const short = `${p.topic.name}${p.kind.short}`;
    if (short !== p.title && !used.has(short) && rng.chance(0.6)) {
      p.shortTitle = short;
      used.add(short);
    }
  }

  // replacements: an abolished-in-2026 regulation replaced by a new or revised one
  const successors = plans.filter((p) => p.status === 'new' || p.status === 'revised');
  for (const p of plans) {
    if (p.status !== 'abolished' || p.abolishedBefore2025 || !rng.chance(0.6)) continue;
    const s =
      successors.find((x) => !x.replaces && x.style !== 'C' && x.topic.chapter === p.topic.chapter) ??
      successors.find((x) => !x.replaces && x.style !== 'C');
    if (!s) continue;
    p.replacedBy = s;
    s.replaces = p;
  }
  for (const p of plans) {
    const last = p.history[p.history.length - 1] as HistoryEntry;
    if (p.status === 'revised')
      last.note = `将${p.topic.name}事项的办理时限由${p.oldDeadline}个工作日缩短为${p.deadline}个工作日，以提高办事效率${p.replaces ? `；吸收《${p.replaces.title}》的有关内容，原规定同时废止` : ''}。`;
  }
  return plans;
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

interface TextContext {
  rng: Rng;
  plan: Plan;
  /** Regulations this one may cite by article (in force, styles A/B, existing in every edition it is in). */
  articleTargets: Plan[];
  wholeTargets: Plan[];
  externals: string[];
  /** Deadline to write (2025 text of a revised regulation: the old one). */
  deadline: number;
}

function nameOf(p: Plan, rng: Rng): string {
  return p.shortTitle && rng.chance(0.7) ? p.shortTitle : p.title;
}

function fill(s: string, ctx: TextContext): string {
  return s.replace(/\{t\}/g, ctx.plan.topic.name).replace(/\{o\}/g, ctx.rng.pick(OFFICES));
}

function crossCitation(ctx: TextContext): string {
  const { rng } = ctx;
  if (ctx.articleTargets.length && rng.chance(0.6)) {
    const t = rng.pick(ctx.articleTargets);
    const k = rng.int(1, t.articles.length);
    const art = t.articles[k - 1] as ArticlePlan;
    let ref = `第${cn(k)}条`;
    if (art.paragraphs > 1 && rng.chance(0.5)) ref += `第${cn(rng.int(2, art.paragraphs))}款`;
    else if (art.items && rng.chance(0.4)) ref += `第（${cn(rng.int(1, art.items))}）项`;
    else if (k < t.articles.length && rng.chance(0.2)) ref += `、第${cn(k + 1)}条`;
    return rng.pick([
      `涉及${t.topic.name}的，依照《${nameOf(t, rng)}》${ref}的规定执行。`,
      `违反《${nameOf(t, rng)}》${ref}规定的，按照有关规定处理。`,
      `${ctx.plan.topic.name}中的${t.topic.name}事项，按照《${nameOf(t, rng)}》${ref}办理。`,
    ]);
  }
  if (ctx.wholeTargets.length) {
    const t = rng.pick(ctx.wholeTargets);
    // the enacting 文号 is in the target's history in every edition
    if (rng.chance(0.15))
      return `${t.topic.name}事项按照《${t.title}》（${t.history[0]?.docNumber ?? t.docNumber}）执行。`;
    return `${t.topic.name}工作按照《${nameOf(t, rng)}》执行。`;
  }
  return '其他事项按照上级有关规定执行。';
}

function items(ctx: TextContext, n: number, bank: readonly string[]): string[] {
  // keep the bank's order (申请 → 审核 → 审批 …)
  const picked = ctx.rng.sample(bank, n).sort((x, y) => bank.indexOf(x) - bank.indexOf(y));
  return picked.map((s, i) => `（${cn(i + 1)}）${fill(s, ctx)}${i === n - 1 ? '。' : '；'}`);
}

/** Text of article k (1-based) of an A/B regulation: paragraphs separated by blank lines. */
function articleText(ctx: TextContext, k: number, total: number): string {
  const { rng, plan: p } = ctx;
  const self = `本${p.kind.self}`;
  const a = p.articles[k - 1] as ArticlePlan;
  const label = `第${cn(k)}条　`;
  const out: string[] = [];
  let lead: string;
  let itemBank: readonly string[] | undefined;
  let table: string[] | undefined;
  if (k === 1) {
    const basis =
      ctx.externals.length && rng.chance(0.8) ? `根据《${rng.pick(ctx.externals)}》和上级有关规定` : '根据上级有关规定';
    lead = `为了${fill(rng.pick(GOALS), ctx)}，${basis}，结合我镇实际，制定${self}。`;
  } else if (k === 2) lead = `${self}适用于${fill(rng.pick(SCOPES), ctx)}。`;
  else if (k === total) {
    lead = `${self}自${p.effective.slice(0, 4)}年${Number(p.effective.slice(5, 7))}月${Number(p.effective.slice(8, 10))}日起施行。`;
    if (p.replaces) lead += `原《${p.replaces.title}》（${p.replaces.docNumber}）同时废止。`;
  } else if (k === total - 1) lead = `${self}由${p.department}负责解释。`;
  else if (k === 3) lead = `${p.topic.name}工作坚持${rng.sample(PRINCIPLES, 3).join('、')}的原则。`;
  else if (k === 4)
    lead = `${p.department}负责${p.topic.name}工作的组织实施和日常管理；${rng.pick(OFFICES)}负责监督检查。`;
  else if (k === 5)
    lead = `${p.topic.name}事项应当自受理之日起${ctx.deadline}个工作日内办结；情况复杂的，经分管领导批准，可以延长5个工作日。`;
  else if (k === total - 2 && k > 6) {
    const prev = rng.int(3, k - 1);
    lead = `违反${self}第${cn(prev)}条规定的，由${rng.pick(OFFICES)}责令改正；情节严重的，依照有关规定追究责任。`;
  } else {
    const r = rng.next();
    if (a.items) {
      if (r < 0.35) {
        lead = `${rng.pick(ACTORS)}应当履行下列职责：`;
        itemBank = DUTIES;
      } else if (r < 0.7) {
        lead = `有下列情形之一的，予以通报批评，并责令限期改正：`;
        itemBank = FORBIDDEN;
      } else {
        lead = `${p.topic.name}事项按照下列程序办理：`;
        itemBank = STEPS;
      }
    } else if (k === p.tableArticle) {
      // a table of standards (GFM), as in 差旅费/接待 regulations
      lead = `${p.topic.name}有关标准如下：`;
      const rows = rng.int(2, 4);
      const unit = rng.pick(['元/人·天', '元/次', '人', '个工作日']);
      table = ['| 类别 | 标准 | 备注 |', '| --- | --- | --- |'];
      for (let j = 0; j < rows; j++)
        table.push(
          `| ${rng.pick(['一般人员', '部门负责人', '班子成员', '村（社区）干部', '其他人员'])} | ${rng.int(1, 60) * 10}${unit} | ${rng.pick(['据实结算', '包干使用', '按月统计', '超标自理'])} |`,
        );
    } else if (r < 0.4) lead = crossCitation(ctx);
    else
      lead = `${rng.pick(ACTORS)}应当${rng
        .sample(DUTIES, 2)
        .map((d) => fill(d, ctx))
        .join('，')}。`;
  }
  out.push(label + lead);
  if (table) out.push(table.join('\n'));
  if (itemBank) {
    const list = items(ctx, Math.min(a.items, itemBank.length), itemBank);
    if (a.subitems && list[0]) {
      const first = list[0].replace(/[；。]$/, '，包括：');
      out.push(first);
      out.push(
        ctx.rng
          .sample(SUBITEMS, a.subitems)
          .map((s, i) => `${i + 1}. ${s}${i === a.subitems - 1 ? '。' : '；'}`)
          .join('\n'),
      );
      out.push(...list.slice(1));
    } else out.push(...list);
  }
  if (k > 2 && k < total - 1)
    for (let q = 2; q <= a.paragraphs; q++) {
      if (q === 2 && rng.chance(0.5)) out.push(`未按照前款规定办理的，由${rng.pick(OFFICES)}督促整改。`);
      else if (q === 3 && rng.chance(0.5)) out.push(`前两款规定的事项，应当记录在案。`);
      else out.push(fill(rng.pick(CLOSING), ctx));
    }
  return out.join('\n\n');
}

function bodyAB(ctx: TextContext): string {
  const p = ctx.plan;
  const total = p.articles.length;
  const parts: string[] = [];
  if (p.style === 'A') {
    let k = 1;
    const names = ['总则', '职责分工', `${p.topic.name}管理`, '工作程序', '监督检查', '责任追究', '保障措施'];
    p.chapters.forEach((n, c) => {
      const name = c === p.chapters.length - 1 ? '附则' : (names[c] as string);
      parts.push(`## 第${cn(c + 1)}章　${name}`);
      for (let j = 0; j < n; j++, k++) parts.push(articleText(ctx, k, total));
    });
  } else for (let k = 1; k <= total; k++) parts.push(articleText(ctx, k, total));
  return parts.join('\n\n');
}

function bodyC(ctx: TextContext): string {
  const { rng, plan: p } = ctx;
  const self = `本${p.kind.self}`;
  const names = [
    '总体要求',
    '组织领导',
    '主要任务',
    '工作程序',
    '工作要求',
    '监督检查',
    '保障措施',
    '责任追究',
    '工作机制',
    '宣传引导',
    '考核评价',
  ];
  const parts: string[] = [];
  for (let s = 1; s <= p.sections; s++) {
    const last = s === p.sections;
    parts.push(`## ${cn(s)}、${last ? '附则' : (names[(s - 1) % names.length] as string)}`);
    if (s === 1) {
      const basis = ctx.externals.length ? `根据《${rng.pick(ctx.externals)}》和上级有关要求，` : '';
      parts.push(`为了${fill(rng.pick(GOALS), ctx)}，${basis}结合我镇实际，制定${self}。`);
      parts.push(`${p.topic.name}工作坚持${rng.sample(PRINCIPLES, 3).join('、')}的原则。`);
    } else if (last) {
      parts.push(
        `${self}由${p.department}负责解释，自${p.effective.slice(0, 4)}年${Number(p.effective.slice(5, 7))}月${Number(p.effective.slice(8, 10))}日起施行。`,
      );
    } else {
      const n = rng.int(2, 5);
      const bank = rng.pick([DUTIES, STEPS, FORBIDDEN]);
      const list = items(ctx, Math.min(n, bank.length), bank);
      list.forEach((it, i) => {
        if (i === 0 && rng.chance(0.3)) {
          parts.push(it.replace(/[；。]$/, '，主要包括：'));
          parts.push(
            rng
              .sample(SUBITEMS, 3)
              .map((x, j) => `${j + 1}. ${x}；`)
              .join('\n')
              .replace(/；$/, '。'),
          );
        } else parts.push(it);
      });
      if (s === 3) parts.push(crossCitation(ctx));
      if (s === 4) parts.push(`${p.topic.name}事项应当在${ctx.deadline}个工作日内办结。`);
    }
  }
  return parts.join('\n\n');
}

function yamlString(s: string): string {
  return /^[\w\u4e00-\u9fff（）〔〕]+$/u.test(s) && !/^\d/.test(s) ? s : JSON.stringify(s);
}

function frontmatter(p: Plan, edition: 'current' | '2025'): string {
  const lines = ['---', `title: ${yamlString(p.title)}`];
  if (p.shortTitle) lines.push(`shortTitle: ${yamlString(p.shortTitle)}`);
  let history = p.history;
  let status: Status = p.status;
  let docNumber = p.docNumber;
  let effective = p.effective;
  if (edition === '2025') {
    history = p.history.filter((h) => !h.date.startsWith('2026'));
    status = p.abolishedBefore2025 ? 'abolished' : 'reaffirmed';
    const last = [...history].reverse().find((h) => h.action === 'enacted' || h.action === 'revised');
    docNumber = last?.docNumber ?? docNumber;
    if (p.status === 'revised' || p.status === 'abolished') {
      const y = (last?.date ?? '2020-01-01').slice(0, 7);
      effective = `${y}-28`;
    }
  }
  lines.push(`status: ${status}`, `department: ${p.department}`, `docNumber: ${docNumber}`, `effective: ${effective}`);
  lines.push(`keywords: [${p.keywords.join(', ')}]`);
  if (p.replacedBy && status === 'abolished') lines.push(`replacedBy: ${p.replacedBy.slug}`);
  lines.push('history:');
  for (const h of history) {
    lines.push(`  - date: ${h.date}`, `    action: ${h.action}`, `    by: ${h.by}`);
    if (h.docNumber) lines.push(`    docNumber: ${h.docNumber}`);
    if (h.note) lines.push(`    note: ${h.note}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_CONTENT = resolve(HERE, '..', '..', 'content');

function readTemplate(dir: string, name: string, fallback: string): string {
  const f = join(dir, name);
  return existsSync(f) ? readFileSync(f, 'utf8') : fallback;
}

function externalTitles(yml: string): string[] {
  return [...yml.matchAll(/^- title: (.+)$/gm)].map((m) => (m[1] as string).trim().replace(/^["']|["']$/g, ''));
}

function yamlKeys(yml: string): string[] {
  return [...yml.matchAll(/^([^\s#][^:]*):\s*$/gm)].map((m) => (m[1] as string).trim());
}

const FALLBACK_CHAPTERS = [...new Set(TOPICS.map((t) => t.chapter))]
  .map((k, i) => `${k}:\n  title: ${k}\n  order: ${i + 1}\n  description: ${k}\n`)
  .join('');
const FALLBACK_DEPARTMENTS = OFFICES.map((o) => `${o}:\n  name: ${o}\n  codeowners: ["@xxzhen/${o}"]\n`).join('');
const FALLBACK_EXTERNAL = '- title: 中国共产党问责条例\n  issuer: 中共中央\n  year: 2019\n';
const FALLBACK_HANDBOOK = (year: number, issuedOn: string, doc: string): string =>
  `title: XX镇人民政府制度汇编\nissuer: XX镇人民政府\nedition:\n  year: ${year}\n  issuedOn: ${issuedOn}\n  docNumber: ${doc}\ndescription: 本汇编收录镇党委、镇政府现行机关内部管理制度。\n`;

/** Generate the files in memory (deterministic). */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const opts = {
    count: options.count,
    seed: options.seed ?? 20260320,
    previousEdition: options.previousEdition ?? true,
    averageBodyChars: options.averageBodyChars ?? 1500,
  };
  const tpl = options.contentTemplateDir ?? REPO_CONTENT;
  const chaptersYml = readTemplate(tpl, 'chapters.yml', FALLBACK_CHAPTERS);
  const departmentsYml = readTemplate(tpl, 'departments.yml', FALLBACK_DEPARTMENTS);
  const externalYml = readTemplate(tpl, 'external.yml', FALLBACK_EXTERNAL);
  const handbookYml = readTemplate(tpl, 'handbook.yml', FALLBACK_HANDBOOK(2026, '2026-03-20', 'XX政发〔2026〕8号'));
  const handbook2025 = readTemplate(
    join(tpl, 'editions', '2025'),
    'handbook.yml',
    FALLBACK_HANDBOOK(2025, '2025-03-18', 'XX政发〔2025〕6号'),
  );
  const departments = yamlKeys(departmentsYml);
  const chapterKeys = new Set(yamlKeys(chaptersYml));
  const externals = externalTitles(externalYml);

  const plans = plan(
    opts,
    departments.length ? departments : OFFICES,
    chapterKeys.size ? chapterKeys : new Set(TOPICS.map((t) => t.chapter)),
  );
  const files: GeneratedFile[] = [
    { path: 'content/handbook.yml', content: handbookYml },
    { path: 'content/chapters.yml', content: chaptersYml },
    { path: 'content/departments.yml', content: departmentsYml },
    { path: 'content/external.yml', content: externalYml },
  ];

  const inForce = plans.filter((p) => p.status !== 'abolished');
  const old = inForce.filter((p) => p.status !== 'new');
  const byStyle = (list: Plan[]): Plan[] => list.filter((p) => p.style !== 'C');
  const edition2025: GeneratedFile[] = [];

  for (const p of plans) {
    // who may be cited: an in-force one; only `new` regulations may cite `new` ones (the others
    // existed unchanged in 2025, when the new ones did not)
    const pool = (p.status === 'new' ? inForce : old).filter((t) => t !== p);
    const window = (list: Plan[]): Plan[] => {
      // a handful of candidates near this one (same chapter first), deterministic
      const same = list.filter((t) => t.chapter === p.chapter);
      return (same.length >= 3 ? same : list).slice(0, 40);
    };
    const ctx: TextContext = {
      rng: new Rng(opts.seed + p.index * 7919),
      plan: p,
      articleTargets: window(byStyle(pool)),
      wholeTargets: window(pool),
      externals,
      deadline: p.deadline,
    };
    const body = p.style === 'C' ? bodyC(ctx) : bodyAB(ctx);
    files.push({ path: `content/regulations/${p.id}.md`, content: `${frontmatter(p, 'current')}\n${body}\n` });

    if (opts.previousEdition && p.status !== 'new') {
      let body2025 = body;
      if (p.status === 'revised') {
        const ctx2025: TextContext = { ...ctx, rng: new Rng(opts.seed + p.index * 7919), deadline: p.oldDeadline };
        body2025 = p.style === 'C' ? bodyC(ctx2025) : bodyAB(ctx2025);
        if (p.replaces) body2025 = body2025.replace(/原《[^》]+》（[^）]+）同时废止。/, '');
      }
      edition2025.push({
        path: `content/editions/2025/regulations/${p.id}.md`,
        content: `${frontmatter(p, '2025')}\n${body2025}\n`,
      });
    }
  }

  if (opts.previousEdition) {
    const edFiles: GeneratedFile[] = [
      { path: 'content/editions/2025/handbook.yml', content: handbook2025 },
      ...edition2025,
    ];
    const hashes: Record<string, string> = {};
    for (const f of [...edFiles].sort((a, b) => (a.path < b.path ? -1 : 1)))
      hashes[f.path.replace('content/editions/2025/', '')] = createHash('sha256')
        .update(f.content.replace(/\r\n?/g, '\n'), 'utf8')
        .digest('hex');
    const issued = /issuedOn:\s*(\d{4}-\d{2}-\d{2})/.exec(handbook2025)?.[1] ?? '2025-03-18';
    edFiles.push({
      path: 'content/editions/2025/manifest.json',
      content: `${JSON.stringify({ edition: 2025, algorithm: 'sha256', frozenOn: issued, files: hashes }, null, 2)}\n`,
    });
    files.push(...edFiles);
  }

  const regulations: GeneratedRegulation[] = plans.map((p) => ({
    id: p.id,
    title: p.title,
    ...(p.shortTitle ? { shortTitle: p.shortTitle } : {}),
    status: p.status,
    style: p.style,
    articles: p.style === 'C' ? 0 : p.articles.length,
  }));
  const chars = files
    .filter((f) => f.path.startsWith('content/regulations/'))
    .reduce((n, f) => n + f.content.length, 0);
  const result = { files, regulations, chars };
  const out = options.outDir ?? options.root;
  if (out) writeCorpus(resolve(out), result);
  return result;
}

/** Write generated files under `outDir` (its content/ folder is replaced). */
export function writeCorpus(outDir: string, corpus: GeneratedCorpus): void {
  rmSync(join(outDir, 'content'), { recursive: true, force: true });
  for (const f of corpus.files) {
    const p = join(outDir, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.content);
  }
}

const USAGE =
  'usage: npx node scripts/bench/generate-corpus.ts --count 1000 --out <dir> [--seed N] [--no-previous-edition]';

function cli(argv: string[]): void {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        count: { type: 'string', default: '1000' },
        out: { type: 'string' },
        seed: { type: 'string' },
        'no-previous-edition': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${describeArgsError(error)}\n${USAGE}`);
    process.exit(2);
  }
  const count = Number(values.count);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  const out = values.out;
  if (!out || !Number.isInteger(count) || count < 1 || (seed !== undefined && !Number.isInteger(seed))) {
    console.error(USAGE);
    process.exit(2);
  }
  const t0 = performance.now();
  const corpus = generateCorpus({
    count,
    ...(seed === undefined ? {} : { seed }),
    previousEdition: !values['no-previous-edition'],
  });
  writeCorpus(resolve(out), corpus);
  const statuses = corpus.regulations.reduce<Record<string, number>>(
    (m, r) => ((m[r.status] = (m[r.status] ?? 0) + 1), m),
    {},
  );
  console.log(
    `wrote ${corpus.files.length} files (${count} regulations, ${corpus.chars.toLocaleString('en')} chars in content/regulations) to ${resolve(out)} in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  console.log(`statuses: ${JSON.stringify(statuses)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) cli(process.argv.slice(2));
