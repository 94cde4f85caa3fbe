import { resolve } from 'node:path';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeArticleChanges from './src/editions/rehype-article-changes.ts';
import { loadHandbookOrExplain } from './src/plugins/content-guard.ts';
import { handbookMarkdownProcessor } from './src/plugins/markdown-processor.ts';
import { createRegulationPluginOptions } from './src/plugins/regulation-pipeline.ts';
import { remarkRegulation } from './src/plugins/remark-regulation.ts';
import { loadRedirects, toAstroRedirects } from './src/editions/site-redirects.ts';
import { siteConfig } from './site.config.ts';

const contentDir = resolve(process.env['ZHIDU_CONTENT_DIR'] ?? 'content');
// invalid content: the validator's report, not Astro's "Unable to load your Astro config"
const { handbook } = (await loadHandbookOrExplain()).current;
const regulationOptions = await createRegulationPluginOptions(contentDir, siteConfig.base);
// A regulation moved or renamed keeps its old address (content/redirects.yml, checked by ZD620/ZD621).
const redirects = toAstroRedirects(await loadRedirects(), siteConfig.base);

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  redirects,
  markdown: {
    // One text engine: the same parser that the validator uses gives articles their anchors and
    // turns citations into links.
    processor: handbookMarkdownProcessor({
      remarkPlugins: [[remarkRegulation, regulationOptions]],
      rehypePlugins: [[rehypeArticleChanges, { base: siteConfig.base }]],
    }),
  },
  integrations: [
    // Print-only routes exist for the PDF renderer; readers never land on them.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${siteConfig.base}print/`) }),
    starlight({
      title: handbook.title,
      ...(handbook.description ? { description: handbook.description } : {}),
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // The sidebar is built per page in src/site/route-data.ts so a page does not grow with the corpus.
      sidebar: [],
      routeMiddleware: './src/site/route-data.ts',
      // src/pages/404.astro: a way home and a search instead of a bare “404”.
      disable404Route: true,
      customCss: ['./src/styles/handbook.css', './src/styles/regulation.css', './src/styles/print-pdf.css'],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // search: Pagefind UI with phrase-first ranking, article results and default filters
        Search: './src/components/overrides/Search.astro',
      },
      editLink: { baseUrl: `${siteConfig.repositoryUrl}/edit/${siteConfig.branch}/` },
      lastUpdated: true,
      pagination: false,
      credits: false,
      markdown: { processedDirs: ['./src/content/guide/'] },
    }),
  ],
});
