import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from './helpers.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  concurrency?: { group?: string };
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[]; 'runs-on': string }>;
}

const read = (path: string) => readFileSync(join(REPO, path), 'utf8');
const load = (path: string) => ({ text: read(path), workflow: parse(read(path)) as Workflow });
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) =>
  steps(workflow).flatMap((step) =>
    (step.run ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );

/** The commands `.ci/run` executes (npm …, bash scripts/…), without `echo` lines and shell plumbing. */
function ciCommands(): string[] {
  return read('.ci/run')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(npm|bash) /.test(line));
}

describe.each(['.github/workflows/pr.yml', '.github/workflows/main.yml'])('%s', (path) => {
  const { text, workflow } = load(path);

  it('has least privilege and a concurrency group', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs))
      expect(job.permissions ?? { contents: 'read' }).toEqual({ contents: 'read' });
    expect(workflow.concurrency?.group).toBeTruthy();
  });

  it('pins every action to a full commit SHA with a version comment', () => {
    const uses = steps(workflow).filter((step) => step.uses);
    expect(uses.length).toBeGreaterThan(0);
    for (const step of uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
    const lines = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    for (const line of lines) expect(line).toMatch(/@[0-9a-f]{40} # v\d+(\.\d+)*$/);
  });

  it('checks out full history and uses Node 24', () => {
    const checkout = steps(workflow).find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const node = steps(workflow).find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(String(node?.with?.['node-version'])).toBe('24');
  });

  it('installs system dependencies and runs the content check, then builds and uploads the site', () => {
    const commands = runs(workflow);
    expect(commands.some((c) => /^bash scripts\/setup\/system-deps\.sh( --libreoffice)?$/.test(c))).toBe(true);
    expect(commands).toContain('npm ci --no-audit --no-fund');
    expect(commands).toContain('npm run check');
    // The PDFs come with the build (npm run build = check, astro build, pdf), or from a step of their own.
    const buildScript = (
      JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts['build'];
    expect(commands.includes('npm run pdf') || (buildScript ?? '').includes('npm run pdf')).toBe(true);
    expect(commands.some((c) => c === 'npm test' || c === 'npm run build')).toBe(true);
    const upload = steps(workflow).filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload.some((step) => step.with?.['path'] === 'dist/')).toBe(true);
  });
});

describe('pull-request workflow', () => {
  const { workflow } = load('.github/workflows/pr.yml');

  it('runs on pull requests', () => {
    expect(Object.keys(workflow.on as object)).toContain('pull_request');
  });

  it('runs every command of .ci/run, in the same order', () => {
    const commands = runs(workflow);
    const wanted = ciCommands();
    expect(wanted).toEqual(expect.arrayContaining(['npm run lint', 'npm run typecheck', 'npm test']));
    const positions = wanted.map((command) => commands.indexOf(command));
    for (const [index, position] of positions.entries()) expect(position, wanted[index]).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('writes the Chinese change summary to the job summary without interpolating refs into the script', () => {
    const step = steps(workflow).find((s) => s.run?.includes('npm run pr:summary'));
    expect(step?.run).toContain('--output "${GITHUB_STEP_SUMMARY:-}"');
    expect(step?.run).not.toContain('${{');
    expect(step?.env?.['BASE_REF']).toBe('${{ github.base_ref }}');
  });

  it('uploads the PDFs as their own artifact', () => {
    const upload = steps(workflow).filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload.map((step) => step.with?.['path'])).toContain('dist/pdf/');
  });
});

describe('pull-request template', () => {
  it('asks what, why, which meeting, 文号, and has a checklist', () => {
    const text = read('.github/pull_request_template.md');
    for (const heading of ['## 修改了什么', '## 为什么修改', '## 哪次会议决定', '## 文号'])
      expect(text).toContain(heading);
    expect(text).toContain('- [ ] ');
    expect(text).toContain('npm run check');
  });
});
