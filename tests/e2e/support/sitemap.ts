import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../../site.config.ts';

/** Every page the sitemap lists, as paths relative to the site base. */
export function sitemapPaths(): string[] {
  const dist = join(process.cwd(), 'dist');
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const pages = sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(join(dist, sitemap.slice(siteConfig.base.length)), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => decodeURI(new URL(match[1] ?? '').pathname));
  });
  return pages.map((path) => path.slice(siteConfig.base.length));
}
