/**
 * Kept texts through a scripted year on the editions fixture: 请销假制度 (b) revised twice after
 * the edition, 机关考勤制度 (a) abolished mid-year, a new rule created mid-year. The commands keep
 * each replaced text, refusals write nothing, and the check guards the kept texts.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/handbook/content-tree.ts';
import { loadKeptFolders } from '../../src/editions/kept-text.ts';
import { hashText } from '../../src/editions/manifest.ts';
import { textOn, inForceOn, pastTexts, type Timeline } from '../../src/editions/text-timeline.ts';
import { timelinesOf } from '../../src/editions/timelines.ts';
import { parseRedirects, readRedirectsText } from '../../src/editions/redirects.ts';
import { FixtureTree } from '../authoring/tree.ts';
import { B, KEPT_B, TODAY, reviseB as reviseWith, runScriptedYear } from './scripted-year.ts';

async function timelines(root: string): Promise<Map<string, Timeline>> {
  const tree = await loadContentTree(root);
  const { redirects } = parseRedirects(await readRedirectsText(root));
  return timelinesOf(tree, await loadKeptFolders(tree.contentDir), redirects);
}

function originOn(timeline: Timeline, date: string): string {
  const standing = textOn(timeline, date);
  if (standing.kind !== 'in-force') return standing.kind;
  const origin = standing.text.stored!.origin;
  return origin.kind === 'kept' ? origin.filePath : origin.kind === 'edition' ? `edition ${origin.edition}` : 'current';
}

describe('kept texts over a scripted year', () => {
  let tree: FixtureTree;
  beforeEach(() => {
    tree = new FixtureTree();
  });
  afterEach(() => tree.cleanup());

  const reviseB = (date: string, effective: string, doc: string, edit: [string, string], slug?: string) =>
    reviseWith(tree, date, effective, doc, edit, slug);

  async function scriptedYear() {
    const { march, june, stdout } = await runScriptedYear(tree);
    expect(stdout).toContain(`${KEPT_B}/2026-04-01.md`);
    expect(tree.read(`${KEPT_B}/2026-04-01.md`)).toBe(march);
    expect(tree.read(`${KEPT_B}/2026-06-10.md`)).toBe(june);
    // a's text is the one frozen in the 2025 edition: it is not copied again.
    expect(stdout).toContain('已冻结在 content/editions/2025/regulations/kaoqin/a.md');
    expect(existsSync(tree.path('content/versions/kaoqin/a'))).toBe(false);
  }

  it('keeps each replaced text with its hash and shows the right text on every date', async () => {
    await scriptedYear();
    const manifest = JSON.parse(tree.read(`${KEPT_B}/manifest.json`)) as {
      regulation: string;
      files: Record<string, string>;
    };
    expect(manifest.regulation).toBe('kaoqin/b');
    expect(manifest.files).toEqual({
      '2026-04-01.md': hashText(tree.read(`${KEPT_B}/2026-04-01.md`)),
      '2026-06-10.md': hashText(tree.read(`${KEPT_B}/2026-06-10.md`)),
    });

    const all = await timelines(tree.root);
    const b = all.get('kaoqin/b')!;
    expect(b.texts.map((text) => [text.from, text.until])).toEqual([
      ['2019-04-01', '2026-04-01'],
      ['2026-04-01', '2026-06-10'],
      ['2026-06-10', '2026-10-15'],
      ['2026-10-15', undefined],
    ]);
    expect(originOn(b, '2026-03-31')).toBe('edition 2025');
    expect(originOn(b, '2026-04-01')).toBe(`${KEPT_B}/2026-04-01.md`);
    expect(originOn(b, '2026-06-09')).toBe(`${KEPT_B}/2026-04-01.md`);
    expect(originOn(b, '2026-08-10')).toBe(`${KEPT_B}/2026-06-10.md`);
    expect(originOn(b, '2026-10-15')).toBe('current');
    expect(b.texts[2]!.endedBy?.docNumber).toBe('XX政办发〔2026〕31号');
    expect(pastTexts(b).map((text) => text.from)).toEqual(['2019-04-01', '2026-04-01', '2026-06-10']);

    const a = all.get('kaoqin/a')!;
    expect(originOn(a, '2026-06-30')).toBe('edition 2025');
    expect(originOn(a, '2026-07-01')).toBe('abolished');
    const created = all.get('kaoqin/zhiban')!;
    expect(originOn(created, '2026-05-09')).toBe('not-yet');
    expect(originOn(created, '2026-05-10')).toBe('current');

    const ids = (date: string) =>
      inForceOn([...all.values()], date)
        .map((text) => text.regulationId)
        .sort();
    expect(ids('2026-05-01')).toEqual(['kaoqin/a', 'kaoqin/b', 'kaoqin/c']);
    expect(ids('2026-08-10')).toEqual(['kaoqin/b', 'kaoqin/c', 'kaoqin/zhiban']);

    expect((await tree.check(TODAY)).findings.filter((item) => item.code.startsWith('ZD63'))).toEqual([]);
  });

  it('writes nothing when a revision or abolition is refused', async () => {
    await reviseB('2026-06-01', '2026-06-10', 'XX政办发〔2026〕30号', ['请假1天以内', '请假2天以内']);
    const hash = tree.hash();
    const refused = [
      await tree.command(
        'revise',
        [
          'kaoqin/b',
          '--date',
          '2026-05-01',
          '--doc-number',
          'XX政办发〔2026〕32号',
          '--note',
          '将请假审批权限调整为三天，原因是工作需要。',
        ],
        TODAY,
      ),
      await tree.command(
        'revise',
        [
          'kaoqin/b',
          '--date',
          '2026-07-01',
          '--doc-number',
          'XX政办发〔2026〕30号',
          '--note',
          '将请假审批权限调整为三天，原因是工作需要。',
        ],
        TODAY,
      ),
      await tree.command('abolish', ['kaoqin/c', '--date', '2026-07-01', '--note', '并入其他制度，予以废止。'], TODAY),
    ];
    for (const result of refused) expect(result.code).not.toBe(0);
    expect(tree.hash()).toBe(hash);
  });

  it('refuses a second text for the same effective date and writes nothing', async () => {
    await reviseB('2026-06-01', '2026-06-10', 'XX政办发〔2026〕30号', ['请假1天以内', '请假2天以内']);
    // A different text kept under the date of the current text: the command must not overwrite it.
    const kept = `${KEPT_B}/2026-06-10.md`;
    const manifestPath = `${KEPT_B}/manifest.json`;
    const manifest = JSON.parse(tree.read(manifestPath)) as { files: Record<string, string> };
    tree.write(kept, 'other text\n');
    manifest.files['2026-06-10.md'] = hashText('other text\n');
    tree.write(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const hash = tree.hash();
    const result = await tree.command(
      'revise',
      [
        'kaoqin/b',
        '--date',
        '2026-08-01',
        '--doc-number',
        'XX政办发〔2026〕33号',
        '--note',
        '将请假审批权限调整为三天，原因是工作需要。',
      ],
      TODAY,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('2026-06-10.md 已保存了 2026-06-10 施行的另一份文本');
    expect(tree.hash()).toBe(hash);
  });

  it('reports a missing, changed, deleted, unlisted or stray kept text', async () => {
    await scriptedYear();
    const codes = async () =>
      (await tree.check(TODAY)).findings
        .filter((item) => item.code.startsWith('ZD63'))
        .map((item) => `${item.code} ${item.file}`);

    tree.edit(`${KEPT_B}/2026-06-10.md`, '1个工作日内', '5个工作日内');
    expect(await codes()).toEqual([`ZD631 ${KEPT_B}/2026-06-10.md`]);

    rmSync(tree.path(`${KEPT_B}/2026-06-10.md`));
    expect(await codes()).toEqual([`ZD630 ${B}`, `ZD632 ${KEPT_B}/2026-06-10.md`]);
    const finding = (await tree.check(TODAY)).findings.find((item) => item.code === 'ZD630')!;
    expect(finding.message).toContain('2026-10-01 的修订记录替换了 2026-06-01 修订的文本');
    expect(finding.hint).toContain('npm run revise');

    writeFileSync(tree.path(`${KEPT_B}/2026-06-10.md`), readFileSync(tree.path(B)));
    expect(await codes()).toContain(`ZD631 ${KEPT_B}/2026-06-10.md`);
    expect(await codes()).toContain(`ZD634 ${KEPT_B}/2026-06-10.md`);

    rmSync(tree.path(`${KEPT_B}/manifest.json`));
    expect(await codes()).toContain(`ZD633 ${KEPT_B}/manifest.json`);
  });

  it('asks for the replaced text of a revision recorded by hand', async () => {
    // A revision written into the history by hand, not through npm run revise.
    tree.edit(
      B,
      '---\n\n第一条',
      '  - date: 2026-09-01\n    action: revised\n    by: 镇党政联席会议\n    docNumber: XX政办发〔2026〕9号\n    note: 手工记录的修订，没有保存原文本。\n---\n\n第一条',
    );
    tree.edit(B, 'effective: 2026-04-01', 'effective: 2026-09-10');
    const found = (await tree.check(TODAY)).findings.filter((item) => item.code === 'ZD630');
    const line = tree.read(B).split('\n').indexOf('  - date: 2026-09-01') + 1;
    expect(found.map((item) => [item.file, item.line])).toEqual([[B, line]]);
  });

  it('keeps the file but warns when the text was edited before npm run revise', async () => {
    const A = 'content/regulations/kaoqin/a.md';
    tree.edit(A, '不得迟到早退。', '不得迟到早退，不得串岗。');
    const edited = tree.read(A);
    const result = await tree.command(
      'revise',
      [
        'kaoqin/a',
        '--date',
        '2026-06-01',
        '--doc-number',
        'XX政办发〔2026〕40号',
        '--note',
        '第二条增加不得串岗的规定，原因是作风建设需要。',
      ],
      TODAY,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('注意：正文与 content/editions/2025/regulations/kaoqin/a.md 不同，但没有修订记录');
    expect(tree.read('content/versions/kaoqin/a/2018-04-01.md')).toBe(edited);
  });

  it('follows a renamed regulation (content/redirects.yml) to its texts in earlier editions', async () => {
    renameSync(tree.path(B), tree.path('content/regulations/kaoqin/qingjia.md'));
    tree.write('content/redirects.yml', '- from: kaoqin/b\n  to: kaoqin/qingjia\n');
    await reviseB('2026-06-01', '2026-06-10', 'XX政办发〔2026〕30号', ['请假1天以内', '请假2天以内'], 'kaoqin/qingjia');
    expect(existsSync(tree.path('content/versions/kaoqin/qingjia/2026-04-01.md'))).toBe(true);
    const timeline = (await timelines(tree.root)).get('kaoqin/qingjia')!;
    expect(originOn(timeline, '2026-03-31')).toBe('edition 2025');
    expect(originOn(timeline, '2026-04-01')).toBe('content/versions/kaoqin/qingjia/2026-04-01.md');
    expect((await tree.check(TODAY)).findings.filter((item) => item.code.startsWith('ZD63'))).toEqual([]);
  });
});
