import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../src/browser/static-server.ts';
import { siteConfig } from '../../../site.config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteOrigin: string;
  }
}

/** Serves dist/ once for all browser tests, under the same base path the site was built with. */
export default async function setup(project: TestProject) {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ 不存在：请先运行 npm run build');
  const server = await startStaticServer(dist, siteConfig.base);
  project.provide('siteUrl', server.url);
  project.provide('siteOrigin', server.origin);
  return () => server.close();
}
