import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, openOfflineContext, screenshot, siteUrl, useBrowser } from './support/browser.ts';

const browser = useBrowser();

/** 《机关效能问责办法》第六条 cites 《督查督办制度》第十五条 and other articles by number. */
const CITING = 'xiaoneng-duche/xiaoneng-wenze/';

describe('citations between regulations', () => {
  it('follows a citation to the exact article and comes back', async () => {
    const { context, external } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl(CITING), { waitUntil: 'networkidle' });
    const citation = page.locator('a.zd-cite', { hasText: '《督查督办制度》第十五条' }).first();
    await citation.click();
    await page.waitForURL(/\/xiaoneng-duche\/ducha-duban\/#/);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#第十五条');
    const target = page.locator('[id="第十五条"]');
    await expect(target.textContent()).resolves.toMatch(/^第十五条/);
    // The cited article is on screen, not merely somewhere on the page.
    const box = await target.boundingBox();
    expect(box && box.y >= 0 && box.y < DESKTOP.height).toBe(true);
    // The cited regulation lists the citing article under 被引用情况.
    await expect(page.locator('#backlinks + ul').textContent()).resolves.toContain('《机关效能问责办法》第六条');

    await page.goBack();
    await page.waitForURL(new RegExp(`/${CITING}`));
    await expect(page.locator('h1').textContent()).resolves.toBe('机关效能问责办法');
    expect(external).toEqual([]);
    await context.close();
  });

  it('shows the cited article in a popover when the citation gets keyboard focus, and Esc closes it', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl(CITING), { waitUntil: 'networkidle' });
    const citation = page.locator('a.zd-cite', { hasText: '《督查督办制度》第十五条' }).first();
    // Reach it with the keyboard: focus the link before it, then Tab.
    await citation.evaluate((element) => {
      const links = [...document.querySelectorAll('a[href]')];
      (links[links.indexOf(element as HTMLAnchorElement) - 1] as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('《督查督办制度》第十五条');
    const popover = page.locator('#zd-popover');
    await popover.waitFor({ state: 'visible' });
    await expect(popover.textContent()).resolves.toContain('督办事项办理情况纳入部门和个人年度目标考核');
    await screenshot(page, 'desktop-citation-popover');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('gives every article a readable anchor and a copy-citation control', async () => {
    const { context } = await openOfflineContext(browser(), MOBILE);
    const page = await context.newPage();
    await page.goto(siteUrl('kaoqin/qingxiaojia/#第七条'), { waitUntil: 'networkidle' });
    const copy = page.locator('[id="第七条"] a.zd-copy');
    await expect(copy.getAttribute('aria-label')).resolves.toBe('复制引用');
    // The targeted article's copy link is the one in the tab order.
    await expect(copy.getAttribute('tabindex')).resolves.toBe('0');
    // A short regulation: only chapters in the table of contents, not every article.
    const tocLinks = await page.locator('starlight-toc a, mobile-starlight-toc a').allTextContents();
    expect(tocLinks.some((text) => text.includes('第一章'))).toBe(true);
    expect(tocLinks.some((text) => /^第[一二三四五六七八九十]+条$/.test(text.trim()))).toBe(false);
    await context.close();
  });
});
