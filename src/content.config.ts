import { defineCollection } from 'astro:content';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { join, resolve } from 'node:path';
import { readDataFile } from './handbook/data-file.ts';
import { departmentsSchema, regulationFields } from './schema/index.ts';

const contentDir = process.env['ZHIDU_CONTENT_DIR'] ?? './content';
const departmentsFile = await readDataFile(
  join(resolve(contentDir), 'departments.yml'),
  process.cwd(),
  departmentsSchema,
);
const departments = Object.keys(departmentsFile.value ?? {});

/** `regulations/kaoqin/qingxiaojia.md` → `kaoqin/qingxiaojia`; `editions/2025/regulations/…` → `2025/…`. */
function regulationId({ entry }: { entry: string }): string {
  return entry
    .replace(/^editions\/(\d{4})\/regulations\//, '$1/')
    .replace(/^regulations\//, '')
    .replace(/\.md$/, '');
}

export const collections = {
  docs: defineCollection({
    loader: glob({
      base: contentDir,
      pattern: ['regulations/**/*.md', 'editions/*/regulations/**/*.md'],
      generateId: regulationId,
      // Pages render from the HTML rendered at sync; nothing reads `entry.body`, and keeping every file's raw
      // Markdown in the data store made it a fifth larger (the store is bundled as one module; see README 性能).
      retainBody: false,
    }),
    // Fields are optional here because Starlight also validates plain pages (<StarlightPage>) against
    // this schema; `npm run check`, which runs before every build, enforces them on regulation files.
    schema: docsSchema({ extend: regulationFields({ departments }).partial() }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  guide: defineCollection({
    loader: glob({ base: './src/content/guide', pattern: '**/*.md' }),
    schema: z.object({
      /** Page title. */
      title: z.string(),
      /** One-line summary shown in lists. */
      description: z.string().optional(),
      /** Position in the guide's navigation. */
      order: z.number().int(),
    }),
  }),
};
