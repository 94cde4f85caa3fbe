import type { RegulationFile } from '../../handbook/index.ts';
import type { ExternalDocument } from '../../schema/index.ts';
import { finding, type Finding } from '../finding.ts';

/** ZD108: two files of one edition with the same slug (file name). */
export function checkDuplicateSlugs(regulations: readonly RegulationFile[]): Finding[] {
  const bySlug = new Map<string, RegulationFile[]>();
  for (const file of regulations) {
    if (file.readError) continue;
    bySlug.set(file.slug, [...(bySlug.get(file.slug) ?? []), file]);
  }
  const out: Finding[] = [];
  for (const [slug, files] of bySlug) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((other) => other !== file).map((other) => other.filePath);
      out.push(
        finding('ZD108', {
          file: file.filePath,
          message: `文件名“${slug}.md”与 ${others.join('、')} 重复，同一版本中每项制度的文件名必须唯一`,
        }),
      );
    }
  }
  return out;
}

interface NameUse {
  name: string;
  /** Regulation file, or undefined for an external document. */
  file?: RegulationFile;
  path: PropertyKey[];
  field: string;
  owner: string;
}

/** ZD109: a title, shortTitle or alias used by two regulations, or by a regulation and an external document. */
export function checkDuplicateNames(
  regulations: readonly RegulationFile[],
  externals: readonly ExternalDocument[],
): Finding[] {
  const uses = new Map<string, NameUse[]>();
  const add = (use: NameUse) => {
    const key = use.name.trim();
    const list = uses.get(key) ?? [];
    // A regulation may repeat its own name (title === alias): not a clash.
    if (list.some((other) => other.file && other.file === use.file)) return;
    uses.set(key, [...list, use]);
  };
  for (const file of regulations) {
    const data = file.data;
    if (!data) continue;
    const owner = `${file.filePath}（${data.title}）`;
    add({ name: data.title, file, path: ['title'], field: 'title', owner });
    if (data.shortTitle) add({ name: data.shortTitle, file, path: ['shortTitle'], field: 'shortTitle', owner });
    (data.aliases ?? []).forEach((alias, index) =>
      add({ name: alias, file, path: ['aliases', index], field: 'aliases', owner }),
    );
  }
  for (const doc of externals) {
    for (const name of [doc.title, ...doc.aliases]) {
      add({ name, path: [], field: 'external', owner: `content/external.yml 中的上级文件《${doc.title}》` });
    }
  }
  const out: Finding[] = [];
  for (const [name, list] of uses) {
    if (list.length < 2) continue;
    for (const use of list) {
      if (!use.file) continue;
      const others = list.filter((other) => other !== use).map((other) => other.owner);
      out.push(
        finding('ZD109', {
          file: use.file.filePath,
          ...(use.file.yaml?.positionOf(use.path) ?? {}),
          message: `${use.field}“${name}”与${others.join('、')}重名，引用《${name}》时无法确定指哪一项`,
        }),
      );
    }
  }
  return out;
}
