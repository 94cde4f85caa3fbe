import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, openOfflineContext, screenshot, siteUrl, useBrowser } from './support/browser.ts';

const browser = useBrowser();

describe.each([
  ['desktop', DESKTOP],
  ['mobile', MOBILE],
])('browsing the handbook (%s)', (name, viewport) => {
  it('goes from the home page to a chapter and on to a regulation, offline', async () => {
    const { context, external } = await openOfflineContext(browser(), viewport);
    const page = await context.newPage();
    await page.goto(siteUrl(), { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.locator('h1').textContent()).resolves.toContain('制度汇编');
    await screenshot(page, `${name}-home`);

    const chapterLink = page.locator('.zd-chapters a').first();
    const chapterTitle = (await chapterLink.textContent())?.split('\u3000').at(-1)?.trim() ?? '';
    await chapterLink.click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').textContent()).resolves.toBe(chapterTitle);

    const regulationLink = page.locator('.sl-markdown-content .zd-list a').first();
    const regulationTitle = (await regulationLink.textContent())?.trim();
    await regulationLink.click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').textContent()).resolves.toBe(regulationTitle);
    await expect(page.locator('.zd-caption').textContent()).resolves.toMatch(/^（\d{4}年\d{1,2}月\d{1,2}日.*）$/);
    await expect(page.locator('.zd-history li').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, `${name}-regulation`);

    expect(external).toEqual([]);
    await context.close();
  });
});

describe('index pages', () => {
  it('lists every department with its regulations and links to them', async () => {
    const { context, external } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl('departments/'));
    const departments = page.locator('.sl-markdown-content .zd-list li a');
    expect(await departments.count()).toBeGreaterThanOrEqual(4);
    await departments.first().click();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#in-force').count()).toBe(1);
    expect(await page.locator('.sl-markdown-content .zd-list li').count()).toBeGreaterThan(0);
    expect(external).toEqual([]);
    await context.close();
  });

  it('shows the review outcome with the same counts as the home page', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl());
    const homeCounts = await page.locator('.zd-counts a strong').allTextContents();
    await page.goto(siteUrl('status/'));
    const sectionCounts = [];
    for (const status of ['reaffirmed', 'revised', 'new', 'abolished']) {
      sectionCounts.push(String(await page.locator(`h2#${status} + ul li, h2#${status} + p + ul li`).count()));
    }
    expect(sectionCounts).toEqual(homeCounts);
    await context.close();
  });
});

describe('printing a regulation', () => {
  it('hides navigation and search in print media', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl());
    await page.locator('.zd-chapters a').first().click();
    await page.locator('.sl-markdown-content .zd-list a').first().click();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.header', 'nav.sidebar', 'site-search']) {
      const visible = await page
        .locator(selector)
        .first()
        .isVisible()
        .catch(() => false);
      expect(visible, selector).toBe(false);
    }
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
