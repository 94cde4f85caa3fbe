/**
 * A temporary copy of a fixture content tree, with the commands and the check run on it as the
 * office runs them (the command line entry points, `--root`, an injected "today").
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../../src/authoring/cli.ts';
import type { CommandSpec } from '../../src/authoring/commands.ts';
import { runFreeze } from '../../src/authoring/freeze-cli.ts';
import { main as runCheck } from '../../src/check/cli.ts';
import { hashTree } from './helpers.ts';

export const EDITIONS_BASE = join(import.meta.dirname, '..', 'fixtures', 'editions', '_base');

export interface CheckResult {
  code: number;
  findings: { code: string; file: string; line: number; message: string; hint: string }[];
}

export class FixtureTree {
  readonly root: string;

  constructor(from = EDITIONS_BASE) {
    this.root = mkdtempSync(join(tmpdir(), 'zhidu-cycle-'));
    cpSync(from, this.root, { recursive: true });
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  path(file: string): string {
    return join(this.root, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(this.path(file), text, 'utf8');
  }

  /** Replaces exactly one occurrence of `from` (fails loudly when the text is not there). */
  edit(file: string, from: string, to: string): void {
    const text = this.read(file);
    if (!text.includes(from)) throw new Error(`${file} does not contain “${from}”`);
    this.write(file, text.replace(from, to));
  }

  hash(): string {
    return hashTree(this.root);
  }

  async command(name: CommandSpec['name'], args: string[], today: string, ask?: (q: string) => Promise<string>) {
    let stdout = '';
    let stderr = '';
    const code = await runCommand(name, [...args, '--root', this.root], {
      stdout: (text) => (stdout += `${text}\n`),
      stderr: (text) => (stderr += `${text}\n`),
      today,
      ...(ask ? { ask } : {}),
    });
    return { code, stdout, stderr };
  }

  async freeze(args: string[], today: string) {
    let stdout = '';
    let stderr = '';
    const code = await runFreeze([...args, '--root', this.root, '--today', today], {
      stdout: (text) => (stdout += `${text}\n`),
      stderr: (text) => (stderr += `${text}\n`),
    });
    return { code, stdout, stderr };
  }

  /** `npm run check` (all rules, including the edition and CODEOWNERS rules). */
  async check(today: string, extra: string[] = []): Promise<CheckResult & { stdout: string }> {
    let stdout = '';
    const code = await runCheck(['--root', this.root, '--today', today, '--format', 'json', ...extra], {
      cwd: this.root,
      env: {},
      stdout: (text) => (stdout += text),
      stderr: (text) => (stdout += text),
    });
    const json = stdout.slice(stdout.indexOf('{\n'));
    return { code, stdout, findings: (JSON.parse(json) as { findings: CheckResult['findings'] }).findings };
  }

  /** The check's findings as `code file` (line numbers change as the walk edits files). */
  async problems(today: string): Promise<string[]> {
    return (await this.check(today)).findings.map((item) => `${item.code} ${item.file}`);
  }
}
