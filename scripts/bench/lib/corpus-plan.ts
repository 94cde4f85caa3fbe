/** Part of the synthetic corpus generator (scripts/bench/generate-corpus.ts): the plan of each regulation: status, style, history, articles, citations. */
import { Rng } from './corpus-random.ts';
import type { Kind, Status, Topic } from './corpus-banks.ts';
import { BODIES, KINDS, PREFIXES, QUALIFIERS, TOPICS, cn } from './corpus-banks.ts';
// ---------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------

export interface HistoryEntry {
  date: string;
  action: 'enacted' | 'revised' | 'reaffirmed' | 'abolished';
  by: string;
  docNumber?: string;
  note?: string;
}

export interface ArticlePlan {
  /** Number of 款 (≥ 1). */
  paragraphs: number;
  /** Items in the first 款 (0 = none). */
  items: number;
  /** The first item has 目. */
  subitems: number;
}

export interface Plan {
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

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function date(rng: Rng, year: number, monthMin = 1, monthMax = 12): string {
  return `${year}-${pad2(rng.int(monthMin, monthMax))}-${pad2(rng.int(1, 28))}`;
}

export function plan(
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
