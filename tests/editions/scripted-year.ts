/**
 * A scripted year on the editions fixture, run through the commands as the office runs them:
 * 请销假制度 (kaoqin/b) revised twice after the 2026 edition (its June text cites 《机关考勤制度》第二条),
 * 机关考勤制度 (kaoqin/a) abolished on 2026-07-01, 机关值班制度 (kaoqin/zhiban) created in force from 2026-05-10.
 */
import { expect } from 'vitest';
import type { FixtureTree } from '../authoring/tree.ts';

export const TODAY = '2026-12-20';
export const B = 'content/regulations/kaoqin/b.md';
export const KEPT_B = 'content/versions/kaoqin/b';

export async function reviseB(
  tree: FixtureTree,
  date: string,
  effective: string,
  doc: string,
  edit: [string, string],
  slug = 'kaoqin/b',
): Promise<{ stdout: string }> {
  const result = await tree.command(
    'revise',
    [
      slug,
      '--date',
      date,
      '--effective',
      effective,
      '--doc-number',
      doc,
      '--note',
      `修改第四条销假期限（${doc}），原因是工作需要。`,
    ],
    TODAY,
  );
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  tree.edit(`content/regulations/${slug}.md`, edit[0], edit[1]);
  return result;
}

/** Runs the year; returns the texts of b as they were before each revision. */
export async function runScriptedYear(tree: FixtureTree): Promise<{ march: string; june: string; stdout: string }> {
  const march = tree.read(B);
  const first = await reviseB(tree, '2026-06-01', '2026-06-10', 'XX政办发〔2026〕30号', [
    '请假期满应当在1个工作日内销假。',
    '请假期满应当在1个工作日内销假，未按时销假的，按照《机关考勤制度》第二条处理。',
  ]);
  const june = tree.read(B);
  await reviseB(tree, '2026-10-01', '2026-10-15', 'XX政办发〔2026〕31号', [
    '请假期满应当在1个工作日内销假，未按时销假的，按照《机关考勤制度》第二条处理。',
    '请假期满应当在2个工作日内销假。',
  ]);
  const abolish = await tree.command(
    'abolish',
    ['kaoqin/a', '--date', '2026-07-01', '--note', '考勤管理已并入新的办法，予以废止。'],
    TODAY,
  );
  expect(abolish.code).toBe(0);
  const created = await tree.command(
    'new',
    [
      '--title',
      '机关值班制度',
      '--chapter',
      'kaoqin',
      '--department',
      '党政办',
      '--slug',
      'zhiban',
      '--date',
      '2026-05-06',
      '--effective',
      '2026-05-10',
      '--doc-number',
      'XX政办发〔2026〕20号',
    ],
    TODAY,
  );
  expect(created.code).toBe(0);
  return { march, june, stdout: `${first.stdout}\n${abolish.stdout}` };
}
