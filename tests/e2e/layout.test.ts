/**
 * Small defects that erode trust (issue 15): phone layout, favicon, the 404 page, dates in China's
 * time zone, labelled dates, the feed's name, home page order on a phone, and printing a regulation.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import { lastChangeDate } from '../../src/handbook/index.ts';
import { chinaDay } from '../../src/site/dates.ts';
import { DESKTOP, MOBILE, openOfflineContext, screenshot, siteUrl, useBrowser } from './support/browser.ts';
import { sitemapPaths } from './support/sitemap.ts';

const browser = useBrowser();

describe('phone layout', () => {
  it('has no horizontal overflow on any sitemap page at 390 px', async () => {
    const { context } = await openOfflineContext(browser(), MOBILE);
    const page = await context.newPage();
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(100);
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (widths.scroll > widths.client) overflowing.push(`${path} (${widths.scroll}px)`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  }, 600_000);

  it('shows the contents before the statistics on the home page, and 最近变化 dates say what happened', async () => {
    const { context } = await openOfflineContext(browser(), MOBILE);
    const page = await context.newPage();
    await page.goto(siteUrl(), { waitUntil: 'networkidle' });
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
    expect(await top('.zd-chapters')).toBeLessThan(await top('.zd-counts'));
    const metas = await page.locator('#recent ~ .zd-list .zd-list__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/\d{4}年\d{1,2}月\d{1,2}日(制定|修订|重申|废止|施行)/);
    await screenshot(page, 'mobile-home');
    await context.close();
  });
});

describe('site furniture', () => {
  it('serves /favicon.svg', async () => {
    const response = await fetch(siteUrl('favicon.svg'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<svg');
  });

  it('gives the 404 page a way home and a search', async () => {
    const { context } = await openOfflineContext(browser(), MOBILE);
    const page = await context.newPage();
    const response = await page.goto(siteUrl('no-such-page/'), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    await expect(page.locator('main a', { hasText: '返回首页' }).getAttribute('href')).resolves.toBe(
      new URL(siteUrl()).pathname,
    );
    await page.locator('[data-zd-open-search]').click();
    await page.locator('#starlight__search input.pagefind-ui__search-input').waitFor({ state: 'visible' });
    await screenshot(page, 'mobile-404');
    await context.close();
  });

  it('prints 最近更新 as the day in China, not the day before', async () => {
    const model = await loadHandbookModel();
    const regulation = model.current.regulations.find((entry) => entry.id === 'kaoqin/qingxiaojia')!;
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', regulation.filePath], {
      encoding: 'utf8',
    }).trim();
    // The build takes the file's last commit when git knows it, else the regulation's last history date.
    const days = [lastChangeDate(regulation), ...(committed ? [chinaDay(new Date(committed))] : [])];
    const written = days.map((day) => {
      const [y, m, d] = day.split('-').map(Number);
      return `${y}年${m}月${d}日`;
    });
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl('kaoqin/qingxiaojia/'), { waitUntil: 'networkidle' });
    const shown = (await page.locator('footer time').first().textContent()) ?? '';
    expect(written).toContain(shown);
    await context.close();
  });

  it('names the changes feed 订阅本版变化 and says what it is for', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl('editions/'), { waitUntil: 'networkidle' });
    await expect(page.locator('main').textContent()).resolves.not.toContain('Atom');
    await expect(page.locator('.zd-feed').textContent()).resolves.toMatch(/^订阅本版变化：.*通知/);
    await context.close();
  });
});

describe('PDFs for every browsable edition', () => {
  it('links a PDF of the whole compendium and of each chapter from the archived edition, and serves it', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    for (const path of ['2025/', '2025/kaoqin/']) {
      await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
      const link = page.locator('.zd-pdf-link a');
      const href = (await link.getAttribute('href')) ?? '';
      expect(decodeURIComponent(href)).toMatch(/2025年版.*\.pdf$/);
      const response = await fetch(new URL(href, siteUrl()));
      expect(response.status, href).toBe(200);
    }
    await context.close();
  });
});

describe('printing a regulation from the browser', () => {
  it('leaves out 修订历史 and 被引用情况, prints links as text and centres chapter headings', async () => {
    const { context } = await openOfflineContext(browser(), DESKTOP);
    const page = await context.newPage();
    await page.goto(siteUrl('kaoqin/qingxiaojia/'), { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.zd-history').isVisible()).resolves.toBe(false);
    await expect(page.locator('.zd-backlinks').isVisible()).resolves.toBe(false);
    const chapter = page.locator('h2.zd-division-chapter').first();
    await expect(chapter.evaluate((element) => getComputedStyle(element).textAlign)).resolves.toBe('center');
    await expect(chapter.evaluate((element) => getComputedStyle(element).breakAfter)).resolves.toBe('avoid');
    const link = page.locator('.sl-markdown-content a.zd-cite').first();
    await expect(link.evaluate((element) => getComputedStyle(element).textDecorationLine)).resolves.toBe('none');
    await context.close();
  });
});
