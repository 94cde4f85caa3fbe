/**
 * What a reader sees is never ambiguous (issue 15): old and abolished text says so wherever the reader
 * lands, the targeted article is highlighted whole, copy-citation says what it copied, popovers leave
 * the paragraph readable, phones get one copy icon and a tap-then-follow popover.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, openOfflineContext, screenshot, siteUrl, useBrowser } from './support/browser.ts';

const browser = useBrowser();

async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return Boolean(box && box.y >= 0 && box.y + box.height <= viewport.height && box.height > 0);
}

describe.each([
  ['desktop', DESKTOP],
  ['mobile', MOBILE],
])('old and abolished text (%s)', (name, viewport) => {
  it('a deep link into an abolished rule shows 已废止 in view and in the tab title, and never calls it 现行', async () => {
    const { context, external } = await openOfflineContext(browser(), viewport);
    const page = await context.newPage();
    await page.goto(siteUrl('kaoqin/qiandao-kaoqin/#第六条'), { waitUntil: 'networkidle' });
    const bar = page.locator('.zd-status-bar');
    await expect(bar.textContent()).resolves.toContain('已废止');
    expect(await inViewport(page, bar)).toBe(true);
    // The article is below the bar, not under it.
    const article = await page.locator('[id="第六条"]').boundingBox();
    const barBox = await bar.boundingBox();
    expect(article!.y).toBeGreaterThanOrEqual(barBox!.y + barBox!.height - 1);
    await expect(page.title()).resolves.toMatch(/^机关干部签到考勤暂行规定（已废止）/);
    await expect(page.locator('.zd-edition-switch').textContent()).resolves.not.toContain('现行');
    await screenshot(page, `${name}-abolished-deep-link`);
    // Still in view after reading on.
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => inViewport(page, bar)).toBe(true);
    expect(external).toEqual([]);
    await context.close();
  });

  it('a deep link into an archived edition shows the edition in view and links to the same article now', async () => {
    const { context } = await openOfflineContext(browser(), viewport);
    const page = await context.newPage();
    await page.goto(siteUrl('2025/kaoqin/qingxiaojia/#第七条'), { waitUntil: 'networkidle' });
    const bar = page.locator('.zd-status-bar');
    await expect(bar.textContent()).resolves.toContain('2025年版');
    expect(await inViewport(page, bar)).toBe(true);
    const link = bar.locator('a.zd-status-bar__link');
    await expect(link.textContent()).resolves.toBe('查看现行第七条');
    expect(decodeURIComponent((await link.getAttribute('href')) ?? '')).toMatch(/\/kaoqin\/qingxiaojia\/#第七条$/);
    await expect(page.title()).resolves.toMatch(/^机关工作人员请销假制度（2025年版）/);
    await screenshot(page, `${name}-archived-deep-link`);
    await context.close();
  });
});

describe('articles easy to scan', () => {
  it('highlights the whole targeted article (all 款 and items) and nothing after it; 第X条 is bold', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl('kaoqin/qingxiaojia/#第七条'), { waitUntil: 'networkidle' });
    const background = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor);
    const none = 'rgba(0, 0, 0, 0)';
    await expect(background('[id="第七条"]')).resolves.not.toBe(none);
    const items = page.locator('[id="第七条"] ~ .zd-item');
    for (let i = 0; i < 3; i++)
      await expect(items.nth(i).evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.not.toBe(
        none,
      );
    await expect(background('[id="第七条第三款"]')).resolves.not.toBe(none);
    await expect(background('[id="第八条"]')).resolves.toBe(none);
    await expect(background('[id="第六条"]')).resolves.toBe(none);
    const weight = await page
      .locator('[id="第七条"] .zd-article-label')
      .evaluate((element) => Number(getComputedStyle(element).fontWeight));
    expect(weight).toBeGreaterThanOrEqual(700);
    await screenshot(page, 'desktop-whole-article-highlight');
    await context.close();
  });

  it('copies 《简称》（版本）第七条 with its address and shows 已复制', async () => {
    const { context } = await openOfflineContext(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
    const page = await context.newPage();
    await page.goto(siteUrl('2025/kaoqin/qingxiaojia/#第七条'), { waitUntil: 'networkidle' });
    const copy = page.locator('[id="第七条"] > a.zd-copy');
    // The markup carries only the anchor; the text is built from the page.
    await expect(copy.getAttribute('data-zd-cite')).resolves.toBeNull();
    await page.locator('[id="第七条"]').hover();
    await copy.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(decodeURIComponent(copied)).toMatch(
      /^《请销假制度》（2025年版）第七条 http:\/\/[^ ]+\/2025\/kaoqin\/qingxiaojia\/#第七条$/,
    );
    await expect(copy.evaluate((element) => getComputedStyle(element, '::after').content)).resolves.toBe('"已复制"');
    await screenshot(page, 'desktop-copied');
    await context.close();
  });

  it('keeps copy links out of the tab order except the targeted article’s', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    const tabbable = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('a.zd-copy')]
          .filter((link) => link.getAttribute('tabindex') !== '-1')
          .map((link) => link.getAttribute('href')),
      );
    await page.goto(siteUrl('kaoqin/qingxiaojia/'), { waitUntil: 'networkidle' });
    await expect(page.locator('a.zd-copy').count()).resolves.toBeGreaterThan(20);
    await expect(tabbable()).resolves.toEqual([]);
    await page.goto(siteUrl('kaoqin/qingxiaojia/#第七条'), { waitUntil: 'networkidle' });
    expect((await tabbable()).map((href) => decodeURIComponent(href ?? ''))).toEqual(['#第七条']);
    await context.close();
  });

  it('shows one copy icon on a phone (the article landed on), not one per paragraph', async () => {
    const { context } = await openOfflineContext(browser(), MOBILE);
    const page = await context.newPage();
    await page.goto(siteUrl('kaoqin/qingxiaojia/#第七条'), { waitUntil: 'networkidle' });
    const visible = await page
      .locator('a.zd-copy')
      .evaluateAll((links) => links.filter((link) => getComputedStyle(link).display !== 'none').length);
    expect(visible).toBe(1);
    await screenshot(page, 'mobile-article-anchor');
    await context.close();
  });

  it('lists the articles of a long regulation in 本页内容, folded under the chapter being read', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl('caiwu-zichan/caiwu-guanli/#第二十条'), { waitUntil: 'networkidle' });
    const toc = page.locator('starlight-toc');
    const link = toc.locator('a', { hasText: /^第二十条/ });
    await expect(link.count()).resolves.toBe(1);
    await expect.poll(() => link.isVisible()).toBe(true);
    // Articles of the first chapter are folded away while reading a later one.
    await expect(toc.locator('a', { hasText: /^第一条/ }).isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('citation popover', () => {
  const CITING = 'xiaoneng-duche/xiaoneng-wenze/';

  it('does not cover the paragraph being read', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl(CITING), { waitUntil: 'networkidle' });
    const citation = page.locator('a.zd-cite', { hasText: '《督查督办制度》第十五条' }).first();
    await citation.scrollIntoViewIfNeeded();
    await citation.hover();
    const popover = page.locator('#zd-popover');
    await popover.waitFor({ state: 'visible' });
    const box = (await popover.boundingBox())!;
    const paragraph = (await citation.evaluate((element) => {
      const rect = element.closest('p, li')!.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }))!;
    const overlaps = box.y < paragraph.y + paragraph.height && box.y + box.height > paragraph.y;
    expect(overlaps).toBe(false);
    await context.close();
  });

  it('on a phone, the first tap shows the popover and the second follows the link', async () => {
    const context = await browser().newContext({ viewport: MOBILE, hasTouch: true, isMobile: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(siteUrl(CITING), { waitUntil: 'networkidle' });
    const citation = page.locator('a.zd-cite', { hasText: '《督查督办制度》第十五条' }).first();
    await citation.scrollIntoViewIfNeeded();
    await citation.tap();
    await page.locator('#zd-popover').waitFor({ state: 'visible' });
    expect(page.url()).toContain('xiaoneng-wenze');
    await screenshot(page, 'mobile-citation-popover');
    await citation.tap();
    await page.waitForURL(/ducha-duban/);
    await context.close();
  });
});
