/** ZD801: 【待填写：…】 marks left by `npm run new` (src/authoring/new.ts `blank`) are unfinished text. */
import type { RegulationFile } from '../../handbook/regulation-file.ts';
import { finding, type Finding } from '../finding.ts';

const PLACEHOLDER = /【待填写[^】\n]*】?/gu;

export function checkPlaceholders(file: RegulationFile): Finding[] {
  if (file.readError || !file.source.includes('【待填写')) return [];
  const out: Finding[] = [];
  file.source.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const column = Array.from(text.slice(0, match.index)).length + 1;
      const shown = match[0].length > 30 ? `${match[0].slice(0, 30)}……` : match[0];
      out.push(
        finding('ZD801', { file: file.filePath, line: index + 1, column, message: `正文中还有待填写的内容：${shown}` }),
      );
    }
  });
  return out;
}
