/**
 * The plain-frontmatter reader (src/handbook/plain-yaml.ts) must give exactly what the YAML library
 * gives, or nothing: compared on every regulation file of content/, every fixture, a generated corpus
 * and hand-made edge cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { findFrontmatter } from '../../src/handbook/frontmatter.ts';
import { readPlainYaml } from '../../src/handbook/plain-yaml.ts';
import { parseYamlSource } from '../../src/handbook/yaml-source.ts';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** What the validator read before the plain reader existed: the library's value, undefined on errors. */
function libraryValue(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 50 });
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function frontmatters(files: readonly { name: string; text: string }[]) {
  return files.flatMap(({ name, text }) => {
    const block = findFrontmatter(text.replace(/^\uFEFF/, ''));
    return block ? [{ name, yaml: block.yaml }] : [];
  });
}

/** Compares the two readers on each text; returns how many the plain reader took. */
function expectSameValues(cases: readonly { name: string; yaml: string }[]): number {
  let taken = 0;
  for (const { name, yaml } of cases) {
    const plain = readPlainYaml(yaml);
    if (plain === undefined) continue;
    taken++;
    expect(plain, name).toStrictEqual(libraryValue(yaml));
  }
  return taken;
}

describe('plain frontmatter reader', () => {
  it('reads the frontmatter of the real content as the YAML library does, for nearly every file', () => {
    const cases = frontmatters(
      markdownFiles(join(ROOT, 'content')).map((path) => ({ name: path, text: readFileSync(path, 'utf8') })),
    );
    expect(cases.length).toBeGreaterThan(50);
    const taken = expectSameValues(cases);
    expect(taken / cases.length).toBeGreaterThan(0.9);
  });

  it('reads every fixture as the YAML library does, or leaves it to the library', () => {
    const cases = frontmatters(
      markdownFiles(join(ROOT, 'tests', 'fixtures')).map((path) => ({
        name: path,
        text: readFileSync(path, 'utf8'),
      })),
    );
    expect(cases.length).toBeGreaterThan(100);
    expect(expectSameValues(cases)).toBeGreaterThan(0);
  });

  it('reads a generated corpus as the YAML library does', () => {
    const corpus = generateCorpus({ count: 300, seed: 11 });
    const cases = frontmatters(
      corpus.files.filter((file) => file.path.endsWith('.md')).map((file) => ({ name: file.path, text: file.content })),
    );
    expect(expectSameValues(cases)).toBe(cases.length);
  });

  it('takes the plain shape: words, one-line lists, lists of maps', () => {
    const yaml = [
      'title: 差旅费管理办法',
      'aliases: [差旅办法,差旅费办法]',
      'keywords: [ ]',
      'effective: 2026-04-01',
      'docNumber: XX政发〔2026〕33号',
      'history:',
      '  - date: 2014-05-20',
      '    action: enacted',
      '    note: 调整第十一条：住宿费标准（08:30 前报送）',
      '',
      '  - date: 2018-04-10',
      '    action: revised',
      'tags:',
      '- 甲',
      '- 乙 丙',
    ].join('\n');
    expect(readPlainYaml(yaml)).toStrictEqual(libraryValue(yaml));
    expect(readPlainYaml(yaml)).toMatchObject({
      keywords: [],
      aliases: ['差旅办法', '差旅费办法'],
      tags: ['甲', '乙 丙'],
    });
  });

  it.each([
    ['a number', 'year: 2025'],
    ['a boolean', 'flag: true'],
    ['null', 'replacedBy: ~'],
    ['an empty value', 'replacedBy:'],
    ['an empty value with nothing after it', 'title: 甲\nnote:'],
    ['quotes', 'title: "甲"'],
    ['a comment', 'title: 甲 # 注'],
    ['a comment line', '# 注\ntitle: 甲'],
    ['a tab', 'title:\t甲'],
    ['a repeated key', 'title: 甲\ntitle: 乙'],
    ['a key inside a list item repeated', 'history:\n  - date: 2020-01-01\n    date: 2021-01-01'],
    ['a multi-line scalar', 'title: 甲\n  乙'],
    ['a multi-line list item', 'history:\n  - date: 2020-01-01\n    note: 甲\n      乙'],
    ['a nested map', 'edition:\n  year: 2025'],
    ['a block scalar', 'note: |\n  甲'],
    ['an anchor', 'title: &a 甲'],
    ['a typed flow item', 'keywords: [甲, 2025]'],
    ['a flow map', 'keywords: {a: 甲}'],
    ['a trailing comma', 'keywords: [甲, ]'],
    ['a colon and space', 'title: 甲: 乙'],
    ['a document marker', '---\ntitle: 甲'],
    ['indentation', ' title: 甲'],
    ['a list item with two spaces', 'history:\n  -  date: 2020-01-01\n    action: enacted'],
    ['a list at another indent', 'history:\n  - 甲\n - 乙'],
    ['a key without a space', 'title:甲'],
    ['a trailing space', 'title: 甲 '],
    ['a byte-order mark', '\uFEFFtitle: 甲'],
    ['a line separator', 'title: 甲\u2028乙'],
    ['nothing', ''],
  ])('leaves %s to the YAML library', (_, yaml) => {
    expect(readPlainYaml(yaml)).toBeUndefined();
  });

  it('gives the positions of the YAML library when a finding asks for them', () => {
    const yaml = 'title: 甲\nhistory:\n  - date: 2020-01-01\n    action: enacted\n';
    const source = parseYamlSource(yaml, 2);
    expect(readPlainYaml(yaml)).toBeDefined();
    expect(source.errors).toEqual([]);
    expect(source.positionOf(['history', 0, 'action'])).toEqual({ line: 5, column: 13 });
    expect(source.keyPositionOf(['history', 0, 'action'])).toEqual({ line: 5, column: 5 });
  });
});
