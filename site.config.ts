/**
 * Deployment settings, in one place.
 *
 * - `ZHIDU_BASE`: the sub-path the handbook is served under on the intranet, e.g. `/zhidu/` (default `/`).
 * - `ZHIDU_SITE`: the full origin, e.g. `http://oa.xxzhen.gov.cn` (used for absolute links in feeds; optional).
 * - `ZHIDU_CONTENT_DIR`: another content tree to build (benchmarks use generated corpora; default `content`).
 * - `ZHIDU_REPO`: the repository web URL used for 编辑此页 links, e.g. `https://git.xxzhen.gov.cn/bgs/zhidu`.
 */
export const siteConfig = {
  base: normaliseBase(process.env['ZHIDU_BASE'] ?? '/'),
  site: process.env['ZHIDU_SITE'] ?? 'http://localhost:4321',
  repositoryUrl: process.env['ZHIDU_REPO'] ?? 'https://github.com/xxzhen/zhidu-huibian',
  /** Branch the edit links point at. */
  branch: process.env['ZHIDU_BRANCH'] ?? 'main',
};

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
