import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openOfflineContext, siteUrl, useBrowser } from './support/browser.ts';
import { sitemapPaths } from './support/sitemap.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const browser = useBrowser();

describe('accessibility of every page in the sitemap (axe-core, WCAG 2 A/AA)', () => {
  const paths = sitemapPaths();

  it('finds the pages to audit', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it(
    'has no serious or critical violations and no external requests',
    async () => {
      const { context, external } = await openOfflineContext(browser());
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of paths) {
        await page.goto(siteUrl(encodeURI(path)), { waitUntil: 'load' });
        expect(await page.getAttribute('html', 'lang'), path).toBe('zh-CN');
        await page.evaluate(axeSource);
        const violations = (await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (options: unknown) => Promise<{ violations: unknown[] }> } })
            .axe;
          const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
          return result.violations;
        })) as Violation[];
        for (const violation of violations) {
          if (violation.impact === 'serious' || violation.impact === 'critical') {
            const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
            problems.push(`/${path}: ${violation.id} (${violation.impact}) ${violation.help} → ${targets.join(', ')}`);
          }
        }
      }
      await context.close();
      expect(problems).toEqual([]);
      expect(external).toEqual([]);
    },
    10 * 60_000,
  );
});
