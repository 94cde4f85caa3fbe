/**
 * Editions on disk: freezing the current edition into `content/editions/<year>/` (used by
 * `npm run edition:freeze`, src/authoring/freeze-cli.ts).
 */
import { listMarkdownFiles } from '../handbook/content-tree.ts';
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { editFrontmatter } from './frontmatter-edit.ts';
import { computeManifest, MANIFEST_FILE, serializeManifest, verifyEdition } from './manifest.ts';

/** Review statuses after an edition is closed: everything in force starts the next review as `reaffirmed`. */
export function openNextReview(source: string): { source: string; changed: boolean } {
  let changed = false;
  const out = editFrontmatter(source, (doc) => {
    const status = String(doc.get('status'));
    if (status !== 'abolished' && status !== 'reaffirmed') {
      doc.set('status', 'reaffirmed');
      changed = true;
    }
  });
  return { source: changed ? out : source, changed };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export interface FreezeOptions {
  /** Repository root (holds `content/`). */
  root: string;
  /** `YYYY-MM-DD`, recorded in the manifest. */
  today: string;
  dryRun?: boolean;
}

export type FreezeOutcome =
  | {
      kind: 'frozen';
      year: number;
      nextYear: number;
      files: number;
      regulations: number;
      reset: number;
      abolished: number;
    }
  | { kind: 'already-open'; year: number; previous: number }
  | { kind: 'refused'; reason: string };

interface EditionInfo {
  year: number;
  issuedOn?: string;
}

function readEditionInfo(text: string): EditionInfo | undefined {
  const value = parseDocument(text).toJSON() as { edition?: { year?: unknown; issuedOn?: unknown } } | null;
  const year = value?.edition?.year;
  if (typeof year !== 'number' || !Number.isInteger(year)) return undefined;
  const issued = value?.edition?.issuedOn;
  const issuedOn = issued instanceof Date ? issued.toISOString().slice(0, 10) : issued ? String(issued) : undefined;
  return issuedOn ? { year, issuedOn } : { year };
}

/**
 * The handbook.yml of a newly opened edition: the next year, not issued yet (no `issuedOn`,
 * no `docNumber`: both are filled in when the new edition is issued).
 */
export function openNextHandbook(text: string, nextYear: number): string {
  const doc = parseDocument(text);
  doc.setIn(['edition', 'year'], nextYear);
  doc.deleteIn(['edition', 'issuedOn']);
  doc.deleteIn(['edition', 'docNumber']);
  const edition = doc.get('edition', true) as { commentBefore?: string | null } | undefined;
  if (edition) edition.commentBefore = ` ${nextYear}年版编制中：印发后补填 issuedOn（印发日期）和 docNumber（文号）。`;
  doc.set(
    'description',
    `本汇编收录镇党委、镇政府现行机关内部管理制度。${nextYear}年度制度清理正在进行，印发时请更新本说明。`,
  );
  return doc.toString({ lineWidth: 0 });
}

/**
 * Closes the current edition: snapshot + manifest under `content/editions/<year>/`, then opens the
 * next year (handbook.yml, statuses). Idempotent: a second run finds the next edition open and
 * does nothing; never overwrites an existing snapshot.
 */
export async function freezeEdition(options: FreezeOptions): Promise<FreezeOutcome> {
  const contentDir = join(options.root, 'content');
  const handbookPath = join(contentDir, 'handbook.yml');
  let handbookText: string;
  try {
    handbookText = await readFile(handbookPath, 'utf8');
  } catch {
    return { kind: 'refused', reason: `找不到 ${handbookPath}，请在仓库根目录运行，或用 --root 指定仓库目录。` };
  }
  const info = readEditionInfo(handbookText);
  if (!info) return { kind: 'refused', reason: 'content/handbook.yml 中没有有效的 edition.year（版本年份）。' };
  const snapshotDir = join(contentDir, 'editions', String(info.year));
  const previousDir = join(contentDir, 'editions', String(info.year - 1));

  if (!info.issuedOn) {
    if (await exists(previousDir)) return { kind: 'already-open', year: info.year, previous: info.year - 1 };
    return {
      kind: 'refused',
      reason: `${info.year}年版尚未印发（content/handbook.yml 中没有 edition.issuedOn），不能冻结。印发后补填印发日期和文号再运行。`,
    };
  }
  if (await exists(snapshotDir)) {
    const problems = await verifyEdition(snapshotDir);
    return {
      kind: 'refused',
      reason:
        `content/editions/${info.year}/ 已存在，拒绝覆盖已冻结的版本` +
        (problems.length > 0 ? `（且其内容与 manifest.json 不一致：${problems.length} 处）` : '') +
        `。如确需重新冻结，请先由负责人核实后手动删除该目录。`,
    };
  }

  const regulationsDir = join(contentDir, 'regulations');
  const files = await listMarkdownFiles(regulationsDir);
  const reopened = new Map<string, string>();
  let abolished = 0;
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const next = openNextReview(source);
    if (next.changed) reopened.set(file, next.source);
    else if (/^status:\s*abolished\s*$/m.test(source)) abolished++;
  }
  const outcome: FreezeOutcome = {
    kind: 'frozen',
    year: info.year,
    nextYear: info.year + 1,
    files: files.length + 1,
    regulations: files.length,
    reset: reopened.size,
    abolished,
  };
  if (options.dryRun) return outcome;

  // Snapshot into a temporary folder first, so a failure never leaves a half-written edition.
  const staging = join(contentDir, 'editions', `.${info.year}.partial`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await cp(handbookPath, join(staging, 'handbook.yml'));
  await cp(regulationsDir, join(staging, 'regulations'), { recursive: true });
  const manifest = await computeManifest(staging, info.year, options.today);
  await writeFile(join(staging, MANIFEST_FILE), serializeManifest(manifest));
  await mkdir(dirname(snapshotDir), { recursive: true });
  await rename(staging, snapshotDir);

  for (const [file, source] of reopened) await writeFile(file, source);
  await writeFile(handbookPath, openNextHandbook(handbookText, info.year + 1));
  return outcome;
}

/** The Chinese report printed by `npm run edition:freeze`. */
export function describeFreeze(outcome: FreezeOutcome, dryRun = false): string {
  if (outcome.kind === 'refused') return `未执行冻结：${outcome.reason}`;
  if (outcome.kind === 'already-open')
    return `无需操作：${outcome.previous}年版已冻结在 content/editions/${outcome.previous}/，${outcome.year}年版正在编制中。`;
  const prefix = dryRun ? '（试运行，未写入任何文件）将要' : '已';
  const inForce = outcome.regulations - outcome.abolished;
  return [
    `${prefix}冻结${outcome.year}年版：复制 content/handbook.yml 和 ${outcome.regulations} 项制度到 content/editions/${outcome.year}/，` +
      `并写入 manifest.json（${outcome.files} 个文件的 SHA-256 校验值）。冻结后这些文件不得再修改。`,
    `${prefix}开启${outcome.nextYear}年版：content/handbook.yml 的 edition.year 改为 ${outcome.nextYear}，` +
      `印发日期（issuedOn）和文号（docNumber）待新版印发后补填。`,
    `${prefix}把 ${outcome.reset} 项制度的状态改为 reaffirmed（重申）；现行制度共 ${inForce} 项，` +
      `${outcome.abolished} 项已废止制度保持 abolished 作为记录。`,
  ].join('\n');
}
