/**
 * The date view on a scripted year (tests/editions/scripted-year.ts): the commands run on a copy
 * of the editions fixture, the site is built from it with this repository's code, and a real
 * Chromium opens `?date=` before, between and after each change: the right text, bar and
 * citation targets.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../src/browser/static-server.ts';
import { FixtureTree } from '../authoring/tree.ts';
import { runScriptedYear } from '../editions/scripted-year.ts';
import { useBrowser } from './support/browser.ts';

const REPO = join(import.meta.dirname, '..', '..');
/** The handbook's Astro config with a cache folder of our choosing (also used by the build bench). */
const BENCH_CONFIG = 'scripts/bench/lib/astro.bench.config.ts';
const browser = useBrowser();
let tree: FixtureTree;
let server: StaticServer;
let site: string | undefined;

/**
 * `astro build` of the fixture tree with this repository's code, in a folder under the repository's
 * ignored .cache/ (Astro wants real paths: the code is copied there and node_modules is found by
 * walking up), Astro's cache kept in that folder so the real site's cache is untouched.
 */
async function buildSite(content: string): Promise<string> {
  const root = mkdtempSync(join(REPO, '.cache', 'as-at-date-'));
  cpSync(content, join(root, 'content'), { recursive: true });
  for (const name of ['src', 'astro.config.ts', 'site.config.ts', 'tsconfig.json', 'package.json', BENCH_CONFIG])
    cpSync(join(REPO, name), join(root, name), { recursive: true });
  const astro = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const log: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [astro, 'build', '--config', BENCH_CONFIG], {
      cwd: root,
      env: {
        ...process.env,
        ZHIDU_BASE: '/',
        ASTRO_TELEMETRY_DISABLED: '1',
        BENCH_ASTRO_CACHE_DIR: join(root, '.astro-cache'),
      },
    });
    child.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`fixture build failed:\n${log.join('').slice(-4000)}`);
  return root;
}

/** A second chapter, so that a chapter's own view shows it leaves the other chapters out. */
function addSecondChapter(fixture: FixtureTree): void {
  mkdirSync(fixture.path('content/regulations/huiyi'), { recursive: true });
  fixture.write(
    'content/chapters.yml',
    `${fixture.read('content/chapters.yml').trimEnd()}\nhuiyi:\n  title: 会议管理\n  order: 2\n`,
  );
  fixture.write(
    'content/regulations/huiyi/h.md',
    fixture
      .read('content/regulations/kaoqin/c.md')
      .replace('title: 机关文化建设办法', 'title: 机关会议管理办法')
      .replace('为了加强机关文化建设', '为了规范机关会议'),
  );
}

beforeAll(async () => {
  tree = new FixtureTree();
  await runScriptedYear(tree);
  addSecondChapter(tree);
  mkdirSync(join(REPO, '.cache'), { recursive: true });
  site = await buildSite(tree.path('content'));
  server = await startStaticServer(join(site, 'dist'), '/');
}, 600_000);

afterAll(async () => {
  await server?.close();
  tree?.cleanup();
  // KEEP_SITE=1 keeps the built fixture site under .cache/ to look at after a failure.
  if (site && !process.env['KEEP_SITE']) rmSync(site, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
  return { page, close: () => context.close() };
}

/** Opens `<regulation>/?date=…` and returns where the reader lands and what the bar says. */
async function onDate(regulation: string, date: string) {
  const { page, close } = await open(`${regulation}/?date=${date}`);
  await page.waitForLoadState('networkidle');
  const url = new URL(page.url());
  const bar =
    (await page.locator('.zd-version-bar').count()) > 0 ? await page.locator('.zd-version-bar').innerText() : '';
  const result = page.locator('#zd-date-result');
  const message = (await result.isVisible()) ? await result.innerText() : '';
  const title = await page.title();
  const text = await page.locator('main').innerText();
  const citations = await page
    .locator('main a.zd-cite')
    .evaluateAll((links) =>
      links.map((link) =>
        decodeURI(new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash),
      ),
    );
  await close();
  return { path: decodeURI(url.pathname), bar, message, title, text, citations };
}

describe('the rule in force on a date (scripted year)', () => {
  it('请销假制度, revised in March, June and October: each date shows its text and bar', async () => {
    const before = await onDate('kaoqin/b', '2026-03-31');
    expect(before.path).toBe('/versions/kaoqin/b/2019-04-01/');
    expect(before.bar).toContain('2019年4月1日至2026年3月31日施行的文本');
    expect(before.title).toContain('2019年4月1日至2026年3月31日施行的文本');

    const april = await onDate('kaoqin/b', '2026-04-01');
    expect(april.path).toBe('/versions/kaoqin/b/2026-04-01/');
    expect(april.bar).toContain('2026年4月1日至2026年6月9日施行的文本');
    expect(april.bar).toContain('现行文本见《请销假制度》');
    expect(april.text).toContain('请假期满应当在1个工作日内销假。');

    const august = await onDate('kaoqin/b', '2026-08-10');
    expect(august.path).toBe('/versions/kaoqin/b/2026-06-10/');
    expect(august.bar).toContain('2026年6月10日至2026年10月14日施行的文本');
    expect(august.bar).toContain('XX政办发〔2026〕31号');
    // The June text cites 《机关考勤制度》第二条: the link stays on 2026-06-10, when that rule was in force.
    expect(august.citations).toContain('/versions/kaoqin/a/2018-04-01/#第二条');

    const october = await onDate('kaoqin/b', '2026-10-15');
    expect(october.path).toBe('/kaoqin/b/');
    expect(october.bar).toBe('');
    expect(october.text).toContain('请假期满应当在2个工作日内销假。');
    expect(october.text).toContain('历次文本');
  });

  it('机关考勤制度, abolished on 2026-07-01: its text until the day before, then the abolition', async () => {
    const june = await onDate('kaoqin/a', '2026-06-30');
    expect(june.path).toBe('/versions/kaoqin/a/2018-04-01/');
    expect(june.bar).toContain('2018年4月1日至2026年6月30日施行的文本');
    expect(june.bar).toContain('该制度已于2026年7月1日废止');

    const july = await onDate('kaoqin/a', '2026-07-01');
    expect(july.path).toBe('/kaoqin/a/');
    expect(july.message).toContain('2026年7月1日本制度已经废止');
  });

  it('机关值班制度, in force from 2026-05-10: not yet before, the current page from that day', async () => {
    const may = await onDate('kaoqin/zhiban', '2026-05-09');
    expect(may.path).toBe('/kaoqin/zhiban/');
    expect(may.message).toContain('2026年5月9日本制度尚未施行');

    const from = await onDate('kaoqin/zhiban', '2026-05-10');
    expect(from.path).toBe('/kaoqin/zhiban/');
    expect(from.message).toBe('');
  });

  it('lists every text of 请销假制度 with its period, and compares consecutive texts', async () => {
    const { page, close } = await open('kaoqin/b/');
    const items = await page.locator('.zd-versions__period').allInnerTexts();
    expect(items.map((item) => item.split('施行')[0])).toEqual([
      '2026年10月15日起',
      '2026年6月10日至2026年10月14日',
      '2026年4月1日至2026年6月9日',
      '2019年4月1日至2026年3月31日',
    ]);
    await page
      .locator('.zd-versions__text', { hasText: '2026年6月10日至' })
      .getByRole('link', { name: '与上一文本对照' })
      .click();
    // The comparison lives on the earlier text's page, below it.
    await page.waitForURL(/\/versions\/kaoqin\/b\/2026-04-01\/#zd-compare-next$/);
    const comparison = page.locator('#zd-compare-next');
    expect((await comparison.locator('ins').allInnerTexts()).join('')).toBe(
      '，未按时销假的，按照《机关考勤制度》第二条处理',
    );
    expect(await comparison.innerText()).toContain('XX政办发〔2026〕30号');
    expect(
      await comparison.locator('a', { hasText: '2026年6月10日至2026年10月14日施行的文本' }).getAttribute('href'),
    ).toBe('/versions/kaoqin/b/2026-06-10/');
    await close();
  });

  it('lists the whole handbook as at a date: the text of each rule that day, the others set apart', async () => {
    const listed = async (date: string) => {
      const { page, close } = await open(`versions/?date=${date}`);
      const links = await page
        .locator('#zd-asat a.zd-asat__text:visible')
        .evaluateAll((items) => items.map((item) => decodeURI(new URL((item as HTMLAnchorElement).href).pathname)));
      const summary = await page.locator('#zd-asat-summary').innerText();
      await close();
      return { links: links.sort(), summary };
    };
    const may = await listed('2026-05-01');
    expect(may.links).toEqual([
      '/huiyi/h/',
      '/kaoqin/c/',
      '/versions/kaoqin/a/2018-04-01/',
      '/versions/kaoqin/b/2026-04-01/',
    ]);
    expect(may.summary).toContain('2026年5月1日施行的制度共 4 项');
    const august = await listed('2026-08-10');
    expect(august.links).toEqual(['/huiyi/h/', '/kaoqin/c/', '/kaoqin/zhiban/', '/versions/kaoqin/b/2026-06-10/']);
  });

  it('lists one chapter as at a date on its own page, linked from the chapter page and the whole list', async () => {
    const chapter = await open('kaoqin/');
    await chapter.page.getByRole('link', { name: '查看本章某日施行的制度' }).click();
    await chapter.page.waitForURL(/\/versions\/kaoqin\/$/);
    await chapter.page.locator('.zd-asat__form input[name="date"]').fill('2026-05-01');
    await chapter.page.getByRole('button', { name: '查看当天施行的制度' }).click();
    await chapter.page.waitForURL(/\/versions\/kaoqin\/\?date=2026-05-01$/);
    const visible = () =>
      chapter.page
        .locator('#zd-asat a.zd-asat__text:visible')
        .evaluateAll((items) => items.map((item) => decodeURI(new URL((item as HTMLAnchorElement).href).pathname)));
    expect((await visible()).sort()).toEqual([
      '/kaoqin/c/',
      '/versions/kaoqin/a/2018-04-01/',
      '/versions/kaoqin/b/2026-04-01/',
    ]);
    expect(await chapter.page.locator('#zd-asat-summary').innerText()).toContain('2026年5月1日施行的制度共 3 项');
    await chapter.close();

    const { page, close } = await open('versions/kaoqin/?date=2026-10-15');
    const links = await page
      .locator('#zd-asat a.zd-asat__text:visible')
      .evaluateAll((items) => items.map((item) => decodeURI(new URL((item as HTMLAnchorElement).href).pathname)));
    // The other chapter's rule, in force that day too, is not on this chapter's page.
    expect(links.sort()).toEqual(['/kaoqin/b/', '/kaoqin/c/', '/kaoqin/zhiban/']);
    expect(await page.locator('h1').innerText()).toContain('考勤与请销假');
    await close();

    const whole = await open('versions/');
    await whole.page.locator('#zd-asat').getByRole('link', { name: '考勤与请销假', exact: true }).click();
    await whole.page.waitForURL(/\/versions\/kaoqin\/$/);
    await whole.close();
  });
});
