// A plain Starlight site for benchmark comparison only: default configuration, same title and locale as the
// handbook, none of its plugins, components or route middleware. scripts/bench/build.ts copies this folder
// into a temporary directory and copies the regulations into
// src/content/docs/. The copy lives under the repository's .cache/bench/ (gitignored) so that Node finds the
// repository's node_modules by walking up; a node_modules symbolic link from a folder in /tmp does not work with
// Astro 7 (it files modules outside the project root under wrong ids: "No cached compile metadata found").
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Keep Astro's cache inside the temporary project, not in the repository's node_modules/.astro/.
  cacheDir: './.astro-cache',
  integrations: [
    starlight({
      title: process.env.BENCH_PLAIN_TITLE || '制度汇编',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
