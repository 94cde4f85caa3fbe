/**
 * `npm run import -- <Word 文件或文件夹>…`: brings the office's Word documents into content/ (see src/word/).
 * Exit code 0: all imported and checked; 1: some files could not be imported or have check errors; 2: cannot run.
 */
import { createInterface } from 'node:readline/promises';
import { importMain } from '../src/word/import-cli.ts';

const ask = process.stdin.isTTY
  ? async (question: string) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await rl.question(`${question} `);
      } finally {
        rl.close();
      }
    }
  : undefined;

try {
  process.exitCode = await importMain(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    ...(ask ? { ask } : {}),
  });
} catch (error) {
  process.stderr.write(`导入程序出错：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
