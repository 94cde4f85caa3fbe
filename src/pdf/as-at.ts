/**
 * The handbook as at a date, for print (`npm run pdf -- --date 2026-08-10`).
 *
 * A static site cannot build a print page for every day, and the set of rules changes on every revision. So the build
 * makes ONE as-at print page (`print/as-at/`) that holds every text ever in force whose words were kept (current
 * texts, edition snapshots, kept texts), each as its own article with its own anchor, and writes the periods of
 * every text to the print manifest. At PDF time the renderer picks, from those periods, the texts in force on the
 * date asked for (as-at-select.ts) and removes every other article from the loaded page before printing
 * (as-at-page.ts): the same page, stylesheet, fonts, Chromium and cache as the edition PDFs.
 */
import { formatCaption } from '../handbook/caption.ts';
import { formatChapterHeading } from '../handbook/chapter-heading.ts';
import type { ChapterEntry, HandbookModel } from '../handbook/model.ts';
import type { RegulationText, Timeline } from '../editions/text-timeline.ts';
import { PRINT_DIR } from './names.ts';

/** Site path of the as-at print page (years are digits, so this cannot clash with `print/<year>/`). */
export const AS_AT_PRINT_PATH = `${PRINT_DIR}as-at/`;

/** One text of a regulation in the as-at manifest: its period `[from, until)` and where it prints. */
export interface AsAtPeriod {
  /** First day in force (the decision date when the words were not kept). */
  from: string;
  /** First day no longer in force (absent: still in force). */
  until?: string;
  title: string;
  /** Anchor of its article on the as-at page (absent: its words were not kept, so it cannot be printed). */
  anchor?: string;
}

export interface AsAtRegulation {
  /** `<chapter>/<slug>`. */
  id: string;
  chapter: string;
  periods: AsAtPeriod[];
}

export interface AsAtChapter {
  key: string;
  title: string;
  /** 第四类　考勤与请销假 */
  heading: string;
  anchor: string;
}

/** What the renderer needs to print the handbook as at any date (part of dist/print/manifest.json). */
export interface AsAtManifest {
  path: string;
  handbookTitle: string;
  chapters: AsAtChapter[];
  /** In print order: chapter by chapter, by title inside a chapter. */
  regulations: AsAtRegulation[];
}

/** A text as it appears on the as-at print page. */
export interface AsAtArticle {
  anchor: string;
  title: string;
  /** 题注 of that text (its own history, as it stood). */
  caption: string;
  docNumber: string | undefined;
  chapter: string;
  text: RegulationText;
}

export interface AsAtSection {
  chapter: AsAtChapter;
  articles: AsAtArticle[];
}

const printable = (text: RegulationText) => text.from !== undefined && text.stored !== undefined;

/**
 * Anchor of a text's article. The current text keeps the anchor it has in the edition print pages, so its print
 * HTML is rendered once per build (BodyHtml's cache); earlier texts add the day they took effect.
 */
export function asAtAnchor(text: RegulationText): string {
  const base = `zd-reg-${text.regulationId.replace('/', '-')}`;
  return text.isCurrent ? base : `${base}--${text.from}`;
}

function chapterOf(chapter: ChapterEntry): AsAtChapter {
  return {
    key: chapter.key,
    title: chapter.title,
    heading: formatChapterHeading(chapter),
    anchor: `zd-chapter-${chapter.key}`,
  };
}

/** Timelines of a chapter in print order (by current title, in Chinese collation, as the edition PDFs). */
function chapterTimelines(timelines: Iterable<Timeline>, chapterKey: string): Timeline[] {
  return [...timelines]
    .filter((timeline) => timeline.regulationId.startsWith(`${chapterKey}/`))
    .sort((a, b) => a.title.localeCompare(b.title, 'zh-Hans-CN'));
}

/** Every printable text, chapter by chapter (chapters with no text at all are left out). */
export function listAsAtSections(model: HandbookModel, timelines: ReadonlyMap<string, Timeline>): AsAtSection[] {
  return model.chapters
    .map((entry) => {
      const chapter = chapterOf(entry);
      const articles = chapterTimelines(timelines.values(), entry.key).flatMap((timeline) =>
        timeline.texts.filter(printable).map((text) => ({
          anchor: asAtAnchor(text),
          title: text.stored!.fields.title,
          caption: formatCaption(text.stored!.fields.history),
          docNumber: text.stored!.fields.docNumber,
          chapter: entry.key,
          text,
        })),
      );
      return { chapter, articles };
    })
    .filter((section) => section.articles.length > 0);
}

/** The periods of every regulation, for the renderer to choose the texts of a date. */
export function asAtManifest(model: HandbookModel, timelines: ReadonlyMap<string, Timeline>): AsAtManifest {
  const chapters = model.chapters.map(chapterOf);
  const regulations = model.chapters.flatMap((chapter) =>
    chapterTimelines(timelines.values(), chapter.key).map((timeline) => ({
      id: timeline.regulationId,
      chapter: chapter.key,
      periods: timeline.texts.map((text): AsAtPeriod => {
        const title = text.stored?.fields.title ?? timeline.title;
        return {
          from: text.from ?? text.madeBy.date,
          ...(text.until ? { until: text.until } : {}),
          title,
          ...(printable(text) ? { anchor: asAtAnchor(text) } : {}),
        };
      }),
    })),
  );
  return { path: AS_AT_PRINT_PATH, handbookTitle: model.current.handbook.title, chapters, regulations };
}
