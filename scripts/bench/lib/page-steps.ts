/**
 * The page-side steps of `npm run bench` for one corpus size: the weight of a typical regulation page and,
 * once per run, its Lighthouse scores, on both builds.
 */
import { startStaticServer } from '../../../src/browser/static-server.ts';
import { lighthouseAvailable, runLighthouse, LIGHTHOUSE_CATEGORIES, type LighthouseResult } from '../lighthouse.ts';
import { measurePageWeight, type PageWeight } from '../page-weight.ts';
import { log, REPO, skipped, type Context, type SizeContext } from './bench-context.ts';

/** Goals of issue 16: pages under 80 KB, little JS of our own. */
const HTML_PAGE_BUDGET = 80 * 1024;
const EXTRA_JS_BUDGET_GZIP = 15 * 1024;

/** The builds' output folders (null: not built) and the page both are measured on. */
export interface Sites {
  oursDist: string | null;
  plainDist: string | null;
  samplePage: string | null;
}

/** Page weight of a typical regulation page. */
export function pageWeightStep(ctx: Context, s: SizeContext, { oursDist, plainDist, samplePage }: Sites): void {
  const { detail, k, row } = s;
  if (!skipped(ctx, 'page-weight') && samplePage && (oursDist || plainDist)) {
    const weightOurs: PageWeight | null = oursDist ? measurePageWeight(oursDist, samplePage) : null;
    const weightPlain: PageWeight | null = plainDist ? measurePageWeight(plainDist, samplePage) : null;
    detail['pageWeight'] = { ours: weightOurs, plain: weightPlain };
    const parts = [
      ['html', 'HTML'],
      ['css', 'CSS（含引用的文件）'],
      ['js', 'JS（含引用的模块）'],
      ['total', '合计'],
    ] as const;
    for (const [part, label] of parts) {
      for (const kind of ['raw', 'gzip'] as const) {
        row({
          key: `${k}.weight.${part}.${kind}`,
          label: `页面体积 ${label} ${kind === 'gzip' ? 'gzip' : '未压缩'}`,
          unit: 'bytes',
          ours: weightOurs ? weightOurs[part][kind] : null,
          plain: weightPlain ? weightPlain[part][kind] : null,
          ...(part === 'html' && kind === 'raw' && weightOurs
            ? {
                note: samplePage,
                target: `≤ ${HTML_PAGE_BUDGET / 1024} KB`,
                pass: weightOurs.html.raw <= HTML_PAGE_BUDGET,
              }
            : {}),
        });
      }
    }
    if (weightOurs && weightPlain) {
      const extra = weightOurs.js.gzip - weightPlain.js.gzip;
      row({
        key: `${k}.weight.extraJs.gzip`,
        label: '本站额外 JS（gzip）',
        unit: 'bytes',
        ours: extra,
        target: `≤ ${EXTRA_JS_BUDGET_GZIP / 1024} KB`,
        pass: extra <= EXTRA_JS_BUDGET_GZIP,
        note: '预算；动态加载的 Pagefind UI 不计',
      });
    }
  }
}

/** Lighthouse (mobile) on both builds; the bench runs it once, at the first size. */
export async function lighthouseStep(
  ctx: Context,
  s: SizeContext,
  { oursDist, plainDist, samplePage }: Sites,
): Promise<void> {
  const { size, detail, k, row } = s;
  if (!skipped(ctx, 'lighthouse') && samplePage) {
    const unavailable = lighthouseAvailable(REPO);
    const sites = [
      ['ours', oursDist],
      ['plain', plainDist],
    ] as const;
    const results: Record<string, LighthouseResult | string> = {};
    if (unavailable) ctx.notes.push(`Lighthouse 不可用：${unavailable}`);
    else {
      for (const [which, dist] of sites) {
        if (!dist) continue;
        log(`N=${size}: Lighthouse（${which === 'ours' ? '本站' : '原版'}，移动端）${samplePage}`);
        const server = await startStaticServer(dist, '/');
        try {
          results[which] = await runLighthouse(REPO, `${server.url}${samplePage.replace(/^\//, '')}`);
        } catch (error) {
          results[which] = error instanceof Error ? error.message : String(error);
        } finally {
          await server.close();
        }
      }
      detail['lighthouse'] = results;
      const get = (which: string) => (typeof results[which] === 'object' ? (results[which] as LighthouseResult) : null);
      const names: Record<string, string> = {
        performance: '性能',
        accessibility: '无障碍',
        'best-practices': '最佳做法',
        seo: 'SEO',
      };
      for (const category of LIGHTHOUSE_CATEGORIES) {
        const failure = typeof results['ours'] === 'string' ? results['ours'] : undefined;
        row({
          key: `${k}.lighthouse.${category}`,
          label: `Lighthouse 移动端 ${names[category] ?? category}`,
          unit: 'score',
          ours: get('ours')?.scores[category] ?? null,
          plain: get('plain')?.scores[category] ?? null,
          ...(failure ? { note: failure.split('\n')[0] as string } : {}),
        });
      }
      const lcp = get('ours')?.metrics['largest-contentful-paint'];
      if (lcp !== undefined) {
        row({
          key: `${k}.lighthouse.lcp`,
          label: 'Lighthouse LCP（模拟慢速 4G）',
          unit: 'ms',
          ours: lcp,
          plain: get('plain')?.metrics['largest-contentful-paint'] ?? null,
        });
      }
    }
  }
}
