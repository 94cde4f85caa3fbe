import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { groupByChapter, loadContentTree, toHandbookModel, type HandbookModel } from '../../src/handbook/index.ts';
import { buildSidebar, GROUP_LINK_LIMIT, locate, visibleWindow } from '../../src/site/sidebar.ts';
import { chapterPath, regulationPath } from '../../src/site/urls.ts';

type Entry = ReturnType<typeof buildSidebar>[number];
const links = (entries: readonly Entry[]): Extract<Entry, { type: 'link' }>[] =>
  entries.flatMap((entry) => (entry.type === 'link' ? [entry] : links(entry.entries)));

async function modelOf(count: number): Promise<{ model: HandbookModel; root: string }> {
  const root = await mkdtemp(join(tmpdir(), `zd-sidebar-${count}-`));
  generateCorpus({ count, outDir: root, previousEdition: false });
  return { model: toHandbookModel(await loadContentTree(root)), root };
}

describe('visibleWindow', () => {
  const items = Array.from({ length: 100 }, (_, index) => index);
  it('keeps a short list whole', () => {
    expect(visibleWindow([1, 2, 3], 1, 5)).toEqual([1, 2, 3]);
  });
  it('centres a long list on the current item, and stays inside the list at both ends', () => {
    expect(visibleWindow(items, 50, 10)).toEqual([45, 46, 47, 48, 49, 50, 51, 52, 53, 54]);
    expect(visibleWindow(items, 2, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(visibleWindow(items, 99, 10)).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99]);
  });
  it('starts at the top when the page is not in the list', () => {
    expect(visibleWindow(items, -1, 3)).toEqual([0, 1, 2]);
  });
});

describe('sidebar of a large handbook', { timeout: 60_000 }, () => {
  let small: { model: HandbookModel; root: string };
  let large: { model: HandbookModel; root: string };
  beforeAll(async () => {
    [small, large] = await Promise.all([modelOf(60), modelOf(500)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([small, large].map((m) => m && rm(m.root, { recursive: true, force: true })));
  });

  const biggestChapter = (model: HandbookModel) =>
    groupByChapter(model.current, model.chapters).sort((a, b) => b.regulations.length - a.regulations.length)[0]!;

  it('lists a long chapter only around the reader, marks the page, and links to the chapter page for the rest', () => {
    const { chapter, regulations } = biggestChapter(large.model);
    expect(regulations.length).toBeGreaterThan(GROUP_LINK_LIMIT);
    const here = regulations[Math.floor(regulations.length / 2)]!;
    const path = regulationPath(here.id);
    const shown = links(buildSidebar(large.model, locate(path, large.model), '/'));
    const regulationLinks = shown.filter((entry) => regulations.some((r) => entry.href === `/${regulationPath(r.id)}`));
    expect(regulationLinks).toHaveLength(GROUP_LINK_LIMIT);
    expect(shown.filter((entry) => entry.isCurrent).map((entry) => entry.href)).toEqual([`/${path}`]);
    const rest = shown.find((entry) => entry.label === `本章全部 ${regulations.length} 项制度`);
    expect(rest?.href).toBe(`/${chapterPath(chapter.key)}`);
  });

  it('lists a short chapter whole, without a link to the rest', () => {
    const { regulations } = biggestChapter(small.model);
    expect(regulations.length).toBeLessThanOrEqual(GROUP_LINK_LIMIT);
    const path = regulationPath(regulations[0]!.id);
    const shown = links(buildSidebar(small.model, locate(path, small.model), '/'));
    for (const regulation of regulations)
      expect(shown.map((e) => e.href)).toContain(`/${regulationPath(regulation.id)}`);
    expect(shown.some((entry) => entry.label.startsWith('本章全部'))).toBe(false);
  });

  it('does not grow with the corpus: at most the limit per group, whatever the size', () => {
    const sizeOf = ({ model }: { model: HandbookModel }) => {
      const { regulations } = biggestChapter(model);
      const path = regulationPath(regulations.at(-1)!.id);
      return links(buildSidebar(model, locate(path, model), '/')).length;
    };
    const chapters = large.model.chapters.length;
    // home, departments, statuses, chapters, one chapter's window and its two links, abolished window and its link
    const bound = 3 + chapters + GROUP_LINK_LIMIT + 2 + GROUP_LINK_LIMIT + 1;
    expect(sizeOf(large)).toBeLessThanOrEqual(bound);
    expect(sizeOf(small)).toBeLessThanOrEqual(bound);
  });
});
