import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../../src/browser/chromium.ts';

export const DESKTOP = { width: 1280, height: 900 };
export const MOBILE = { width: 390, height: 844 };

export function siteUrl(path = ''): string {
  return new URL(path, inject('siteUrl')).toString();
}

/**
 * A browser context that refuses every request not addressed to the local server and records it,
 * so a test can assert the site works with no internet (fonts, scripts, analytics, images).
 */
export async function openOfflineContext(browser: Browser, viewport = DESKTOP) {
  const context: BrowserContext = await browser.newContext({ viewport, locale: 'zh-CN' });
  const external: string[] = [];
  const origin = inject('siteOrigin');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, external };
}

/** Launches Chromium once for the calling test file and closes it after its tests. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium 尚未启动');
    return browser;
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: false });
}
