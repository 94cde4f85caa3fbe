/** content/redirects.yml for the site (read once per build). */
import { parseRedirects, readRedirectsText, type Redirect } from './redirects.ts';

let cached: Promise<Redirect[]> | undefined;

export function loadRedirects(repoRoot: string = process.cwd()): Promise<Redirect[]> {
  cached ??= readRedirectsText(repoRoot).then((text) => parseRedirects(text).redirects);
  return cached;
}

/**
 * Astro `redirects` for the declared moves: keys are site paths (Astro adds the base itself),
 * destinations are full paths, so they carry the base.
 */
export function toAstroRedirects(redirects: readonly Redirect[], base: string): Record<string, string> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return Object.fromEntries(redirects.map(({ from, to }) => [`/${from}/`, `${prefix}${to}/`]));
}
