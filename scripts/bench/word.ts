/**
 * Benchmark of the Word round trip at the size of an office's first import: 20 regulations of this
 * handbook exported as Word files (4 of them turned into .doc by LibreOffice, when installed), imported
 * as a folder into a copy of the repository without them, then compared with the originals.
 *
 *   npm run bench:word [-- --count 20] [--verbose]
 *
 * Prints the import time (review, conversion, writing and checking included) and, per file, whether
 * title, 文号, 施行 date, history and the counts of 章, 条, 项 and 附件 came back the same.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseRegulation, type RegulationTree } from '../../src/engine/index.ts';
import { toEngineInput } from '../../src/handbook/engine-input.ts';
import { loadContentTree } from '../../src/handbook/index.ts';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import { toHandbookModel } from '../../src/handbook/to-handbook-model.ts';
import type { Regulation } from '../../src/handbook/model.ts';
import { exportRegulation } from '../../src/word/export-document.ts';
import { importMain } from '../../src/word/import-cli.ts';
import { convertWithLibreOffice, findLibreOffice } from '../../src/word/libreoffice.ts';

const { values: options } = parseArgs({
  options: { count: { type: 'string', default: '20' }, verbose: { type: 'boolean', default: false } },
});
const COUNT = Number(options.count);
const REPO = process.cwd();

function shape(regulation: Regulation) {
  const tree: RegulationTree = parseRegulation(toEngineInput(regulation, 'strict')!).tree;
  const divisions = (list: RegulationTree['divisions']): number =>
    list.reduce((n, d) => n + 1 + divisions(d.children), 0);
  return {
    title: regulation.data.title,
    docNumber: regulation.data.docNumber ?? '',
    effective: regulation.data.effective,
    history: regulation.data.history.map((h) => `${h.date}${h.action}`).join(' '),
    divisions: divisions(tree.divisions),
    articles: tree.articles.length,
    sections: tree.sections.length,
    items:
      tree.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.items.length, 0), 0) +
      tree.sections.reduce((n, s) => n + s.items.length, 0),
    text: tree.articles.map((a) => a.text).join('\n'),
  };
}

const model = await loadHandbookModel(REPO);
const inForce = model.current.regulations.filter((r) => r.data.status !== 'abolished');
const step = Math.max(1, Math.floor(inForce.length / COUNT));
const chosen = inForce.filter((_, index) => index % step === 0).slice(0, COUNT);

const work = await mkdtemp(join(tmpdir(), 'zhidu-bench-word-'));
const root = join(work, 'repo');
const folder = join(work, '旧制度');
try {
  await cp(join(REPO, 'content'), join(root, 'content'), {
    recursive: true,
    filter: (source) => !source.includes(join('content', 'editions')) && !chosen.some((r) => source === r.absPath),
  });
  const docx: string[] = [];
  await mkdir(folder, { recursive: true });
  for (const regulation of chosen) {
    const path = join(folder, `${regulation.data.title}.docx`);
    await writeFile(path, await exportRegulation(regulation));
    docx.push(path);
  }
  let docs = 0;
  if (findLibreOffice()) {
    const converted = await convertWithLibreOffice(docx.slice(0, 4), 'doc');
    for (const { source, result } of converted) {
      if (!(result instanceof Buffer)) continue;
      await writeFile(source.replace(/\.docx$/, '.doc'), result);
      await rm(source);
      docs += 1;
    }
  }

  let output = '';
  const started = performance.now();
  const code = await importMain([folder, '--root', root, '--yes'], {
    cwd: work,
    stdout: (text) => (output += text),
    stderr: (text) => (output += text),
  });
  const seconds = (performance.now() - started) / 1000;

  const imported = toHandbookModel(await loadContentTree(root)).current.regulations;
  const rows = chosen.map((original) => {
    const back = imported.find((r) => r.data.title === original.data.title);
    if (!back) return { title: original.data.title, same: false, differs: ['未导入'] };
    const [a, b] = [shape(original), shape(back)];
    const differs = (Object.keys(a) as Array<keyof typeof a>).filter((key) => a[key] !== b[key]);
    const placed = back.chapter === original.chapter ? [] : [`章 ${back.chapter}≠${original.chapter}`];
    const owner =
      back.data.department === original.data.department
        ? []
        : [`部门 ${back.data.department}≠${original.data.department}`];
    return { title: original.data.title, same: differs.length === 0, differs: [...differs, ...placed, ...owner] };
  });

  // 简称 proposed from citations: right when the original has that name, wrong otherwise.
  const names = (r: Regulation) => [r.data.shortTitle, ...(r.data.aliases ?? [])].filter(Boolean);
  let proposed = 0;
  let wrong = 0;
  for (const original of chosen) {
    const back = imported.find((r) => r.data.title === original.data.title);
    for (const name of back ? names(back) : []) {
      proposed += 1;
      if (!names(original).includes(name)) wrong += 1;
    }
  }
  const withShort = chosen.filter((r) => names(r).length > 0).length;
  console.log(`Word 导入基准（${cpus()[0]?.model.trim()} × ${cpus().length}，负载 ${loadavg()[0]?.toFixed(2)}）`);
  console.log(`文件：${chosen.length} 个（其中 .doc ${docs} 个，经 LibreOffice 转换）`);
  console.log(`导入用时：${seconds.toFixed(1)} 秒（读取、转换、识别、核对表、写入、npm run check），退出码 ${code}`);
  console.log(`正文结构和字段一致：${rows.filter((row) => row.same).length}/${rows.length}`);
  console.log(
    `推荐的章与原章一致：${rows.filter((row) => !row.differs.some((d) => d.startsWith('章'))).length}/${rows.length}`,
  );
  console.log(
    `推荐的部门与原部门一致：${rows.filter((row) => !row.differs.some((d) => d.startsWith('部门'))).length}/${rows.length}`,
  );
  console.log(
    `简称（由引用推出）：填了 ${proposed} 个，其中与原文件不符 ${wrong} 个；原文件有简称或别名的 ${withShort} 项`,
  );
  for (const row of rows) if (row.differs.length > 0) console.log(`  ${row.title}：${row.differs.join('、')}`);
  const checkLine = output.split('\n').find((line) => /检查(通过|未通过)|共发现/.test(line));
  if (checkLine) console.log(`检查：${checkLine.trim()}`);
  if (options.verbose) console.log(output);
  const codes = new Map<string, number>();
  for (const match of output.matchAll(/\s(错误|警告)\s+(ZD\d{3})\s/g)) {
    const key = `${match[2]}（${match[1]}）`;
    codes.set(key, (codes.get(key) ?? 0) + 1);
  }
  console.log(`检查结果按代码：${[...codes].map(([key, n]) => `${key} ${n}`).join('，') || '无'}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
