import { CURRENT_EDITION } from '../handbook/content-tree.ts';

/** Path of a page inside the site, without the base (no leading slash, trailing slash kept). */
export type SitePath = string;

export function regulationPath(id: string, edition: string = CURRENT_EDITION): SitePath {
  return edition === CURRENT_EDITION ? `${id}/` : `${edition}/${id}/`;
}

export function chapterPath(chapterKey: string, edition: string = CURRENT_EDITION): SitePath {
  return edition === CURRENT_EDITION ? `${chapterKey}/` : `${edition}/${chapterKey}/`;
}

export function departmentPath(departmentSlug?: string): SitePath {
  return departmentSlug ? `departments/${departmentSlug}/` : 'departments/';
}

export function statusPath(): SitePath {
  return 'status/';
}

export function editionHomePath(edition: string = CURRENT_EDITION): SitePath {
  return edition === CURRENT_EDITION ? '' : `${edition}/`;
}

/** Prefixes a site path with the deployment base (`/` or e.g. `/zhidu/`). */
export function withBase(base: string, path: SitePath, hash?: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // Anchors are readable Chinese (#第五条); browsers accept them unencoded in href.
  const fragment = hash ? `#${hash}` : '';
  return `${prefix}${path}${fragment}`;
}

/** `withBase` using the base Astro was built with; for pages and components. */
export function href(path: SitePath, hash?: string): string {
  return withBase(import.meta.env.BASE_URL, path, hash);
}
