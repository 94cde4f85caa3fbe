/**
 * Edition consistency rules (ZD6xx) for the validator: pure functions over the content tree.
 *
 * - `checkEditionConsistency(tree, redirectsText)`: each edition against the one before it
 *   (current vs newest archive, 2025 vs 2024 …): statuses, disappearing regulations, redirects.
 * - `checkSnapshotIntegrity(tree, manifests)`: every archived file still matches its manifest.
 *   `readSnapshotInputs(tree)` reads manifests and handbook.yml (the only disk access, done before the rules).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentTree, EditionTree } from '../handbook/content-tree.ts';
import type { RegulationFile } from '../handbook/regulation-file.ts';
import { hashText, MANIFEST_FILE, type EditionManifest } from './manifest.ts';
import { editionRule, type EditionRuleCode } from './catalogue.ts';
import { parseRedirects, REDIRECTS_FILE, type Redirect } from './redirects.ts';
import { comparisonText, regulationText } from './units.ts';

/** Same shape as src/check/finding.ts `Finding` (code from the ZD6xx catalogue). */
export interface EditionFinding {
  code: EditionRuleCode;
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  message: string;
  hint: string;
}

function emit(
  code: EditionRuleCode,
  file: string,
  message: string,
  at: { line: number; column: number } = { line: 1, column: 1 },
  hint?: string,
): EditionFinding {
  const rule = editionRule(code);
  return { code, severity: rule.severity, file, line: at.line, column: at.column, message, hint: hint ?? rule.fix };
}

const positionOf = (file: RegulationFile, path: PropertyKey[]) => file.yaml?.positionOf(path) ?? { line: 1, column: 1 };

function editionLabel(edition: EditionTree): string {
  const year = edition.handbook.value?.edition.year;
  return year ? `${year}年版` : edition.key === 'current' ? '现行版本' : `${edition.key}年版`;
}

const textCache = new WeakMap<RegulationFile, string>();
function textOf(file: RegulationFile): string {
  let text = textCache.get(file);
  if (text === undefined) {
    text = comparisonText(regulationText(file.source, file.id, file.edition));
    textCache.set(file, text);
  }
  return text;
}

/** One edition against its predecessor. Files without valid frontmatter are left to other rules. */
export function checkEditionPair(
  current: EditionTree,
  previous: EditionTree,
  redirects: readonly Redirect[],
): EditionFinding[] {
  const out: EditionFinding[] = [];
  const prevIssued = previous.handbook.value?.edition.issuedOn;
  const prevLabel = editionLabel(previous);
  const currentById = new Map(current.regulations.map((file) => [file.id, file]));
  const previousById = new Map(previous.regulations.map((file) => [file.id, file]));
  const renamedTo = new Map(redirects.map((redirect) => [redirect.to, redirect.from]));
  const renamedFrom = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));

  for (const file of current.regulations) {
    const data = file.data;
    if (!data) continue;
    const formerId = previousById.has(file.id) ? file.id : renamedTo.get(file.id);
    const before = formerId ? previousById.get(formerId) : undefined;
    const status = data.status;
    const at = positionOf(file, ['status']);
    const sameText = before ? textOf(before) === textOf(file) : undefined;
    if (status === 'new') {
      if (before)
        out.push(
          emit('ZD610', file.filePath, `状态为 new（新建），但${prevLabel}中已有该制度（${before.filePath}）`, at),
        );
      continue;
    }
    if (status === 'reaffirmed' || status === 'revised') {
      if (!before) {
        out.push(
          emit(
            'ZD611',
            file.filePath,
            `状态为 ${status}（${status === 'revised' ? '修订' : '重申'}），但${prevLabel}中没有该制度`,
            at,
          ),
        );
        continue;
      }
      if (before.data?.status === 'abolished') {
        out.push(
          emit(
            'ZD611',
            file.filePath,
            `${prevLabel}中该制度已废止（${before.filePath}），废止的制度不能再重申或修订`,
            at,
            '恢复施行的应作为新制度另行制定（新文件名，status: new）。',
          ),
        );
        continue;
      }
      if (status === 'reaffirmed' && !sameText)
        out.push(
          emit('ZD612', file.filePath, `状态为 reaffirmed（重申），但正文与${prevLabel}（${before.filePath}）不同`, at),
        );
      if (status === 'revised') {
        if (sameText)
          out.push(
            emit('ZD613', file.filePath, `状态为 revised（修订），但正文与${prevLabel}（${before.filePath}）相同`, at),
          );
        const revisedAfter = data.history.some(
          (entry) => entry.action === 'revised' && (!prevIssued || entry.date > prevIssued),
        );
        if (!revisedAfter)
          out.push(
            emit(
              'ZD614',
              file.filePath,
              `状态为 revised（修订），但 history 中没有${prevIssued ? `${prevIssued}（${prevLabel}印发）之后的` : '本年度的'}修订记录`,
              positionOf(file, ['history']),
            ),
          );
      }
      continue;
    }
    // abolished
    if (!before) {
      out.push(emit('ZD615', file.filePath, `状态为 abolished（已废止），但${prevLabel}中没有该制度`, at));
      continue;
    }
    const last = data.history.at(-1);
    const alreadyAbolished = before.data?.status === 'abolished';
    if (!alreadyAbolished && last?.action === 'abolished' && prevIssued && last.date <= prevIssued) {
      out.push(
        emit(
          'ZD615',
          file.filePath,
          `废止日期 ${last.date} 不晚于${prevLabel}的印发日期（${prevIssued}），但${prevLabel}中该制度仍然有效`,
          positionOf(file, ['history', data.history.length - 1, 'date']),
        ),
      );
    }
    if (!sameText)
      out.push(
        emit('ZD616', file.filePath, `已废止制度的正文与${prevLabel}（${before.filePath}）不同`, {
          line: (file.frontmatter?.endLine ?? 0) + 1,
          column: 1,
        }),
      );
  }

  for (const file of previous.regulations) {
    if (currentById.has(file.id)) continue;
    const target = renamedFrom.get(file.id);
    if (target && currentById.has(target)) continue;
    if (target) continue; // reported as a redirect problem below
    out.push(
      emit(
        'ZD620',
        file.filePath,
        `${prevLabel}中的制度 ${file.id}（${file.data?.title ?? file.slug}）在现行版本中不存在（应为 content/regulations/${file.id}.md）`,
      ),
    );
  }
  return out;
}

/** Redirect entries: target must exist in the current edition, source must not. */
export function checkRedirects(
  current: EditionTree,
  redirectsText: string | undefined,
): { findings: EditionFinding[]; redirects: Redirect[] } {
  const { redirects, problems } = parseRedirects(redirectsText);
  const findings = problems.map((problem) => emit('ZD621', REDIRECTS_FILE, problem));
  const ids = new Set(current.regulations.map((file) => file.id));
  for (const redirect of redirects) {
    if (!ids.has(redirect.to))
      findings.push(
        emit('ZD621', REDIRECTS_FILE, `跳转目标 ${redirect.to} 在现行版本中不存在（来自 ${redirect.from}）`),
      );
    if (ids.has(redirect.from))
      findings.push(emit('ZD621', REDIRECTS_FILE, `${redirect.from} 仍然存在，不能再登记为跳转到 ${redirect.to}`));
  }
  return { findings, redirects };
}

/** All ZD62x/ZD61x findings: each edition against the one before it. */
export function checkEditionConsistency(tree: ContentTree, redirectsText?: string): EditionFinding[] {
  const [current, ...archived] = tree.editions;
  if (!current) return [];
  const { findings, redirects } = checkRedirects(current, redirectsText);
  const chain = [current, ...archived];
  for (let index = 0; index + 1 < chain.length; index++)
    findings.push(...checkEditionPair(chain[index]!, chain[index + 1]!, index === 0 ? redirects : []));
  return findings;
}

/** What the integrity rule needs from disk for one archived edition. */
export interface SnapshotInputs {
  /** Text of manifest.json (undefined when missing). */
  manifest: string | undefined;
  /** Text of the edition's handbook.yml (undefined when missing). */
  handbook: string | undefined;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Reads manifest.json and handbook.yml of every archived edition (before the pure rules run). */
export async function readSnapshotInputs(tree: ContentTree): Promise<Map<string, SnapshotInputs>> {
  const out = new Map<string, SnapshotInputs>();
  for (const edition of tree.editions.slice(1)) {
    out.set(edition.key, {
      manifest: await readText(join(edition.dir, MANIFEST_FILE)),
      handbook: await readText(join(edition.dir, 'handbook.yml')),
    });
  }
  return out;
}

function parseManifestText(text: string): EditionManifest | undefined {
  try {
    const value = JSON.parse(text) as EditionManifest;
    return value && value.algorithm === 'sha256' && typeof value.files === 'object' && value.files ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * ZD601–ZD603: each archived edition's handbook.yml and regulation files against its manifest
 * (files the loader read: handbook.yml and every regulations/**.md).
 */
export function checkSnapshotIntegrity(
  tree: ContentTree,
  inputs: ReadonlyMap<string, SnapshotInputs>,
): EditionFinding[] {
  const out: EditionFinding[] = [];
  for (const edition of tree.editions.slice(1)) {
    const folder = `content/editions/${edition.key}`;
    const text = inputs.get(edition.key)?.manifest;
    const manifest = text === undefined ? undefined : parseManifestText(text);
    if (!manifest) {
      out.push(
        emit(
          'ZD603',
          `${folder}/${MANIFEST_FILE}`,
          text === undefined
            ? `往年版本 ${edition.key} 没有 ${MANIFEST_FILE}`
            : `${MANIFEST_FILE} 不是有效的清单（应为 sha256 校验值列表）`,
        ),
      );
      continue;
    }
    const seen = new Set<string>();
    const check = (path: string, source: string | undefined, filePath: string) => {
      seen.add(path);
      const expected = manifest.files[path];
      if (expected === undefined)
        out.push(emit('ZD602', filePath, `${filePath} 不在冻结清单 ${folder}/${MANIFEST_FILE} 中（冻结后新增的文件）`));
      else if (source !== undefined && hashText(source) !== expected)
        out.push(emit('ZD601', filePath, `${filePath} 与冻结时的校验值不一致，往年版本的文件不得修改`));
    };
    for (const file of edition.regulations)
      check(`regulations/${relativeInRegulations(file)}`, file.source, file.filePath);
    const handbook = inputs.get(edition.key)?.handbook;
    if (handbook !== undefined) check('handbook.yml', handbook, edition.handbook.filePath);
    for (const path of Object.keys(manifest.files)) {
      if (seen.has(path) || !(path === 'handbook.yml' || path.startsWith('regulations/'))) continue;
      out.push(emit('ZD602', `${folder}/${path}`, `冻结清单中的文件 ${folder}/${path} 已被删除`));
    }
  }
  return out;
}

function relativeInRegulations(file: RegulationFile): string {
  const marker = '/regulations/';
  const index = file.filePath.lastIndexOf(marker);
  return index >= 0 ? file.filePath.slice(index + marker.length) : `${file.id}.md`;
}
