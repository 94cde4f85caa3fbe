import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, openOfflineContext, screenshot, siteUrl, useBrowser } from './support/browser.ts';

const browser = useBrowser();

/** Filter values and counts as the UI shows them (`党政办 (3)`), per filter, in display order. */
async function shownFilters(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('#starlight__search .pagefind-ui__filter-block')].map((block) => [
        block.querySelector('summary')?.textContent?.trim() ?? '',
        [...block.querySelectorAll('.pagefind-ui__filter-value')].map((value) => {
          const [, name = '', count = '0'] =
            /^(.*) \((\d+)\)$/.exec(value.querySelector('label')?.textContent ?? '') ?? [];
          return { name, count: Number(count), checked: value.querySelector('input')?.checked ?? false };
        }),
      ]),
    ),
  );
}

async function shownTotal(page: Page): Promise<number> {
  const message = page.locator('#starlight__search .pagefind-ui__message');
  await expect.poll(async () => (await message.textContent()) ?? '').toMatch(/^找到 \d+ 条/);
  return Number(/找到 (\d+) 条/.exec((await message.textContent()) ?? '')?.[1]);
}

import { loadHandbookModel } from '../../src/handbook/load.ts';
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
  it('opens 请销假制度 at 第七条 for 请假三天找谁批, quoting the item that answers', async () => {
    const { context, external } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl(), { waitUntil: 'networkidle' });
    const input = await openSearch(page);
    await input.pressSequentially('请假三天找谁批');
    const first = await firstResultTitle(page);
    const article = first.locator('.pagefind-ui__result-nested .pagefind-ui__result-link').first();
    await expect(article.textContent()).resolves.toBe('第七条');
    const excerpt = await first
      .locator('.pagefind-ui__result-nested .pagefind-ui__result-excerpt')
      .first()
      .textContent();
    // The （三） item (3天以上 … 报党委书记和镇长审批), not the lead-in nor the 本条于2026年修订 marker.
    expect(excerpt).toContain('（三）请假3天以上');
    expect(excerpt).not.toContain('本条于');
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

describe('search results that can be trusted', () => {
  it('shows filter counts that add up to the results, in handbook order', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl(), { waitUntil: 'networkidle' });
    const input = await openSearch(page);
    // A question answered by the word-by-word fallback (Pagefind alone finds nothing).
    await input.pressSequentially('请假三天找谁批');
    await firstResultTitle(page);
    const total = await shownTotal(page);
    expect(total).toBeGreaterThan(0);
    await expect.poll(async () => Object.keys(await shownFilters(page)).length, { timeout: 15_000 }).toBe(4);
    const filters = await shownFilters(page);
    for (const [filter, values] of Object.entries(filters)) {
      const checked = values.filter((value) => value.checked);
      // A filter with ticked values: they add up to the results; with none ticked, all values do.
      const sum = (checked.length > 0 ? checked : values).reduce((acc, value) => acc + value.count, 0);
      expect(sum, filter).toBe(total);
    }
    const model = await loadHandbookModel();
    const departmentOrder = model.departments.map((department) => department.key);
    const shown = filters['部门']!.map((value) => value.name);
    expect(shown).toEqual(departmentOrder.filter((key) => shown.includes(key)));
    expect(filters['版本']!.map((value) => value.name)).toEqual(['2026年版', '2025年版', '历次文本']);
    await screenshot(page, 'desktop-search-counts');
    await context.close();
  });

  it('labels every result with its edition, so two editions of a rule are told apart', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl(), { waitUntil: 'networkidle' });
    const input = await openSearch(page);
    await input.pressSequentially('请销假');
    await firstResultTitle(page);
    const block = page.locator('#starlight__search .pagefind-ui__filter-block', { hasText: '版本' });
    if ((await block.getAttribute('open')) === null) await block.locator('summary').click();
    await block.locator('label', { hasText: '2025年版' }).click();
    const cards = page.locator('#starlight__search .pagefind-ui__result', { hasText: '机关工作人员请销假制度' });
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(2);
    const tags = await Promise.all(
      [0, 1].map(async (i) => (await cards.nth(i).locator('.pagefind-ui__result-tag').allTextContents()).join(' ')),
    );
    expect(tags.some((text) => text.includes('2026年版'))).toBe(true);
    expect(tags.some((text) => text.includes('2025年版'))).toBe(true);
    const all = await page.locator('#starlight__search .pagefind-ui__result').count();
    const labelled = await page
      .locator('#starlight__search .pagefind-ui__result', {
        has: page.locator('.pagefind-ui__result-tag', { hasText: '年版' }),
      })
      .count();
    expect(labelled).toBe(all);
    await screenshot(page, 'desktop-search-editions');
    await context.close();
  });

  it('labels an abolished rule 已废止 in its card', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl(), { waitUntil: 'networkidle' });
    const input = await openSearch(page);
    await input.pressSequentially('签到考勤');
    await firstResultTitle(page);
    const block = page.locator('#starlight__search .pagefind-ui__filter-block', { hasText: '状态' });
    if ((await block.getAttribute('open')) === null) await block.locator('summary').click();
    await block.locator('label', { hasText: '已废止' }).click();
    const card = page
      .locator('#starlight__search .pagefind-ui__result', { hasText: '机关干部签到考勤暂行规定' })
      .first();
    await card.waitFor({ state: 'visible' });
    expect((await card.locator('.pagefind-ui__result-tag').allTextContents()).join(' ')).toContain('状态: 已废止');
    await context.close();
  });
});

/** `2018年7月1日` → `2018-07-01`. */
function isoDay(chinese: string): string {
  const [, year = '', month = '', day = ''] = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(chinese) ?? [];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Whether a 施行 label (`2018年7月1日至2026年3月31日`, `2026年4月1日起`) holds `date`. */
function periodHolds(label: string, date: string): boolean {
  const [start = '', end] = label.split('至');
  return isoDay(start) <= date && (end === undefined || date <= isoDay(end));
}

async function limitToDate(page: Page, date: string) {
  const field = page.locator('site-search input[data-search-date]');
  await field.fill(date);
  await field.dispatchEvent('change');
}

/** Cards as shown: link, title and the 施行/版本/状态 tags. */
async function shownCards(page: Page) {
  return page.locator('#starlight__search .pagefind-ui__result').evaluateAll((cards) =>
    cards.map((card) => {
      const tags = Object.fromEntries(
        [...card.querySelectorAll('.pagefind-ui__result-tag')].map((tag) => {
          const [name = '', ...value] = (tag.textContent ?? '').split(':');
          return [name.trim(), value.join(':').trim()];
        }),
      );
      const link = card.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link');
      return { href: link?.getAttribute('href') ?? '', title: link?.textContent ?? '', tags };
    }),
  );
}

describe('search limited to the texts in force on a date', () => {
  it('finds the text in force that day: the replaced text before a revision, the current one after, each labelled with its period', async () => {
    const { context, external } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl(), { waitUntil: 'networkidle' });
    const input = await openSearch(page);
    await input.pressSequentially('请假');
    await firstResultTitle(page);

    for (const [date, expected] of [
      ['2020-01-01', /\/versions\/kaoqin\/qingxiaojia\/2018-07-01\/$/],
      ['2026-03-31', /\/versions\/kaoqin\/qingxiaojia\/2018-07-01\/$/],
      ['2026-08-10', /\/kaoqin\/qingxiaojia\/$/],
    ] as const) {
      await limitToDate(page, date);
      // Every card says when its text was in force, and that period holds the date (once the new results are in).
      const holding = async () => {
        const cards = await shownCards(page);
        return cards.length > 0 && cards.every((card) => card.tags['施行'] && periodHolds(card.tags['施行'], date));
      };
      await expect.poll(holding, { timeout: 15_000 }).toBe(true);
      const cards = await shownCards(page);
      expect(cards.find((card) => card.title.includes('请销假'))?.href).toMatch(expected);
      // One card per regulation: the same text is never listed twice (edition page and version page).
      const base = new URL(siteUrl()).pathname;
      const regulations = cards.map((card) =>
        new URL(card.href, page.url()).pathname
          .slice(base.length)
          .replace(/^versions\//, '')
          .split('/')
          .slice(0, 2)
          .join('/'),
      );
      expect(new Set(regulations).size).toBe(regulations.length);
      // The counts still add up to the results (the date replaces the 版本/状态 preset: nothing ticked).
      const total = await shownTotal(page);
      const filters = await shownFilters(page);
      expect(Object.keys(filters)).toEqual(['部门', '状态', '章', '版本']);
      for (const [filter, values] of Object.entries(filters)) {
        expect(
          values.filter((value) => value.checked),
          filter,
        ).toEqual([]);
        expect(
          values.reduce((sum, value) => sum + value.count, 0),
          filter,
        ).toBe(total);
      }
    }
    // Back to an earlier day: the replaced text again, labelled 历次文本.
    await limitToDate(page, '2020-01-01');
    await expect
      .poll(async () => (await shownCards(page)).find((card) => card.title.includes('请销假'))?.tags['版本'] ?? '', {
        timeout: 15_000,
      })
      .toBe('历次文本');
    await screenshot(page, 'desktop-search-date');

    // Clearing the date restores the preset: this edition, no abolished rules.
    await limitToDate(page, '');
    await expect
      .poll(() => page.locator('#starlight__search input[type=checkbox][id*="2026年版"]').isChecked(), {
        timeout: 15_000,
      })
      .toBe(true);
    await expect
      .poll(async () => (await shownCards(page)).every((card) => card.tags['版本'] === '2026年版'), { timeout: 15_000 })
      .toBe(true);
    expect(external).toEqual([]);
    await context.close();
  });

  it('finds an abolished rule as it stood before its abolition, labelled 已废止, and not after', async () => {
    const { context } = await openOfflineContext(browser());
    const page = await context.newPage();
    await page.goto(siteUrl(), { waitUntil: 'networkidle' });
    const input = await openSearch(page);
    await input.pressSequentially('签到考勤');
    await firstResultTitle(page);
    await limitToDate(page, '2020-06-01');
    const abolished = async () =>
      (await shownCards(page)).find((card) => card.title.includes('机关干部签到考勤暂行规定'));
    await expect.poll(async () => (await abolished())?.tags['状态'] ?? '', { timeout: 15_000 }).toBe('已废止');
    expect((await abolished())?.href).toMatch(/\/versions\/kaoqin\/qiandao-kaoqin\//);
    await limitToDate(page, '2026-08-10');
    await expect.poll(async () => (await abolished()) === undefined, { timeout: 15_000 }).toBe(true);
    await context.close();
  });
});
