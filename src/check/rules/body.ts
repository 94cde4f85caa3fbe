import type { Html, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import {
  amendedName,
  articleLabel,
  formatNumeral,
  type Article,
  type Corpus,
  type NumberingIssue,
  type ParsedRegulation,
} from '../../engine/index.ts';
import { finding, type Finding } from '../finding.ts';

const LEVEL_HINTS: Record<NumberingIssue['level'], string> = {
  article: '请检查条文编号是否连续；如确需删除一条，请将后续条文依次重新编号。',
  division: '请检查章（节）编号是否从第一章起连续；删除一章后，请将后续各章依次重新编号。',
  section: '请检查“一、二、三……”各部分的编号是否连续。',
  item: '请检查（一）（二）（三）……各项编号是否连续；删除一项后，请将后续各项依次重新编号。',
  subitem: '请检查 1. 2. 3. ……各目编号是否连续。',
};

/** ZD310 (章、节、部分、项、目) from the engine's numbering issues; 条 are judged by `checkArticleSequence`. */
export function checkNumbering(parsed: ParsedRegulation): Finding[] {
  return [
    ...checkArticleSequence(parsed),
    ...checkArabicArticleNumbers(parsed),
    ...parsed.issues
      .filter((issue) => issue.level !== 'article')
      .map((issue) =>
        finding('ZD310', {
          file: parsed.input.filePath,
          line: issue.position.start.line,
          column: issue.position.start.column,
          message: issue.message,
          hint: LEVEL_HINTS[issue.level],
        }),
      ),
  ];
}

const label = (number: number) => articleLabel({ number });
const span = (from: number, to: number) => (from === to ? label(from) : `${label(from)}至${label(to)}`);

/**
 * ZD301–ZD303 over the engine's articles, one finding per mistake: a single mistyped number
 * (第一条、第二条、第八条、第四条) is one error at 第八条, not a gap plus a run of order errors.
 * 第X条之一 (inserted articles) are left alone. An amendment (修正案, 关于修改《…》的决定) may start at
 * any number: its articles continue those of the amendments before it.
 */
export function checkArticleSequence(parsed: ParsedRegulation): Finding[] {
  const articles = parsed.tree.articles.filter((article) => !article.sub);
  const out: Finding[] = [];
  const seen = new Map<number, Article>();
  const later = (index: number, number: number) => articles.slice(index + 1).some((a) => a.number === number);
  // an amendment continues the numbering of the amendments before it (宪法修正案（1999年） starts at 第十二条)
  let expected = amendedName(parsed.input.title) !== undefined ? (articles[0]?.number ?? 1) : 1;
  articles.forEach((article, index) => {
    const at = {
      file: parsed.input.filePath,
      line: article.labelPosition.start.line,
      column: article.labelPosition.start.column,
    };
    const previous = expected > 1 ? `${label(expected - 1)}之后` : '正文第一条';
    const next = articles[index + 1];
    const earlier = seen.get(article.number);
    if (article.number === expected) {
      expected += 1;
    } else if (next && next.number === expected + 1) {
      // The neighbours agree: this number is a slip of the pen.
      const code = earlier ? 'ZD302' : article.number > expected ? 'ZD301' : 'ZD303';
      out.push(
        finding(code, {
          ...at,
          message: `${previous}应为${label(expected)}，但这里是${article.label}（下一条是${next.label}，这里应为${label(expected)}）`,
          hint: `把“${article.label}”改为“${label(expected)}”。`,
        }),
      );
      expected += 1;
    } else if (earlier) {
      out.push(
        finding('ZD302', {
          ...at,
          message: `${article.label}重复：第 ${earlier.labelPosition.start.line} 行已有${article.label}`,
          hint: '将重复的条文及其后各条依次重新编号。',
        }),
      );
      expected = Math.max(expected, article.number + 1);
    } else if (article.number > expected) {
      const missing = Array.from({ length: article.number - expected }, (_, i) => expected + i);
      // 第一条、第三条、第二条: 第二条 is out of order, not missing; reported where it stands.
      if (!missing.every((number) => later(index, number))) {
        out.push(
          finding('ZD301', {
            ...at,
            message: `${previous}应为${label(expected)}，但这里是${article.label}（缺少${span(expected, article.number - 1)}）`,
          }),
        );
      }
      expected = article.number + 1;
    } else {
      const before = articles[index - 1];
      out.push(
        finding('ZD303', {
          ...at,
          message: `${article.label}出现在${before?.label ?? '前面各条'}之后，编号顺序颠倒`,
        }),
      );
    }
    if (!earlier) seen.set(article.number, article);
  });
  return out;
}

/** ZD304: nothing after the frontmatter. */
export function checkEmptyBody(parsed: ParsedRegulation): Finding[] {
  const tree = parsed.tree;
  const hasText =
    tree.articles.length > 0 ||
    tree.sections.length > 0 ||
    tree.preamble.some((paragraph) => paragraph.text.trim() !== '' || paragraph.items.length > 0);
  if (hasText) return [];
  return [finding('ZD304', { file: parsed.input.filePath, message: '只有文件头信息，没有制度正文' })];
}

const SCRIPT_TAG = /<\s*\/?\s*(script|iframe|object|embed|frame|frameset|applet|base|form|meta|link|style|svg|math)\b/i;
const EVENT_ATTRIBUTE = /\son[a-z]+\s*=/i;
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)\s*:?/i;
/** Inline breaks some editors insert; harmless. */
const TOLERATED_HTML = /^\s*<br\s*\/?>\s*$|^\s*<!--[\s\S]*-->\s*$/i;

/** Whether a URL would run code (javascript:, vbscript:, data:text/html). */
export function isScriptUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme.
  const compact = [...url].filter((char) => (char.codePointAt(0) ?? 0) > 0x20).join('');
  return SCRIPT_URL.test(compact) || /^(?:javascript|vbscript):/i.test(compact);
}

/**
 * Whether a file can contain anything `checkMarkup` reports: HTML needs `<`, images `![`, script
 * URLs their scheme (or a character reference hiding it). Lets the check skip a second parse.
 */
export function mayContainMarkup(source: string): boolean {
  return /<|!\[|javascript|vbscript|data:|&#|&[a-z]+;/i.test(source);
}

/** ZD305/ZD306/ZD307 on the Markdown tree (the engine's parser, positions in the file). */
export function checkMarkup(root: Root, file: string): Finding[] {
  const out: Finding[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
    file,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  visit(root, (node) => {
    if (node.type === 'html') {
      const html = (node as Html).value;
      const closingTagOnly = /^\s*<\/[a-z][a-z0-9]*\s*>\s*$/i.test(html);
      if (closingTagOnly) return; // belongs to an opening tag reported already
      if (SCRIPT_TAG.test(html) || EVENT_ATTRIBUTE.test(html) || /(?:href|src)\s*=\s*["']?\s*javascript:/i.test(html)) {
        const what = SCRIPT_TAG.exec(html)?.[0]?.trim() ?? EVENT_ATTRIBUTE.exec(html)?.[0]?.trim() ?? 'javascript:';
        out.push(finding('ZD306', { ...at(node), message: `正文中含有可执行脚本的 HTML（${what}），这是不允许的` }));
      } else if (!TOLERATED_HTML.test(html)) {
        const shown = html.length > 40 ? `${html.slice(0, 40)}…` : html;
        out.push(
          finding('ZD305', {
            ...at(node),
            message: `正文中含有 HTML 标签“${shown.replace(/\s+/g, ' ')}”，正文只能使用 Markdown`,
          }),
        );
      }
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as Link).url;
      if (isScriptUrl(url)) {
        out.push(
          finding('ZD306', {
            ...at(node),
            message: `链接地址“${url.slice(0, 40)}”是脚本（javascript:），点击会执行代码`,
          }),
        );
      }
      if (node.type === 'image' && !(node as Image).alt?.trim()) {
        out.push(
          finding('ZD307', {
            ...at(node),
            message: `图片“${url}”没有替代文字`,
            hint: `在方括号中写明图片内容，例如 ![请假审批流程图](${url})。`,
          }),
        );
      }
    }
  });
  return out;
}

export type { Corpus };

const ARABIC_ARTICLE = /^([ \t\u3000]*)第(\d+)条(?=[\s\u3000])/gmu;

/**
 * ZD312: an article that opens with Arabic numerals (第3条). Official documents number articles in
 * Chinese numerals; the fix writes 第三条 (`npm run check -- --fix`).
 */
function checkArabicArticleNumbers(parsed: ParsedRegulation): Finding[] {
  const { source, filePath } = parsed.input;
  const body = source.startsWith('---') ? source.indexOf('\n---', 3) + 4 : 0;
  const out: Finding[] = [];
  for (const match of source.slice(body).matchAll(ARABIC_ARTICLE)) {
    const [, indent = '', digits = ''] = match;
    const start = body + (match.index ?? 0) + indent.length;
    const written = `第${digits}条`;
    const chinese = `第${formatNumeral(Number(digits))}条`;
    const line = source.slice(0, start).split('\n').length;
    out.push(
      finding('ZD312', {
        file: filePath,
        line,
        column: indent.length + 1,
        message: `条号“${written}”用了阿拉伯数字，应写作“${chinese}”`,
        hint: `改为“${chinese}”（npm run check -- --fix 可自动改正）。`,
        fix: { start, end: start + written.length, text: chinese },
      }),
    );
  }
  return out;
}
