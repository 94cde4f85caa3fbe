/**
 * Which texts a PDF of the handbook as at a date holds (`npm run pdf -- --date 2026-08-10`), chosen from the
 * periods the build wrote to the print manifest (as-at.ts): for each regulation the text whose period
 * `[from, until)` holds the date; regulations not yet made or already abolished that day are left out.
 * Refuses, with a message for people, a date after today, a date before the first text, and a date on which a
 * rule in force had a text whose words were never kept (made before the first edition): such a PDF would have holes.
 */
import { formatChineseDate } from '../handbook/chinese-date.ts';
import type { AsAtChapter, AsAtManifest, AsAtPeriod, AsAtRegulation } from './as-at.ts';
import type { PrintManifestEntry } from './documents.ts';
import { PdfError } from './errors.ts';
import { datedPdfFileName, WHOLE_KEY } from './names.ts';
import { cssString } from './page-css.ts';

/** What the renderer does to the as-at page before printing one dated document (as-at-page.ts). */
export interface AsAtPagePlan {
  /** Chapters in order, each with the anchors of the articles it keeps (in order). */
  chapters: { anchor: string; heading: string; articles: string[] }[];
  whole: boolean;
  title: string;
  coverEdition: string;
  coverChapter: string;
  /** `@page` rules: the default running header, then `zd-reg-<n>` for the n-th kept article. */
  headerCss: string;
}

/** A dated document: a print manifest entry plus the date and how to cut the page down to it. */
export interface DatedDocument extends PrintManifestEntry {
  date: string;
  plan: AsAtPagePlan;
}

/** The machine's local date, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `2026年8月10日施行的文本` */
export function asAtLabel(date: string): string {
  return `${formatChineseDate(date)}施行的文本`;
}

const holds = (period: AsAtPeriod, date: string) => period.from <= date && (!period.until || date < period.until);

/** The period of a regulation in force on `date` (undefined: not yet made, or abolished). */
export function periodOn(regulation: AsAtRegulation, date: string): AsAtPeriod | undefined {
  return regulation.periods.find((period) => holds(period, date));
}

/** First day any text whose words were kept took effect. */
export function firstKeptDate(manifest: AsAtManifest): string | undefined {
  const starts = manifest.regulations.flatMap((r) => r.periods.filter((p) => p.anchor).map((p) => p.from));
  return starts.sort()[0];
}

function refuseUnprintable(manifest: AsAtManifest, date: string, today: string): void {
  if (date > today) {
    throw new PdfError(
      `${formatChineseDate(date)}还没有到：只能印出今天（${formatChineseDate(today)}）及以前施行的文本。`,
    );
  }
  const first = firstKeptDate(manifest);
  if (!first || date < first) {
    throw new PdfError(
      first
        ? `${formatChineseDate(date)}早于汇编中最早的文本（${formatChineseDate(first)}起施行），没有当天施行的文本可以印出。`
        : '汇编中没有存档的文本，无法按日期印出。',
    );
  }
}

function refuseHoles(regulations: AsAtRegulation[], date: string, first: string): void {
  const holes = regulations.flatMap((regulation) => {
    const period = periodOn(regulation, date);
    return period && !period.anchor ? [period] : [];
  });
  if (holes.length === 0) return;
  const earliest = regulations
    .flatMap((regulation) => regulation.periods.filter((period) => !period.anchor))
    .map((period) => period.until ?? first)
    .reduce((a, b) => (a > b ? a : b), first);
  const names = holes.map((period) => `《${period.title}》`);
  throw new PdfError(
    `${formatChineseDate(date)}施行的制度中，有 ${holes.length} 项当天的文本在首次汇编前施行、没有存档` +
      `（${names.slice(0, 5).join('')}${names.length > 5 ? '等' : ''}），印不出当天的完整文本。` +
      `从${formatChineseDate(earliest)}起的文本都已存档，可以印出。`,
  );
}

interface Kept {
  chapter: AsAtChapter;
  items: { id: string; period: AsAtPeriod & { anchor: string } }[];
}

function headerCss(manifest: AsAtManifest, date: string, kept: Kept[]): string {
  const rules = [`@page { @top-center { content: ${cssString(`${manifest.handbookTitle}（${asAtLabel(date)}）`)}; } }`];
  let index = 0;
  for (const { chapter, items } of kept) {
    for (const { period } of items) {
      const header = `${chapter.title}\u3000${period.title}\u3000${asAtLabel(date)}`;
      rules.push(`@page zd-reg-${index++} { @top-center { content: ${cssString(header)}; } }`);
    }
  }
  return rules.join('\n');
}

function toDocument(manifest: AsAtManifest, date: string, kept: Kept[], chapter?: AsAtChapter): DatedDocument {
  const label = asAtLabel(date);
  const whole = chapter === undefined;
  const title = `${manifest.handbookTitle}（${label}）${chapter ? `　${chapter.title}` : ''}`;
  return {
    year: Number(date.slice(0, 4)),
    current: false,
    key: chapter?.key ?? WHOLE_KEY,
    title,
    fileName: datedPdfFileName(manifest.handbookTitle, date, chapter?.title),
    path: manifest.path,
    chapters: kept.map((c) => ({ key: c.chapter.key, heading: c.chapter.heading, anchor: c.chapter.anchor })),
    regulations: kept.flatMap((c) =>
      c.items.map((item) => ({
        id: item.id,
        title: item.period.title,
        anchor: item.period.anchor,
        chapter: c.chapter.key,
      })),
    ),
    date,
    plan: {
      chapters: kept.map((c) => ({
        anchor: c.chapter.anchor,
        heading: c.chapter.heading,
        articles: c.items.map((item) => item.period.anchor),
      })),
      whole,
      title,
      coverEdition: `（${label}）`,
      coverChapter: chapter ? chapter.heading : '全　本',
      headerCss: headerCss(manifest, date, kept),
    },
  };
}

/**
 * The dated documents for `date` (`YYYY-MM-DD`, already well-formed): each chapter with a rule in force that day,
 * then the whole handbook; `only` keeps some of them (chapter keys or `quanben`). Throws PdfError for a date that
 * cannot be printed (see the file comment), before anything is written.
 */
export function selectAsAt(
  manifest: AsAtManifest,
  date: string,
  options: { today: string; only?: readonly string[] | undefined },
): DatedDocument[] {
  refuseUnprintable(manifest, date, options.today);
  const wanted = options.only && options.only.length > 0 ? options.only : undefined;
  const inScope = (chapter: string) => !wanted || wanted.includes(WHOLE_KEY) || wanted.includes(chapter);
  refuseHoles(
    manifest.regulations.filter((regulation) => inScope(regulation.chapter)),
    date,
    firstKeptDate(manifest)!,
  );
  const kept: Kept[] = manifest.chapters
    .map((chapter) => ({
      chapter,
      items: manifest.regulations.flatMap((regulation) => {
        const period = regulation.chapter === chapter.key ? periodOn(regulation, date) : undefined;
        return period?.anchor ? [{ id: regulation.id, period: { ...period, anchor: period.anchor } }] : [];
      }),
    }))
    .filter((chapter) => chapter.items.length > 0);
  if (kept.length === 0) throw new PdfError(`${formatChineseDate(date)}没有施行的制度。`);
  const documents = [...kept.map((c) => toDocument(manifest, date, [c], c.chapter)), toDocument(manifest, date, kept)];
  if (!wanted) return documents;
  const unknown = wanted.filter((key) => !documents.some((doc) => doc.key === key));
  if (unknown.length > 0) {
    throw new PdfError(
      `${formatChineseDate(date)}这些章没有施行的制度，或者没有这些章：${unknown.join('、')}。` +
        `可选：${documents.map((doc) => doc.key).join('、')}。`,
    );
  }
  return documents.filter((doc) => wanted.includes(doc.key));
}
