/**
 * src/styles/search.css is Starlight's Search.astro styles, copied. Pinned here: the copy must equal
 * the installed Starlight's (whitespace aside) and name the version it came from, so an upgrade that
 * changes Starlight's search styles fails this test instead of leaving a stale copy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The package does not export its package.json; read the installed copy the build uses.
const starlightDir = 'node_modules/@astrojs/starlight/';
const starlightVersion = (JSON.parse(readFileSync(`${starlightDir}package.json`, 'utf8')) as { version: string })
  .version;
const copy = readFileSync('src/styles/search.css', 'utf8');

const squash = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');

function starlightStyles(): string {
  const component = readFileSync(`${starlightDir}dist/components/Search.astro`, 'utf8');
  const blocks = [...component.matchAll(/<style(?: is:global)?>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  return blocks.join('\n');
}

describe('search styles copied from Starlight', () => {
  it('name the Starlight version they were copied from, which is the installed one', () => {
    const named = /Starlight (\d+\.\d+\.\d+)'s Search\.astro styles/.exec(copy)?.[1];
    expect(named).toBe(starlightVersion);
  });

  it('equal the installed Starlight Search.astro styles, whitespace and comments aside', () => {
    // Same rules, in the same order (scoped block, then the global one with the Pagefind UI import).
    const theirs = squash(starlightStyles());
    const ours = squash(copy);
    const importRule = "@importurl('@pagefind/default-ui/css/ui.css')layer(starlight.core);";
    expect(ours.startsWith(importRule)).toBe(true);
    expect(ours.slice(importRule.length)).toBe(theirs.replace(importRule, ''));
  });
});
