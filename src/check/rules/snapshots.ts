/** ZD601–ZD603: every archived edition still matches the manifest written when it was frozen. */
import type { ContentTree } from '../../handbook/content-tree.ts';
import type { RegulationFile } from '../../handbook/regulation-file.ts';
import { hashText, MANIFEST_FILE, type EditionManifest } from '../../editions/manifest.ts';
import { finding, type Finding } from '../finding.ts';

/** What the integrity rule needs from disk for one archived edition. */
export interface SnapshotInputs {
  /** Text of manifest.json (undefined when missing). */
  manifest: string | undefined;
  /** Text of the edition's handbook.yml (undefined when missing). */
  handbook: string | undefined;
}

function parseManifestText(text: string): EditionManifest | undefined {
  try {
    const value = JSON.parse(text) as EditionManifest;
    return value && value.algorithm === 'sha256' && typeof value.files === 'object' && value.files ? value : undefined;
  } catch {
    return undefined;
  }
}

function relativeInRegulations(file: RegulationFile): string {
  const marker = '/regulations/';
  const index = file.filePath.lastIndexOf(marker);
  return index >= 0 ? file.filePath.slice(index + marker.length) : `${file.id}.md`;
}

/** Each archived edition's handbook.yml and regulation files against its manifest. */
export function checkSnapshotIntegrity(tree: ContentTree, inputs: ReadonlyMap<string, SnapshotInputs>): Finding[] {
  const out: Finding[] = [];
  for (const edition of tree.editions.slice(1)) {
    const folder = `content/editions/${edition.key}`;
    const text = inputs.get(edition.key)?.manifest;
    const manifest = text === undefined ? undefined : parseManifestText(text);
    if (!manifest) {
      out.push(
        finding('ZD603', {
          file: `${folder}/${MANIFEST_FILE}`,
          message:
            text === undefined
              ? `往年版本 ${edition.key} 没有 ${MANIFEST_FILE}`
              : `${MANIFEST_FILE} 不是有效的清单（应为 sha256 校验值列表）`,
        }),
      );
      continue;
    }
    const seen = new Set<string>();
    const check = (path: string, source: string | undefined, filePath: string) => {
      seen.add(path);
      const expected = manifest.files[path];
      if (expected === undefined)
        out.push(
          finding('ZD602', {
            file: filePath,
            message: `${filePath} 不在冻结清单 ${folder}/${MANIFEST_FILE} 中（冻结后新增的文件）`,
          }),
        );
      else if (source !== undefined && hashText(source) !== expected)
        out.push(
          finding('ZD601', { file: filePath, message: `${filePath} 与冻结时的校验值不一致，往年版本的文件不得修改` }),
        );
    };
    for (const file of edition.regulations)
      check(`regulations/${relativeInRegulations(file)}`, file.source, file.filePath);
    const handbook = inputs.get(edition.key)?.handbook;
    if (handbook !== undefined) check('handbook.yml', handbook, edition.handbook.filePath);
    for (const path of Object.keys(manifest.files)) {
      if (seen.has(path) || !(path === 'handbook.yml' || path.startsWith('regulations/'))) continue;
      out.push(finding('ZD602', { file: `${folder}/${path}`, message: `冻结清单中的文件 ${folder}/${path} 已被删除` }));
    }
  }
  return out;
}
