/** The machine line printed beside the table. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import type { MachineInfo } from './results.ts';

function packageVersion(repoRoot: string, name: string): string | undefined {
  try {
    return (
      JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }
    ).version;
  } catch {
    return undefined;
  }
}

export function machineInfo(repoRoot: string, chromiumPath = '/usr/bin/chromium'): MachineInfo {
  const list = cpus();
  const info: MachineInfo = {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${osType()} ${release()}`,
    loadAverage: loadavg(),
  };
  try {
    info.chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // no browser: Lighthouse will say so
  }
  const astro = packageVersion(repoRoot, 'astro');
  if (astro) info.astro = astro;
  const starlight = packageVersion(repoRoot, '@astrojs/starlight');
  if (starlight) info.starlight = starlight;
  return info;
}
