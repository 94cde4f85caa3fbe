/** content/redirects.yml for the site (read once per build). */
import { parseRedirects, readRedirectsText, type Redirect } from './redirects.ts';

let cached: Promise<Redirect[]> | undefined;

export function loadRedirects(repoRoot: string = process.cwd()): Promise<Redirect[]> {
  cached ??= readRedirectsText(repoRoot).then((text) => parseRedirects(text).redirects);
  return cached;
}
