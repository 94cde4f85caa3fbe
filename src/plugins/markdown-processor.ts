/**
 * The site's Markdown processor: Astro's `unified()` processor (Starlight still adds its plugins to it, the
 * pipeline and the HTML are Astro's), with a lighter entry in the content data store.
 *
 * Astro keeps every rendered entry in one data store that the build bundles as a single module, and that
 * module is where the build's memory peaks. Astro's renderer returns the file's frontmatter a second time
 * (`metadata.frontmatter`, beside the validated `data`); only `remarkPluginFrontmatter` exposes it, which no
 * page reads and no remark plugin of ours writes, so it is dropped.
 */
import { unified } from '@astrojs/markdown-remark';

type Processor = ReturnType<typeof unified>;
type Options = NonNullable<Parameters<typeof unified>[0]>;
type Renderer = Awaited<ReturnType<Processor['createRenderer']>>;

/** A renderer whose results carry no copy of the frontmatter. */
function withoutFrontmatterCopy(renderer: Renderer): Renderer {
  return {
    async render(content, options) {
      const result = await renderer.render(content, options);
      return { ...result, metadata: { ...result.metadata, frontmatter: {} } };
    },
  };
}

/** `unified(options)` for `markdown.processor`, storing less per entry (see the module comment). */
export function handbookMarkdownProcessor(options: Options): Processor {
  const processor = unified(options);
  const createRenderer = processor.createRenderer.bind(processor);
  processor.createRenderer = async (shared) => withoutFrontmatterCopy(await createRenderer(shared));
  return processor;
}
