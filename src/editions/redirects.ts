/**
 * content/redirects.yml: regulations renamed or moved to another chapter keep their old URLs.
 *
 * ```yaml
 * - from: kaoqin/qiandao        # old <chapter>/<slug> (an id of an earlier edition)
 *   to: kaoqin/jiguan-kaoqin     # <chapter>/<slug> in the current edition
 * ```
 * The site turns each entry into a redirect from `/<from>/` to `/<to>/`; the edition rules follow
 * it when they compare a regulation with its previous edition.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

export const REDIRECTS_FILE = 'content/redirects.yml';

export interface Redirect {
  from: string;
  to: string;
}

export interface RedirectsResult {
  redirects: Redirect[];
  /** Messages about malformed entries (index, text). */
  problems: string[];
}

const ID = /^[a-z0-9-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseRedirects(text: string | undefined): RedirectsResult {
  if (text === undefined || text.trim() === '') return { redirects: [], problems: [] };
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    return { redirects: [], problems: [`无法解析：${error instanceof Error ? error.message : String(error)}`] };
  }
  if (value === null || value === undefined) return { redirects: [], problems: [] };
  if (!Array.isArray(value)) return { redirects: [], problems: ['应为列表，每项包含 from 和 to'] };
  const redirects: Redirect[] = [];
  const problems: string[] = [];
  value.forEach((entry: unknown, index) => {
    const item = entry as { from?: unknown; to?: unknown } | null;
    const from = typeof item?.from === 'string' ? item.from.trim() : '';
    const to = typeof item?.to === 'string' ? item.to.trim() : '';
    if (!ID.test(from) || !ID.test(to))
      problems.push(`第 ${index + 1} 项：from 和 to 都应写成“章文件夹/文件名”，例如 kaoqin/qingxiaojia`);
    else redirects.push({ from, to });
  });
  return { redirects, problems };
}

export async function readRedirectsText(repoRoot: string): Promise<string | undefined> {
  try {
    return await readFile(join(repoRoot, REDIRECTS_FILE), 'utf8');
  } catch {
    return undefined;
  }
}
