/**
 * ZD630–ZD634: every text a regulation had since the first edition stays readable and unchanged.
 * A revision or abolition recorded since the first frozen edition must have the text it replaced
 * (kept under content/versions/, or frozen in an edition), and kept texts match their manifests.
 */
import { CURRENT_EDITION, type ContentTree } from '../../handbook/content-tree.ts';
import { hashText } from '../../editions/manifest.ts';
import { KEPT_MANIFEST, keptFileName, parseKeptManifest, type KeptFolder } from '../../editions/kept-text.ts';
import { entryKey, madeByOf, type Timeline } from '../../editions/text-timeline.ts';
import { timelinesOf } from '../../editions/timelines.ts';
import type { Redirect } from '../../editions/redirects.ts';
import type { HistoryEntry } from '../../schema/index.ts';
import { positionIn } from '../context.ts';
import { finding, type Finding } from '../finding.ts';

const ACTION_LABEL = { revised: '修订', abolished: '废止' } as const;

/** Entries that must have the text they replaced: recorded since the first (oldest) frozen edition. */
function entriesNeedingText(tree: ContentTree, ids: readonly string[], history: readonly HistoryEntry[]): Set<string> {
  const first = tree.editions.at(-1);
  if (!first || first.key === CURRENT_EDITION) return new Set();
  const before = first.regulations.find((file) => ids.includes(file.id))?.data?.history ?? [];
  const earlier = new Set(before.map(entryKey));
  return new Set(
    history
      .filter((entry) => (entry.action === 'revised' || entry.action === 'abolished') && !earlier.has(entryKey(entry)))
      .map(entryKey),
  );
}

function checkReplacedTexts(
  tree: ContentTree,
  timelines: ReadonlyMap<string, Timeline>,
  redirects: readonly Redirect[],
): Finding[] {
  const out: Finding[] = [];
  const current = tree.editions.find((edition) => edition.key === CURRENT_EDITION);
  for (const file of current?.regulations ?? []) {
    const timeline = timelines.get(file.id);
    if (!file.data || !timeline) continue;
    const formerIds = redirects.filter((redirect) => redirect.to === file.id).map((redirect) => redirect.from);
    const needed = entriesNeedingText(tree, [file.id, ...formerIds], file.data.history);
    for (const text of timeline.texts) {
      const ended = text.endedBy;
      if (!ended || !needed.has(entryKey(ended)) || (text.stored && text.stored.origin.kind !== 'current')) continue;
      const index = file.data.history.findIndex((entry) => entryKey(entry) === entryKey(ended));
      const action = ACTION_LABEL[ended.action as keyof typeof ACTION_LABEL];
      out.push(
        finding('ZD630', {
          file: file.filePath,
          ...positionIn(file, ['history', index, 'date']),
          message: `${ended.date} 的${action}记录替换了 ${text.madeBy.date} ${text.madeBy.action === 'enacted' ? '制定' : '修订'}的文本，但该文本没有保存（content/versions/${file.id}/ 下和往年版本中都没有）`,
        }),
      );
    }
  }
  return out;
}

function checkFolder(folder: KeptFolder, timeline: Timeline | undefined): Finding[] {
  const out: Finding[] = [];
  const manifestPath = `${folder.folder}/${KEPT_MANIFEST}`;
  const manifest = folder.manifestText === undefined ? undefined : parseKeptManifest(folder.manifestText);
  if (!manifest) {
    out.push(
      finding('ZD633', {
        file: manifestPath,
        message:
          folder.manifestText === undefined
            ? `${folder.folder}/ 没有 ${KEPT_MANIFEST}`
            : `${manifestPath} 不是有效的清单（应为 regulation、algorithm: sha256 和各文件的校验值）`,
      }),
    );
  }
  const present = new Set(folder.texts.map((text) => text.name));
  for (const text of folder.texts) {
    const expected = manifest?.files[text.name];
    if (manifest && expected === undefined)
      out.push(
        finding('ZD632', {
          file: text.filePath,
          message: `${text.filePath} 不在清单 ${manifestPath} 中（手工添加的文件）`,
        }),
      );
    else if (expected !== undefined && hashText(text.source) !== expected)
      out.push(
        finding('ZD631', {
          file: text.filePath,
          message: `${text.filePath} 与保存时的校验值不一致，保存的文本不得修改`,
        }),
      );
    out.push(...checkBelongs(text, timeline));
  }
  for (const name of Object.keys(manifest?.files ?? {})) {
    if (!present.has(name))
      out.push(
        finding('ZD632', {
          file: `${folder.folder}/${name}`,
          message: `清单中的文件 ${folder.folder}/${name} 已被删除`,
        }),
      );
  }
  return out;
}

function checkBelongs(text: KeptFolder['texts'][number], timeline: Timeline | undefined): Finding[] {
  const problem = (message: string) => [finding('ZD634', { file: text.filePath, message })];
  if (!timeline) return problem(`现行版本中没有 ${text.regulationId}，保存的文本 ${text.filePath} 不属于任何制度`);
  if (!text.fields) return problem(`无法读取 ${text.filePath} 的文件头（title、effective、history）`);
  if (text.name !== keptFileName(text.fields.effective))
    return problem(`${text.filePath} 的文件名应为施行日期 ${keptFileName(text.fields.effective)}`);
  const maker = madeByOf(text.fields.history);
  if (!maker || !timeline.texts.some((candidate) => entryKey(candidate.madeBy) === entryKey(maker)))
    return problem(`${text.filePath} 的最后一条制定或修订记录不在《${timeline.title}》的修订历史中`);
  return [];
}

/** Runs ZD630–ZD634 over the content tree and the kept texts read from content/versions/. */
export function checkKeptTexts(
  tree: ContentTree,
  kept: readonly KeptFolder[],
  redirects: readonly Redirect[] = [],
): Finding[] {
  const timelines = timelinesOf(tree, kept, redirects);
  return [
    ...checkReplacedTexts(tree, timelines, redirects),
    ...kept.flatMap((folder) => checkFolder(folder, timelines.get(folder.regulationId))),
  ];
}
