import { execFileSync } from 'node:child_process';

let shallow: boolean | undefined;

/**
 * True when git cannot tell real edit dates: no repository, or a shallow clone (CI checkouts often
 * are), where every file looks last changed by the single fetched commit.
 */
export function isGitHistoryIncomplete(cwd: string = process.cwd()): boolean {
  if (shallow === undefined) {
    try {
      shallow =
        execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8' }).trim() === 'true';
    } catch {
      shallow = true;
    }
  }
  return shallow;
}
