import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, openOfflineContext, screenshot, siteUrl, useBrowser } from './support/browser.ts';

const browser = useBrowser();

/** The text engine gives articles ids (`<p id="第七条">`); until a build has them, skip the anchor check. */
const regulationHtml = 'dist/kaoqin/qingxiaojia/index.html';
const hasArticleIds = existsSync(regulationHtml) && readFileSync(regulationHtml, 'utf8').includes('id="第七条"');

async function openSearch(page: Page) {
  await page.locator('site-search button[data-open-modal]').click();
  const input = page.locator('#starlight__search input.pagefind-ui__search-input');
  await input.waitFor({ state: 'visible' });
  return input;
}

async function firstResultTitle(page: Page) {
  const first = page.locator('#starlight__search .pagefind-ui__result').first();
  await first.waitFor({ state: 'visible' });
  return first;
}

describe.each([
  ['desktop', DESKTOP],
  ['mobile', MOBILE],
])('search (%s)', (name, viewport) => {
  it('finds the rule for a Chinese word, filters by department and opens it, offline', async () => {
    const { context, external } = await openOfflineContext(browser(), viewport);
    const page = await context.newPage();
    await page.goto(siteUrl(), { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const input = await openSearch(page);
    expect(await input.getAttribute('placeholder')).toBe('搜索制度');
    await input.pressSequentially('请假');

    const first = await firstResultTitle(page);
    await expect(first.locator('.pagefind-ui__result-link').first().textContent()).resolves.toBe(
      '机关工作人员请销假制度',
    );
    // Result tags: department and status of the regulation.
    const tags = await first.locator('.pagefind-ui__result-tag').allTextContents();
    expect(tags.join(' ')).toContain('党政办');
    expect(tags.join(' ')).toContain('修订');
    // The status filter starts without 已废止, the edition filter on the current edition.
    await expect(page.locator('#starlight__search input[type=checkbox][id*="已废止"]').isChecked()).resolves.toBe(
      false,
    );
    await expect(page.locator('#starlight__search input[type=checkbox][id*="2026年版"]').isChecked()).resolves.toBe(
      true,
    );

    // Department filter: 组织办 owns 年休假实施办法, which also answers 请假/休假.
    const block = page.locator('#starlight__search .pagefind-ui__filter-block', { hasText: '部门' });
    if ((await block.getAttribute('open')) === null) await block.locator('summary').click();
    await block.locator('label', { hasText: '组织办' }).click();
    await expect
      .poll(async () => page.locator('#starlight__search .pagefind-ui__result-link').first().textContent())
      .toBe('机关工作人员带薪年休假实施办法');
    await screenshot(page, `${name}-search`);

    await page.locator('#starlight__search .pagefind-ui__result-link').first().click();
    await page.waitForURL(/\/kaoqin\/xiujia-nianjia\//);
    await expect(page.locator('h1').textContent()).resolves.toBe('机关工作人员带薪年休假实施办法');
    expect(external).toEqual([]);
    await context.close();
  });
});

describe('search results point at the article', () => {
  it.skipIf(!hasArticleIds)('opens 请销假制度 at 第七条 for 请假三天找谁批', async () => {
    const { context, external } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl(), { waitUntil: 'networkidle' });
    const input = await openSearch(page);
    await input.pressSequentially('请假三天找谁批');
    const first = await firstResultTitle(page);
    const article = first.locator('.pagefind-ui__result-nested .pagefind-ui__result-link').first();
    await expect(article.textContent()).resolves.toBe('第七条');
    await expect(
      first.locator('.pagefind-ui__result-nested .pagefind-ui__result-excerpt').first().textContent(),
    ).resolves.toContain('审批');
    await article.click();
    await page.waitForURL(/\/kaoqin\/qingxiaojia\/#/);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#第七条');
    expect(external).toEqual([]);
    await context.close();
  });

  it('searches the archived edition from an archived page', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl('2025/kaoqin/qingxiaojia/'), { waitUntil: 'networkidle' });
    const input = await openSearch(page);
    await input.pressSequentially('请假');
    const first = await firstResultTitle(page);
    await expect(first.locator('.pagefind-ui__result-link').first().getAttribute('href')).resolves.toMatch(
      /\/2025\/kaoqin\//,
    );
    await context.close();
  });
});
