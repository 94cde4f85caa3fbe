import type { RegulationFile } from '../../handbook/index.ts';
import { SLUG_PATTERN } from '../../schema/index.ts';
import { finding, type Finding } from '../finding.ts';
import { didYouMean } from '../suggest.ts';

/**
 * `chapterKeys` is undefined when chapters.yml itself is broken (then folders are not judged).
 *
 * Problems with the file itself: encoding, emptiness, place in the tree, name, frontmatter fences
 * and YAML syntax. When one of these fires, the file's content is not checked further.
 */
export function checkRegulationFile(file: RegulationFile, chapterKeys: readonly string[] | undefined): Finding[] {
  const out: Finding[] = [];
  const at = { file: file.filePath };
  if (file.readError?.reason === 'not-utf8') {
    out.push(
      finding('ZD001', {
        ...at,
        message: '文件不是 UTF-8 编码（可能是用 GBK/GB2312 保存的），网站上会显示为乱码',
      }),
    );
    return out;
  }
  if (file.readError) {
    out.push(finding('ZD002', { ...at, message: `无法读取文件：${file.readError.detail}` }));
    return out;
  }
  if (file.source.trim() === '') {
    out.push(finding('ZD003', { ...at, message: '文件是空的，没有文件头信息，也没有正文' }));
    return out;
  }
  if (file.depth !== 1) {
    const where = file.depth === 0 ? '直接放在 regulations/ 下，没有放进章文件夹' : '嵌套了多层文件夹';
    out.push(
      finding('ZD004', {
        ...at,
        message: `文件${where}；制度文件应位于 regulations/<章文件夹>/${file.slug}.md`,
      }),
    );
  } else if (chapterKeys && !chapterKeys.includes(file.chapter)) {
    out.push(
      finding('ZD006', {
        ...at,
        message: `文件夹“${file.chapter}”不是 content/chapters.yml 中登记的章${didYouMean(file.chapter, chapterKeys)}`,
        hint: `把文件移到已登记的章文件夹（${chapterKeys.join('、')}）；确需新增一章的，先在 content/chapters.yml 中登记。`,
      }),
    );
  }
  if (!SLUG_PATTERN.test(file.slug)) {
    const guess = file.slug
      .toLowerCase()
      .replace(/[_\s]+/g, '-')
      .replace(/[^a-z0-9-]/g, '')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '');
    out.push(
      finding('ZD005', {
        ...at,
        message: `文件名“${file.slug}.md”不符合要求：只能使用小写英文字母、数字和连字符${guess && guess !== file.slug ? `，例如“${guess}.md”` : ''}`,
      }),
    );
  }
  if (!file.frontmatter) {
    const opened = /^---[ \t]*\r?$/m.test(file.source.split('\n')[0] ?? '');
    out.push(
      finding('ZD101', {
        ...at,
        message: opened
          ? '文件头信息没有结束：第一行的 --- 之后找不到用来结束的另一行 ---'
          : '文件开头没有文件头信息（第一行应为 ---）',
        hint: opened ? '在文件头信息的最后一个字段之后加一行 ---。' : undefined,
      }),
    );
    return out;
  }
  const errors = file.yaml?.errors ?? [];
  if (errors.length === 0) return out;
  // One finding per real mistake: a full-width colon or a tab explains every parser error after it.
  const diagnosed = diagnoseYaml(file.source.split('\n'), file.frontmatter.endLine);
  if (diagnosed.length > 0) {
    for (const item of diagnosed) out.push(finding('ZD008', { ...at, ...item }));
    return out;
  }
  const [error] = errors;
  if (error) {
    out.push(
      finding('ZD008', {
        ...at,
        ...relocateYamlError(file.source.split('\n'), error),
        message: `文件头信息的 YAML 无法解析：${translateYamlError(error.message)}`,
      }),
    );
  }
  return out;
}

/**
 * Mistakes people make in frontmatter that the YAML parser reports badly (a cascade of errors on
 * later lines): `title：` with a full-width colon, and indentation with a Tab.
 */
export function diagnoseYaml(
  lines: readonly string[],
  endLine: number,
): { line: number; column: number; message: string; hint: string }[] {
  const out: { line: number; column: number; message: string; hint: string }[] = [];
  for (let index = 1; index < Math.min(endLine - 1, lines.length); index++) {
    const text = (lines[index] ?? '').replace(/\r$/, '');
    const colon = /^(\s*-?\s*)([A-Za-z][\w-]*)\s*：/.exec(text);
    if (colon) {
      const column = [...(colon[1] ?? '')].length + [...(colon[2] ?? '')].length + 1;
      out.push({
        line: index + 1,
        column,
        message: `字段名“${colon[2]}”后面用了全角冒号“：”，文件头信息要用半角冒号“:”`,
        hint: `改为“${colon[1]}${colon[2]}: ${text.slice(text.indexOf('：') + 1).trim()}”（半角冒号，后面加一个空格）。`,
      });
      continue;
    }
    const tab = /^( *)\t/.exec(text);
    if (tab) {
      out.push({
        line: index + 1,
        column: (tab[1]?.length ?? 0) + 1,
        message: '这一行用 Tab 缩进，文件头信息只能用空格缩进',
        hint: '把行首的 Tab 换成空格（与上下行对齐，history 下的各项一般缩进 2 个或 4 个空格）。',
      });
    }
  }
  return out;
}

/** A short Chinese gloss of common `yaml` package errors (the original stays for the experts). */
export function translateYamlError(message: string): string {
  const first = message.split('\n')[0] ?? message;
  const glosses: [RegExp, string][] = [
    [/Map keys must be unique/i, '同一字段写了两次'],
    [
      /Implicit keys need to be on a single line|Implicit map keys need to be followed by map values/i,
      '字段名后缺少冒号，或冒号后缺少空格',
    ],
    [/Nested mappings are not allowed in compact mappings/i, '一行里出现了两个冒号，值中含冒号时请用引号括起来'],
    [/All mapping items must start at the same column|bad indentation|indent/i, '缩进不一致'],
    [/Missing closing "?quote|Missing closing/i, '引号没有闭合'],
    [/flow (collection|sequence|map)/i, '方括号或花括号没有闭合'],
    [/Tabs are not allowed/i, '不能用 Tab 缩进，请用空格'],
  ];
  const gloss = glosses.find(([pattern]) => pattern.test(first))?.[1];
  return gloss ? `${gloss}（${first}）` : first;
}

/**
 * The `yaml` package reports an unclosed quote at the end of the text; point at the line where
 * the quote was opened instead (the last line before it with an odd number of that quote).
 */
export function relocateYamlError(
  lines: readonly string[],
  error: { message: string; position: { line: number; column: number } },
): { line: number; column: number } {
  const { line, column } = error.position;
  const quote = /Missing closing "quote/.test(error.message)
    ? '"'
    : /Missing closing 'quote/.test(error.message)
      ? "'"
      : '';
  if (quote) {
    for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
      const text = lines[index] ?? '';
      if (text.split(quote).length % 2 === 0)
        return { line: index + 1, column: [...text.slice(0, text.lastIndexOf(quote))].length + 1 };
    }
  }
  const last = Math.max(1, lines.length - (lines.at(-1) === '' ? 1 : 0));
  return line > last ? { line: last, column: 1 } : { line, column };
}
