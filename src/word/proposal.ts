/**
 * Proposes what a Word file cannot say about itself — department, chapter, status, file name — from the
 * handbook's own data: the 文号 prefixes and departments of the regulations already in it, the
 * departments named in the text, and the chapter whose regulations' titles and keywords are closest.
 */
import { pinyin } from 'pinyin-pro';
import type { Workspace } from '../authoring/workspace.ts';
import { parseDocNumber } from '../engine/index.ts';
import type { RegulationStatus } from '../schema/index.ts';
import type { RecognisedRegulation } from './recognise.ts';

export interface Proposal<T> {
  value: T | undefined;
  /** Why (Chinese), for the review table. */
  reason: string;
}

function departmentNames(workspace: Workspace): Array<{ key: string; names: string[] }> {
  return Object.entries(workspace.tree.departments.value ?? {}).map(([key, department]) => {
    const parts = department.name
      .split(/[（）()]/)
      .map((part) => part.trim())
      .filter((part) => part.length >= 2);
    return { key, names: [...new Set([key, department.name, ...parts])] };
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function departmentIn(text: string, workspace: Workspace): string | undefined {
  const found = departmentNames(workspace)
    .map(({ key, names }) => ({ key, at: Math.max(...names.map((name) => (text.includes(name) ? name.length : 0))) }))
    .filter((entry) => entry.at > 0)
    .sort((a, b) => b.at - a.at);
  return found[0]?.key;
}

/** 责任部门: the one that 负责解释, else the one that issues this 文号 prefix, else the one named most. */
export function proposeDepartment(recognised: RecognisedRegulation, workspace: Workspace): Proposal<string> {
  for (const match of recognised.plainText.matchAll(/由(.{2,20}?)负责(?:解释|组织实施)/g)) {
    const key = departmentIn(match[1] as string, workspace);
    if (key) return { value: key, reason: `正文“${match[0]}”` };
  }
  const prefix = recognised.docNumber ? parseDocNumber(recognised.docNumber)?.prefix : undefined;
  if (prefix) {
    const counts = new Map<string, number>();
    for (const ref of workspace.regulations) {
      const numbers = [ref.fields.docNumber, ...(ref.fields.history ?? []).map((entry) => entry.docNumber)];
      if (!ref.fields.department || !numbers.some((n) => n && parseDocNumber(n)?.prefix === prefix)) continue;
      counts.set(ref.fields.department, (counts.get(ref.fields.department) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) return { value: best[0], reason: `文号“${prefix}”的制度多由${best[0]}负责（${best[1]}项）` };
  }
  const counts = departmentNames(workspace)
    .map(({ key, names }) => {
      const found = names.map((name) => ({
        name,
        count: recognised.plainText.match(new RegExp(escapeRegExp(name), 'g'))?.length ?? 0,
      }));
      const named = found.filter((entry) => entry.count > 0).map((entry) => `“${entry.name}”`);
      return { key, named, count: found.reduce((sum, entry) => sum + entry.count, 0) };
    })
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  const top = counts[0];
  if (top) return { value: top.key, reason: `正文提到${top.named.join('、')}${top.count}次` };
  return { value: undefined, reason: '正文和文号都看不出责任部门，请用 --department 指定' };
}

const bigrams = (text: string): string[] => {
  const han = text.replace(/[^\p{Script=Han}]/gu, '');
  return Array.from({ length: Math.max(0, han.length - 1) }, (_, index) => han.slice(index, index + 2));
};
/** Words that say what kind of document it is, not what it is about. */
const GENERIC = new Set([
  '管理',
  '制度',
  '办法',
  '规定',
  '实施',
  '细则',
  '规则',
  '机关',
  '工作',
  '人员',
  '镇机',
  '有关',
]);

/** 所属章: the chapter whose title, description and regulations' names and keywords share most with this title. */
export function proposeChapter(recognised: RecognisedRegulation, workspace: Workspace): Proposal<string> {
  const chapters = Object.entries(workspace.tree.chapters.value ?? {});
  const bags = new Map<string, Set<string>>();
  const titles = new Map<string, Set<string>>();
  for (const [key, chapter] of chapters) {
    titles.set(key, new Set(bigrams(chapter.title)));
    const texts = [chapter.title, chapter.description ?? ''];
    for (const ref of workspace.regulations) {
      if (ref.file.chapter !== key) continue;
      texts.push(...ref.names, ...(ref.fields.keywords ?? []));
    }
    bags.set(key, new Set(texts.flatMap(bigrams)));
  }
  const documentFrequency = (gram: string) => [...bags.values()].filter((bag) => bag.has(gram)).length;
  const topic = recognised.title.replace(KIND_SUFFIX, '');
  const grams = [...new Set(bigrams(topic))].filter((gram) => !GENERIC.has(gram));
  const scored = chapters
    .map(([key, chapter]) => {
      const bag = bags.get(key) as Set<string>;
      const shared = grams.filter((gram) => bag.has(gram));
      // A word of the chapter's own name counts double: 会议室 belongs to 会议 more than to 议事决策.
      const weight = (gram: string) => (titles.get(key)?.has(gram) ? 2 : 1);
      const score = shared.reduce(
        (sum, gram) => sum + weight(gram) * Math.log((chapters.length + 1) / documentFrequency(gram)),
        0,
      );
      return { key, title: chapter.title, shared, score };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score === 0) return { value: undefined, reason: '无法从标题判断所属章，请用 --chapter 指定' };
  const close = second && second.score > best.score * 0.8 ? `；也可能是 ${second.key}（${second.title}）` : '';
  return { value: best.key, reason: `标题与“${best.title}”一章共有“${best.shared.join('、')}”${close}` };
}

/** 状态: 新建 when enacted this edition year, 修订 when revised this year, otherwise 重申. */
export function proposeStatus(
  recognised: RecognisedRegulation,
  editionYear: number | undefined,
): Proposal<RegulationStatus> {
  const last = recognised.history.at(-1);
  if (!last || editionYear === undefined) return { value: undefined, reason: '没有题注，无法判断，请用 --status 指定' };
  const year = Number(last.date.slice(0, 4));
  if (last.action === 'abolished') return { value: 'abolished', reason: `题注：${last.date} 废止` };
  if (year === editionYear && last.action === 'enacted') return { value: 'new', reason: `${editionYear}年制定` };
  if (year === editionYear && last.action === 'revised') return { value: 'revised', reason: `${editionYear}年修订` };
  return { value: 'reaffirmed', reason: `${year}年的制度，本年度重申` };
}

/**
 * A regulation from an earlier year can be 重申 or 修订 only if the previous edition has it (ZD611);
 * the warning says so before anything is written, with the way out.
 */
export function previousEditionWarning(
  title: string,
  status: RegulationStatus | undefined,
  workspace: Workspace,
): string | undefined {
  const previous = workspace.tree.editions[1];
  if (!previous || (status !== 'reaffirmed' && status !== 'revised')) return undefined;
  const titles = previous.regulations.map((file) => (file.yaml?.value as { title?: unknown } | undefined)?.title);
  if (titles.includes(title)) return undefined;
  const label = previous.handbook.value?.edition.year ?? previous.key;
  return `${label}年版汇编中没有这项制度，按年度清理规则不能作为“重申”或“修订”收入（npm run check 会报 ZD611）：如果是本年度重新审议通过的，请在题注中写本年度的日期并用 --status new；如果是改了名称的旧制度，请在 content/redirects.yml 中登记旧网址`;
}

const KIND_SUFFIX = /(?:实施细则|细则|管理办法|办法|规定|规则|制度|规程|守则|暂行)+$/;
const MAX_WORDS = 4;
const FUNCTION_WORDS = new Set(['和', '与', '及', '的', '暨', '等']);

/** ASCII file name from the title in pinyin, word by word (机关值班制度 → jiguan-zhiban). */
export function proposeSlug(title: string, town: string, taken: ReadonlySet<string>): string {
  const core = title.replace(new RegExp(`^${escapeRegExp(town)}`), '').replace(KIND_SUFFIX, '') || title;
  const words: string[] = [];
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(core)) {
    const han = segment.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
    if (!han || FUNCTION_WORDS.has(han)) continue;
    if (han.length === 1 && words.length > 0) words[words.length - 1] += han;
    else words.push(han);
  }
  const ascii = words
    .slice(0, MAX_WORDS)
    .map((word) =>
      pinyin(word, { toneType: 'none', type: 'array', v: true })
        .join('')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    )
    .filter((word) => word !== '');
  const base = ascii.join('-') || 'zhidu';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** The town's name as titles prefix it (XX镇人民政府 → XX镇). */
export function townName(issuer: string | undefined): string {
  return /^(.+?[镇乡街道])/.exec(issuer ?? '')?.[1] ?? '';
}
