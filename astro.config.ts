import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { loadContentTree } from './src/handbook/content-tree.ts';
import { siteConfig } from './site.config.ts';

const tree = await loadContentTree(process.cwd(), { contentDir: process.env['ZHIDU_CONTENT_DIR'] ?? 'content' });
const handbookTitle = tree.editions[0]?.handbook.value?.title ?? '制度汇编';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: handbookTitle,
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // The sidebar is built per page in src/site/route-data.ts so a page does not grow with the corpus.
      sidebar: [],
      routeMiddleware: './src/site/route-data.ts',
      customCss: ['./src/styles/handbook.css'],
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
