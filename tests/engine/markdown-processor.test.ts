import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { handbookMarkdownProcessor } from '../../src/plugins/markdown-processor.ts';
import { remarkRegulation, type RemarkRegulationOptions } from '../../src/plugins/remark-regulation.ts';
import { FIXTURES, fixtureCorpus } from './helpers.ts';

const ROOT = join(FIXTURES, 'corpus-basic');
const corpus = await fixtureCorpus('corpus-basic');
const pluginOptions: RemarkRegulationOptions = {
  getCorpus: () => corpus,
  regulationIdForPath(abs) {
    const m = /content\/regulations\/(.+)\.md$/.exec(abs);
    return m ? { id: m[1] as string, edition: 'current' } : undefined;
  },
  hrefFor: (id, _edition, anchor) => `/${id}/${anchor ? `#${anchor}` : ''}`,
};
const options = { remarkPlugins: [[remarkRegulation, pluginOptions]] as [typeof remarkRegulation, unknown][] };

/** Renders a fixture regulation as Astro's content layer does: the body, its frontmatter, its file URL. */
async function renderWith(processor: ReturnType<typeof unified>, rel: string) {
  const path = join(ROOT, 'content', 'regulations', rel);
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
  const frontmatter = { title: /title:\s*(.+)/.exec(yaml)?.[1] ?? '' };
  const renderer = await processor.createRenderer({});
  return renderer.render(body, { frontmatter, fileURL: pathToFileURL(path) });
}

describe('handbookMarkdownProcessor', () => {
  it('is a unified processor, so Starlight adds its plugins to it', () => {
    const processor = handbookMarkdownProcessor(options);
    expect(processor.name).toBe('unified');
    expect(processor.options.remarkPlugins).toHaveLength(1);
  });

  it("renders Astro's HTML and headings, without a second copy of the frontmatter", async () => {
    const ours = await renderWith(handbookMarkdownProcessor(options), 'kaoqin/jiguan-kaoqin.md');
    const astro = await renderWith(unified(options), 'kaoqin/jiguan-kaoqin.md');
    expect(ours.code).toBe(astro.code);
    expect(ours.code).toContain('id="第一条"');
    expect(ours.metadata.headings).toEqual(astro.metadata.headings);
    expect(astro.metadata.frontmatter['title']).toBeTruthy();
    expect(ours.metadata.frontmatter).toEqual({});
  });
});
