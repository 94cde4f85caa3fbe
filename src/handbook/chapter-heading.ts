import { formatNumeral } from '../engine/index.ts';
import type { ChapterEntry } from './model.ts';

/** How a chapter is named in the compendium's contents: `第四类　考勤与请销假`. */
export function formatChapterHeading(chapter: Pick<ChapterEntry, 'order' | 'title'>): string {
  return `第${formatNumeral(chapter.order)}类\u3000${chapter.title}`;
}
