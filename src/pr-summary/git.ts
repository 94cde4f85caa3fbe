import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function git(root: string, args: string[], input?: Buffer): Buffer {
  return execFileSync('git', args, { cwd: root, input, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The commit a pull request branched from: merge-base of `ref` and HEAD, or `ref` itself. */
export function resolveBase(root: string, ref: string): { sha: string; label: string } {
  let sha: string;
  try {
    sha = git(root, ['merge-base', ref, 'HEAD']).toString().trim();
  } catch {
    try {
      sha = git(root, ['rev-parse', '--verify', `${ref}^{commit}`])
        .toString()
        .trim();
    } catch {
      throw new Error(`找不到基准分支或提交“${ref}”。在 CI 中请确认 checkout 使用了 fetch-depth: 0。`);
    }
  }
  return { sha, label: `\`${ref}\`（${sha.slice(0, 7)}）` };
}

/** Extracts `content/` of a commit into a temporary directory (removed by `cleanup`). */
export function checkoutContent(root: string, sha: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'zhidu-base-'));
  const tar = git(root, ['archive', '--format=tar', sha, 'content']);
  execFileSync('tar', ['-x', '-C', dir], { input: tar, maxBuffer: 256 * 1024 * 1024 });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
