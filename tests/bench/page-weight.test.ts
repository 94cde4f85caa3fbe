import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlReferences, measurePageWeight, resolveUrl, staticImports } from '../../scripts/bench/page-weight.ts';

describe('page weight parsing', () => {
  it('finds stylesheets, module scripts, modulepreloads and inline code', () => {
    const refs = htmlReferences(
      `<link rel="stylesheet" href="/_astro/a.css"><link rel=modulepreload href="/_astro/m.js"><link rel="icon" href="/f.svg">` +
        `<script type="module" src="/_astro/p.js"></script><script>var x=1</script><script type="application/ld+json">{}</script><style>p{}</style>`,
    );
    expect(refs).toEqual({
      css: ['/_astro/a.css'],
      js: ['/_astro/m.js', '/_astro/p.js'],
      inlineJs: ['var x=1'],
      inlineCss: ['p{}'],
    });
  });

  it('follows static imports but not dynamic ones', () => {
    expect(
      staticImports('import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";const m=import("./lazy.js")'),
    ).toEqual(['./x.js', './y.js', './z.js']);
  });

  it('resolves relative and absolute URLs and skips external ones', () => {
    expect(resolveUrl('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
    expect(resolveUrl('/_astro/c.css?v=1', '/x/index.html')).toBe('/_astro/c.css');
    expect(resolveUrl('https://cdn.example/x.js', '/x/index.html')).toBeNull();
  });
});

describe('measurePageWeight', () => {
  const dist = mkdtempSync(join(tmpdir(), 'zhidu-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'kaoqin', 'qingjia'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, '_astro', 'a.css'), 'body{color:red}'.repeat(50));
  const p = 'import"./q.js";console.log(1);';
  const q = 'export const q=2;import("./lazy.js");';
  writeFileSync(join(dist, '_astro', 'p.js'), p);
  writeFileSync(join(dist, '_astro', 'q.js'), q);
  writeFileSync(join(dist, '_astro', 'lazy.js'), 'x'.repeat(10_000));
  const html =
    '<html><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/p.js"></script><script>var a=1</script></html>';
  writeFileSync(join(dist, 'kaoqin', 'qingjia', 'index.html'), html);

  it('adds referenced CSS and JS (with static imports), raw and gzip', () => {
    const weight = measurePageWeight(dist, '/kaoqin/qingjia/');
    expect(weight.html.raw).toBe(Buffer.byteLength(html));
    expect(weight.css.raw).toBe(750);
    expect(weight.css.gzip).toBeLessThan(weight.css.raw);
    expect(weight.files.js).toEqual(['/_astro/p.js', '/_astro/q.js']);
    expect(weight.js.raw).toBe(p.length + q.length + 'var a=1'.length);
    expect(weight.inline.js.raw).toBe('var a=1'.length);
    expect(weight.total.raw).toBe(weight.html.raw + 750 + p.length + q.length);
    expect(weight.missing).toEqual([]);
  });
});
