import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { EDITION_RULES } from '../../src/editions/catalogue.ts';
import { brief, fixtureNames, materialise, runEditionRules } from './helpers.ts';

const roots: string[] = [];
const names = await fixtureNames();
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

describe('edition consistency rules (ZD6xx)', () => {
  it('finds nothing in the consistent base tree', async () => {
    const { root } = await materialise();
    roots.push(root);
    expect(await runEditionRules(root)).toEqual([]);
  });

  it.each(names)('%s', async (name) => {
    const { root, expected } = await materialise(name);
    roots.push(root);
    const findings = await runEditionRules(root);
    expect(brief(findings)).toEqual(brief(expected!.findings));
    for (const item of findings) {
      expect(item.line).toBeGreaterThanOrEqual(1);
      expect(item.message.length).toBeGreaterThan(0);
      expect(item.hint.length).toBeGreaterThan(0);
    }
  });

  it('has a fixture for every rule', async () => {
    for (const rule of EDITION_RULES)
      expect(
        names.some((name) => name.startsWith(rule.code)),
        rule.code,
      ).toBe(true);
  });
});
