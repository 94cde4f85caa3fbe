import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importMain } from '../../src/word/import-cli.ts';
import { findLibreOffice } from '../../src/word/libreoffice.ts';

export const REPO = join(import.meta.dirname, '..', '..');

/**
 * A temporary repository with the handbook's content/. `firstEdition` leaves out the archived editions:
 * an office adopting the handbook, whose first edition is being compiled from its Word files.
 */
export function tempRepository(options: { firstEdition?: boolean } = {}): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'zhidu-word-'));
  cpSync(join(REPO, 'content'), join(root, 'content'), {
    recursive: true,
    filter: (source) => !(options.firstEdition && source.includes(join('content', 'editions'))),
  });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Writes files into a fresh folder (the clerk's folder of Word documents). */
export function wordFolder(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhidu-word-in-'));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return dir;
}

export async function runImport(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await importMain([...args, '--today', '2026-11-29'], {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/**
 * LibreOffice is needed by the .doc and export tests. Locally they are skipped with a message when it is
 * missing; in CI (CI=true) it must be there — .ci/run installs it — so they fail instead of hiding.
 */
export function libreOfficeOrSkip(): boolean {
  if (findLibreOffice()) return true;
  if (process.env['CI']) {
    throw new Error('CI 中缺少 LibreOffice：.ci/run 应执行 bash scripts/setup/system-deps.sh --libreoffice');
  }
  console.warn('跳过 LibreOffice 测试：本机没有安装 LibreOffice（bash scripts/setup/system-deps.sh --libreoffice）');
  return false;
}
