/** Part of the synthetic corpus generator (scripts/bench/generate-corpus.ts): the Markdown text and frontmatter of a planned regulation. */
import type { Rng } from './corpus-random.ts';
import type { Status } from './corpus-banks.ts';
import {
  ACTORS,
  CLOSING,
  DUTIES,
  FORBIDDEN,
  GOALS,
  OFFICES,
  PRINCIPLES,
  SCOPES,
  STEPS,
  SUBITEMS,
  cn,
} from './corpus-banks.ts';
import type { ArticlePlan, Plan } from './corpus-plan.ts';
// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

export interface TextContext {
  rng: Rng;
  plan: Plan;
  /** Regulations this one may cite by article (in force, styles A/B, existing in every edition it is in). */
  articleTargets: Plan[];
  wholeTargets: Plan[];
  externals: string[];
  /** Deadline to write (2025 text of a revised regulation: the old one). */
  deadline: number;
}

export function nameOf(p: Plan, rng: Rng): string {
  return p.shortTitle && rng.chance(0.7) ? p.shortTitle : p.title;
}

export function fill(s: string, ctx: TextContext): string {
  return s.replace(/\{t\}/g, ctx.plan.topic.name).replace(/\{o\}/g, ctx.rng.pick(OFFICES));
}

export function crossCitation(ctx: TextContext): string {
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

export function items(ctx: TextContext, n: number, bank: readonly string[]): string[] {
  // keep the bank's order (申请 → 审核 → 审批 …)
  const picked = ctx.rng.sample(bank, n).sort((x, y) => bank.indexOf(x) - bank.indexOf(y));
  return picked.map((s, i) => `（${cn(i + 1)}）${fill(s, ctx)}${i === n - 1 ? '。' : '；'}`);
}

/** Text of article k (1-based) of an A/B regulation: paragraphs separated by blank lines. */
export function articleText(ctx: TextContext, k: number, total: number): string {
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

export function bodyAB(ctx: TextContext): string {
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

export function bodyC(ctx: TextContext): string {
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

export function yamlString(s: string): string {
  return /^[\w\u4e00-\u9fff（）〔〕]+$/u.test(s) && !/^\d/.test(s) ? s : JSON.stringify(s);
}

export function frontmatter(p: Plan, edition: 'current' | '2025'): string {
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
