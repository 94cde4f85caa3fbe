/**
 * Word → Markdown → check → Word → Markdown: the office's files come in, pass `npm run check`, go out as
 * 公文 drafts, and read back the same (titles, articles, items, attachments, history).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegulation, type RegulationTree } from '../../src/engine/index.ts';
import { toHandbookModel } from '../../src/handbook/to-handbook-model.ts';
import { loadContentTree } from '../../src/handbook/index.ts';
import { exportRegulation } from '../../src/word/export-document.ts';
import { recogniseRegulation } from '../../src/word/recognise.ts';
import { readWordBlocks } from '../../src/word/word-blocks.ts';
import { openWordPackage } from '../../src/word/word-package.ts';
import { attachmentsDocx, captionDocx, listNumberedDocx, tableDocx } from './fixtures.ts';
import { runImport, tempRepository, wordFolder } from './helpers.ts';

const EXPECTED = {
  '值班制度.docx': { title: '机关值班和领导带班制度', articles: 6, items: 5, attachments: 0, history: 2 },
  '会议室.docx': { title: '机关会议室使用管理规定', articles: 4, items: 0, attachments: 0, history: 1 },
  '接待.docx': { title: '机关来客接待管理办法', articles: 7, items: 2, attachments: 2, history: 1 },
  '报销.docx': { title: '机关财务报销审批规定', articles: 5, items: 2, attachments: 0, history: 2 },
};

function summary(tree: RegulationTree) {
  return {
    articles: tree.articles.map((article) => `${article.label}：${article.text}`),
    items: tree.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.items.length, 0), 0),
  };
}

function treeOf(source: string): RegulationTree {
  return parseRegulation({ id: 'x/y', filePath: 'x/y.md', edition: 'current', title: 'x', status: 'new', source }).tree;
}

describe('round trip Word → Markdown → check → Word', () => {
  let repo: ReturnType<typeof tempRepository>;
  let result: Awaited<ReturnType<typeof runImport>>;
  let written: Map<string, string>;

  beforeAll(async () => {
    repo = tempRepository({ firstEdition: true });
    const folder = wordFolder({
      '值班制度.docx': await listNumberedDocx(),
      '会议室.docx': await tableDocx(),
      '接待.docx': await attachmentsDocx(),
      '报销.docx': await captionDocx(),
    });
    result = await runImport([folder, '--root', repo.root, '--yes'], repo.root);
    written = new Map();
    for (const line of result.stdout.split('\n')) {
      const match = /^\s+- 写入：(content\/\S+\.md)/.exec(line);
      const source = /^\d+\. (.+\.docx)$/.exec(line.trim());
      if (source) written.set(source[1]!.split('/').at(-1)!, '');
      if (match) written.set([...written.keys()].at(-1)!, match[1]!);
    }
  }, 60_000);
  afterAll(() => repo.cleanup());

  it('imports the folder and the written files pass npm run check', () => {
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('检查通过');
    expect(result.code).toBe(0);
    expect([...written.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const target of written.values()) expect(existsSync(join(repo.root, target))).toBe(true);
  });

  it('keeps titles, article counts, items, attachments and history, and reads its own export back the same', async () => {
    const model = toHandbookModel(await loadContentTree(repo.root));
    for (const [file, expected] of Object.entries(EXPECTED)) {
      const target = written.get(file)!;
      const source = readFileSync(join(repo.root, target), 'utf8');
      const regulation = model.current.regulations.find((r) => r.filePath === target)!;
      expect(regulation.data.title).toBe(expected.title);
      expect(regulation.data.history).toHaveLength(expected.history);
      const before = summary(treeOf(source));
      expect(before.articles).toHaveLength(expected.articles);
      expect(before.items).toBe(expected.items);
      expect(source.match(/^## 附件\d/gm) ?? []).toHaveLength(expected.attachments);

      const exported = await exportRegulation(regulation);
      const back = recogniseRegulation((await readWordBlocks(await openWordPackage(exported))).blocks);
      expect(back.title).toBe(expected.title);
      expect(back.docNumber).toBe(regulation.data.docNumber);
      expect(back.history.map((h) => [h.date, h.action])).toEqual(
        regulation.data.history.map((h) => [h.date, h.action]),
      );
      expect(back.attachments).toHaveLength(expected.attachments);
      expect(summary(treeOf(`---\ntitle: x\n---\n\n${back.body}\n`))).toEqual(before);
    }
  }, 60_000);
});
