import type { Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildHandbookCorpus } from '../../src/handbook/corpus.ts';
import { loadContentTree } from '../../src/handbook/content-tree.ts';
import { toHandbookModel } from '../../src/handbook/to-handbook-model.ts';
import { editionChanges, editionSwitch } from '../../src/editions/site.ts';
import rehypeArticleChanges from '../../src/editions/rehype-article-changes.ts';
import { buildChangesFeed } from '../../src/editions/feed.ts';

const root = new URL('../..', import.meta.url).pathname;
const model = toHandbookModel(await loadContentTree(root));

describe('the handbook corpus', () => {
  it('archived citations resolve within their own edition', () => {
    const corpus = buildHandbookCorpus(model);
    let checked = 0;
    for (const parsed of corpus.regulations('2025')) {
      for (const resolved of corpus.citations(parsed.input.id, '2025')) {
        if (resolved.target.kind !== 'regulation') continue;
        expect(resolved.target.edition, `${parsed.input.id}: ${resolved.citation.text}`).toBe('2025');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('2025 snapshot holds every regulation in force or recorded in 2025, and no 2026-new one', () => {
    const archived = model.archived.find((edition) => edition.key === '2025')!;
    const ids = new Set(archived.regulations.map((r) => r.id));
    for (const regulation of model.current.regulations) {
      const enacted = regulation.data.history[0]!.date;
      expect(ids.has(regulation.id), regulation.id).toBe(enacted < '2026-01-01');
    }
  });

  it('lists the changes of 2026 with comparisons for every revised regulation', () => {
    const changes = editionChanges(model, model.current);
    const revised = model.current.regulations.filter((r) => r.data.status === 'revised');
    expect(changes.revised).toHaveLength(revised.length);
    for (const entry of changes.revised) {
      expect(entry.comparison.textChanged, entry.regulation.id).toBe(true);
      expect(entry.comparison.changedAnchors.length, entry.regulation.id).toBeGreaterThan(0);
      expect(entry.entry?.note).toBeTruthy();
    }
    expect(changes.new.length + changes.revised.length + changes.reaffirmed.length + changes.abolished.length).toBe(
      model.current.regulations.filter(
        (r) => !(r.data.status === 'abolished' && r.data.history.at(-1)!.date < '2025-03-18'),
      ).length,
    );
    const feed = buildChangesFeed(model, { base: 'https://example.org/', currentKey: 'current' });
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed).toContain('https://example.org/compare/kaoqin/qingxiaojia/');
  });

  it('switches to the same regulation in another edition, or to its home', () => {
    expect(editionSwitch(model, 'current', 'kaoqin/qingxiaojia').map((e) => e.path)).toEqual([
      'kaoqin/qingxiaojia/',
      '2025/kaoqin/qingxiaojia/',
    ]);
    const fresh = model.current.regulations.find((r) => r.data.status === 'new')!;
    expect(editionSwitch(model, 'current', fresh.id)[1]).toMatchObject({ path: '2025/', fallback: true });
  });
});

describe('rehype-article-changes', () => {
  const article = (id: string, text: string) => ({
    type: 'element' as const,
    tagName: 'p',
    properties: { id, className: ['zd-article'] },
    children: [{ type: 'text' as const, value: text }],
  });
  it('marks the changed articles of a current revised regulation', async () => {
    const tree: Root = { type: 'root', children: [article('第一条', '第一条　……'), article('第七条', '第七条　……')] };
    const transform = rehypeArticleChanges({
      root: '/repo',
      base: '/zhidu/',
      changesFor: async (id) => (id === 'kaoqin/qingxiaojia' ? { anchors: ['第七条'], year: 2026 } : undefined),
    });
    await transform(tree, new VFile({ path: '/repo/content/regulations/kaoqin/qingxiaojia.md' }));
    const [first, seventh] = tree.children as ReturnType<typeof article>[];
    expect(first!.children).toHaveLength(1);
    expect(seventh!.children.at(-1)).toMatchObject({
      tagName: 'a',
      properties: {
        className: ['zd-article-change'],
        href: `/zhidu/compare/kaoqin/qingxiaojia/#${encodeURIComponent('第七条')}`,
      },
      children: [{ type: 'text', value: '本条于2026年修订' }],
    });
  });
  it('leaves archived pages alone', async () => {
    const tree: Root = { type: 'root', children: [article('第七条', '第七条　……')] };
    const transform = rehypeArticleChanges({
      root: '/repo',
      changesFor: async () => ({ anchors: ['第七条'], year: 2026 }),
    });
    await transform(tree, new VFile({ path: '/repo/content/editions/2025/regulations/kaoqin/qingxiaojia.md' }));
    expect((tree.children[0] as ReturnType<typeof article>).children).toHaveLength(1);
  });
});
