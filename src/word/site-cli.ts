/**
 * `npm run word [-- --dist dist]`: writes the handbook's Word files (site-files.ts) into the built site, after
 * `astro build`, as `npm run pdf` does for PDFs. Exit code 0: done; 1: no site built; 2: wrong arguments.
 * The npm script raises V8's heap limit (4 GB by default): the `docx` library holds a whole document as objects
 * before it writes, and the whole book of a 10,000-regulation compendium needs more than that.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeArgsError } from '../format/args-error.ts';
import { formatBytes } from '../format/bytes.ts';
import { loadHandbookModel } from '../handbook/load.ts';
import { siteWordFiles } from './site-files.ts';

export const USAGE = `用法：npm run word [-- 选项]
  --dist <目录>      已构建的网站（默认 dist），Word 文件写入 <目录>/word/`;

export interface WordCliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

function parseWordArguments(argv: readonly string[]): { dist: string; help: boolean } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dist: { type: 'string', default: 'dist' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { dist: values.dist, help: values.help };
}

export async function main(argv: readonly string[], io: WordCliIo): Promise<number> {
  let args;
  try {
    args = parseWordArguments(argv);
  } catch (error) {
    io.stderr(`${describeArgsError(error)}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (!existsSync(args.dist)) {
    io.stderr(`没有找到已构建的网站“${args.dist}”：先运行 astro build（或 npm run build）。`);
    return 1;
  }
  const started = performance.now();
  let files = 0;
  let bytes = 0;
  // One at a time: a finished file is written and dropped before the next is made, so memory holds one document.
  for (const file of siteWordFiles(await loadHandbookModel())) {
    const docx = await file.make();
    if (!docx) continue;
    const target = join(args.dist, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, docx);
    files += 1;
    bytes += docx.byteLength;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stdout(`Word 文件：${files} 个，共 ${formatBytes(bytes)}，用时 ${seconds} 秒（${join(args.dist, 'word')}）`);
  return 0;
}
