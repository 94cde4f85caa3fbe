/**
 * Benchmark of `npm run check`: a generated corpus of 1,000 regulations (plus a 2025 edition of
 * the revised ones), checked whole and for a single changed file.
 *
 *   npx node scripts/bench/check.ts [--regulations 1000] [--runs 3]
 *
 * Uses scripts/bench/generate-corpus.ts when it exists (the engine's generator), else its own.
 * Targets: whole corpus < 3 s, single file well under 1 s.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatNumeral } from '../../src/engine/index.ts';
import { loadContentTree } from '../../src/handbook/index.ts';
import { runChecks, summarize } from '../../src/check/index.ts';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const COUNT = arg('regulations', 1000);
const RUNS = arg('runs', 3);
const CHAPTERS = ['kaoqin', 'caiwu', 'huiyi', 'gongwen', 'lianzheng', 'xuexi', 'zhiban', 'ganbu', 'jingji', 'shehui'];

async function put(root: string, path: string, text: string) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
}

function regulation(index: number, edition: 2025 | 2026): { path: string; text: string } {
  const chapter = CHAPTERS[index % CHAPTERS.length] as string;
  const status =
    edition === 2025 ? 'reaffirmed' : index % 10 === 3 ? 'revised' : index % 10 === 7 ? 'new' : 'reaffirmed';
  const enacted = status === 'new' ? '2026-01-15' : `20${String(12 + (index % 10)).padStart(2, '0')}-03-01`;
  const articles = 12 + (index % 25);
  const history = [
    `  - date: ${enacted}\n    action: enacted\n    docNumber: XX政办发〔${enacted.slice(0, 4)}〕${index + 1}号`,
  ];
  if (status === 'revised') {
    history.push(
      `  - date: 2026-03-12\n    action: revised\n    docNumber: XX政办发〔2026〕${index + 1}号\n    note: 调整第三条审批权限。`,
    );
  }
  const lines = [
    '---',
    `title: 第${formatNumeral(index + 1)}号管理制度`,
    `status: ${status}`,
    'department: 党政办',
    `docNumber: XX政办发〔${status === 'revised' ? 2026 : enacted.slice(0, 4)}〕${index + 1}号`,
    `effective: ${status === 'revised' || status === 'new' ? '2026-04-01' : enacted}`,
    'history:',
    ...history,
    '---',
    '',
    '## 第一章　总则',
    '',
  ];
  for (let n = 1; n <= articles; n++) {
    if (n === 6) lines.push('## 第二章　管理', '');
    const cited = (index * 7 + n) % COUNT;
    const citation =
      n % 4 === 0 && cited !== index && edition === 2026
        ? `依照《第${formatNumeral(cited + 1)}号管理制度》第${formatNumeral(1 + (n % 10))}条执行；`
        : '';
    const amount = edition === 2025 && n === 3 ? '三千元' : '五千元';
    const self = n % 3 === 0 ? `违反本制度第${formatNumeral(n - 1)}条规定的，依照有关规定处理；` : '';
    const basis = n === 1 ? '根据《中华人民共和国公务员法》，' : '';
    lines.push(
      `第${formatNumeral(n)}条　${basis}机关工作人员应当认真履行岗位职责，${self}${citation}单笔${amount}以下的支出由分管领导审批，超过的报镇长审批。`,
      '',
    );
    if (n % 5 === 0) lines.push('前款规定的事项，应当及时登记。', '', '（一）登记事由；', '', '（二）登记时间。', '');
  }
  return { path: `regulations/${chapter}/zhidu-${index + 1}.md`, text: `${lines.join('\n')}\n` };
}

async function ownGenerator(root: string) {
  const c = (path: string, text: string) => put(root, `content/${path}`, text);
  await c(
    'handbook.yml',
    'title: XX镇人民政府制度汇编\nissuer: XX镇人民政府\nedition:\n  year: 2026\n  issuedOn: 2026-03-20\n',
  );
  await c('departments.yml', '党政办:\n  slug: dangzhengban\n  name: 党政综合办公室\n');
  await c(
    'chapters.yml',
    CHAPTERS.map((key, order) => `${key}:\n  title: 第${order + 1}章\n  order: ${order + 1}\n`).join(''),
  );
  await c(
    'external.yml',
    '- title: 中华人民共和国公务员法\n  aliases: [公务员法]\n  issuer: 全国人民代表大会常务委员会\n',
  );
  await c(
    'editions/2025/handbook.yml',
    'title: XX镇人民政府制度汇编\nissuer: XX镇人民政府\nedition:\n  year: 2025\n  issuedOn: 2025-03-18\n',
  );
  const writes: Promise<void>[] = [];
  for (let index = 0; index < COUNT; index++) {
    const current = regulation(index, 2026);
    writes.push(c(current.path, current.text));
    if (index % 10 === 3) {
      const before = regulation(index, 2025);
      writes.push(c(`editions/2025/${before.path}`, before.text));
    }
  }
  await Promise.all(writes);
}

async function generate(root: string): Promise<string> {
  const external = join(import.meta.dirname, 'generate-corpus.ts');
  if (existsSync(external)) {
    const module = (await import(external)) as Record<string, unknown>;
    const fn = Object.values(module).find((value) => typeof value === 'function') as
      ((options: { root: string; count: number }) => unknown) | undefined;
    if (fn) {
      try {
        await fn({ root, count: COUNT });
        if (existsSync(join(root, 'content', 'regulations'))) return 'scripts/bench/generate-corpus.ts';
      } catch {
        /* fall back to our own */
      }
    }
  }
  await ownGenerator(root);
  return 'scripts/bench/check.ts (own generator)';
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const root = await mkdtemp(join(tmpdir(), 'zd-bench-'));
try {
  const source = await generate(root);
  const full: number[] = [];
  const single: number[] = [];
  let summary = '';
  let files = 0;
  for (let run = 0; run < RUNS; run++) {
    let t0 = performance.now();
    const tree = await loadContentTree(root);
    const findings = runChecks(tree, { today: '2026-11-25' });
    full.push(performance.now() - t0);
    files = tree.editions.reduce((sum, edition) => sum + edition.regulations.length, 0);
    const { errors, warnings } = summarize(findings);
    summary = `${errors} 个错误、${warnings} 个警告`;
    t0 = performance.now();
    const tree2 = await loadContentTree(root);
    runChecks(tree2, { today: '2026-11-25', only: new Set(['content/regulations/kaoqin/zhidu-11.md']) });
    single.push(performance.now() - t0);
  }
  console.log(`语料：${COUNT} 项制度（共 ${files} 个文件，含往年版本），生成器：${source}`);
  console.log(`检查结果：${summary}`);
  console.log(
    `整个语料：中位数 ${median(full).toFixed(0)} ms（${full.map((ms) => ms.toFixed(0)).join(' / ')}），目标 < 3000 ms`,
  );
  console.log(
    `单个文件：中位数 ${median(single).toFixed(0)} ms（${single.map((ms) => ms.toFixed(0)).join(' / ')}），目标远低于 1000 ms`,
  );
} finally {
  if (process.env['KEEP']) console.log(root);
  else await rm(root, { recursive: true, force: true });
}
