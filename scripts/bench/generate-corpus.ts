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
import { Rng } from './lib/corpus-random.ts';
import type { Status } from './lib/corpus-banks.ts';
import { OFFICES, TOPICS } from './lib/corpus-banks.ts';
import type { Plan } from './lib/corpus-plan.ts';
import { plan } from './lib/corpus-plan.ts';
import type { TextContext } from './lib/corpus-text.ts';
import { bodyAB, bodyC, frontmatter } from './lib/corpus-text.ts';

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
