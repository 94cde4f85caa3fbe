import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, openOfflineContext, screenshot, siteUrl, useBrowser } from './support/browser.ts';

const browser = useBrowser();

describe.each([
  ['desktop', DESKTOP],
  ['mobile', MOBILE],
])('editions (%s)', (name, viewport) => {
  it('switches a revised regulation to the 2025 edition and opens the comparison', async () => {
    const { context, external } = await openOfflineContext(browser(), viewport);
    const page = await context.newPage();
    await page.goto(siteUrl('kaoqin/qingxiaojia/'), { waitUntil: 'networkidle' });
    const switcher = page.locator('nav.zd-edition-switch');
    await switcher.getByRole('link', { name: '2025年版', exact: true }).click();
    await page.waitForURL(/\/2025\/kaoqin\/qingxiaojia\/$/);
    await expect(page.locator('.zd-edition-banner').textContent()).resolves.toContain('2025');
    await expect(page.locator('h1').textContent()).resolves.toBe('机关工作人员请销假制度');

    await page.locator('.zd-edition-banner a', { hasText: '查看修订对照' }).click();
    await page.waitForURL(/\/compare\/kaoqin\/qingxiaojia\/$/);
    // The revision changed text: insertions and deletions are marked, and the 修订说明 is shown.
    expect(await page.locator('ins').count()).toBeGreaterThan(0);
    expect(await page.locator('del').count()).toBeGreaterThan(0);
    await expect(page.locator('main').textContent()).resolves.toContain('修订说明');
    await screenshot(page, `${name}-compare`);
    expect(external).toEqual([]);
    await context.close();
  });
});

describe('per-article change markers', () => {
  it('links an article changed this year to its row in the comparison', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl('kaoqin/qingxiaojia/'), { waitUntil: 'networkidle' });
    const marker = page.locator('[id="第七条"] a.zd-article-change, [id="第七条"] ~ a.zd-article-change').first();
    await expect(marker.textContent()).resolves.toBe('本条于2026年修订');
    await marker.click();
    await page.waitForURL(/\/compare\/kaoqin\/qingxiaojia\/#/);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#第七条');
    await expect(page.locator('[id="第七条"]').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});

describe('chapter PDF', () => {
  it('downloads the chapter PDF linked from the chapter page', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl('kaoqin/'), { waitUntil: 'networkidle' });
    const link = page.locator('.zd-pdf-link a');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('XX镇人民政府制度汇编（2026年版）-考勤与请销假.pdf');
    // The file behind the link is a real PDF served by the site.
    const response = await page.request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await context.close();
  });
});
