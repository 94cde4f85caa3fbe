/**
 * Converts .doc / .wps / .odt (and other formats Word cannot hand us as .docx) through LibreOffice
 * headless from Debian, and .docx to PDF for the export test. One LibreOffice start per batch.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WordImportError } from './import-error.ts';

/** The command that installs LibreOffice, as the message and scripts/setup/system-deps.sh give it. */
export const INSTALL_LIBREOFFICE = 'bash scripts/setup/system-deps.sh --libreoffice';

/** Path of `soffice` (or `libreoffice`) on PATH, if installed. */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

function missingMessage(): string {
  return `读取 .doc、.wps、.odt 文件需要 LibreOffice，本机没有安装。请由管理员执行：${INSTALL_LIBREOFFICE}（或 apt-get install -y --no-install-recommends libreoffice-writer-nogui），也可以在 Word 或 WPS 中把文件另存为 .docx 后再导入。`;
}

function run(
  command: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: -1, output: error.message }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

export interface Converted {
  source: string;
  /** The converted file, or why it could not be converted. */
  result: Buffer | WordImportError;
}

/**
 * Converts files with `soffice --headless --convert-to <format>`; a file LibreOffice cannot open
 * (password, damage) gets its own error and the others still convert.
 */
export async function convertWithLibreOffice(
  sources: readonly string[],
  format: 'docx' | 'pdf' | 'doc',
  options: { timeoutMs?: number } = {},
): Promise<Converted[]> {
  if (sources.length === 0) return [];
  const soffice = findLibreOffice();
  if (!soffice) {
    return sources.map((source) => ({ source, result: new WordImportError('converter-missing', missingMessage()) }));
  }
  const work = await mkdtemp(join(tmpdir(), 'zhidu-lo-'));
  try {
    const outDir = join(work, 'out');
    // Copies named by position: files of the same name from different folders do not collide.
    const inDir = join(work, 'in');
    await mkdir(inDir);
    const copies = await Promise.all(
      sources.map(async (source, index) => {
        const copy = join(inDir, `${index}${extname(source).toLowerCase()}`);
        await copyFile(source, copy);
        return copy;
      }),
    );
    // A private profile: several conversions (or a desktop LibreOffice) can run side by side.
    const profile = `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`;
    const filter = format === 'doc' ? 'doc:MS Word 97' : format;
    const { output } = await run(
      soffice,
      [profile, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...copies],
      options.timeoutMs ?? 60_000 + sources.length * 20_000,
    );
    return await Promise.all(
      sources.map(async (source, index) => {
        const target = join(outDir, `${basename(copies[index] as string, extname(source).toLowerCase())}.${format}`);
        if (existsSync(target)) return { source, result: await readFile(target) };
        const detail = output.trim().split('\n').at(-1) ?? '';
        return {
          source,
          result: new WordImportError(
            'conversion-failed',
            `LibreOffice 无法打开这个文件（可能设置了打开密码，或文件已损坏）。请在 Word 或 WPS 中打开，取消密码后另存为 .docx 再导入。${detail ? `（LibreOffice：${detail}）` : ''}`,
          ),
        };
      }),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
