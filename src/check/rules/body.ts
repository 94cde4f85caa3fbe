import type { Html, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Corpus, NumberingIssue, ParsedRegulation } from '../../engine/index.ts';
import { finding, type Finding } from '../finding.ts';

const NUMBERING_CODES = { 'article-gap': 'ZD301', 'article-duplicate': 'ZD302', 'article-order': 'ZD303' } as const;

const LEVEL_HINTS: Record<NumberingIssue['level'], string> = {
  article: '请检查条文编号是否连续；如确需删除一条，请将后续条文依次重新编号。',
  division: '请检查章（节）编号是否从第一章起连续；删除一章后，请将后续各章依次重新编号。',
  section: '请检查“一、二、三……”各部分的编号是否连续。',
  item: '请检查（一）（二）（三）……各项编号是否连续；删除一项后，请将后续各项依次重新编号。',
  subitem: '请检查 1. 2. 3. ……各目编号是否连续。',
};

/** ZD301–ZD303 (条), ZD310 (章、节、部分、项、目) from the engine's numbering issues. */
export function checkNumbering(parsed: ParsedRegulation): Finding[] {
  const labels = new Set(parsed.tree.articles.map((article) => article.label));
  // 第一条、第三条、第二条: 第二条 is out of order, not missing; report the order only.
  const issues = parsed.issues.filter(
    (issue) => !(issue.code === 'article-gap' && issue.expected && labels.has(issue.expected)),
  );
  return issues.map((issue) => {
    const code = issue.level === 'article' ? NUMBERING_CODES[issue.code as keyof typeof NUMBERING_CODES] : 'ZD310';
    return finding(code, {
      file: parsed.input.filePath,
      line: issue.position.start.line,
      column: issue.position.start.column,
      message: numberingMessage(issue),
      hint: LEVEL_HINTS[issue.level],
    });
  });
}

/** `第五条之后应为第六条，但这里是第七条（缺少第六条）` for gaps; the engine's words otherwise. */
export function numberingMessage(issue: NumberingIssue): string {
  const gap = /(第[^，：]+?条)之后应为(第[^，]+?条)，实为(第[^，。]+?条)/u.exec(issue.message);
  if (issue.code === 'article-gap' && gap) return `${gap[1]}之后应为${gap[2]}，但这里是${gap[3]}（缺少${gap[2]}）`;
  return issue.message;
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
  const compact = url.replace(/[\u0000-\u0020]/g, '');
  return SCRIPT_URL.test(compact) || /^(?:javascript|vbscript):/i.test(compact);
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
      if (SCRIPT_TAG.test(html) || EVENT_ATTRIBUTE.test(html) || /(?:href|src)\s*=\s*["']?\s*javascript:/i.test(html)) {
        const what = SCRIPT_TAG.exec(html)?.[0]?.trim() ?? EVENT_ATTRIBUTE.exec(html)?.[0]?.trim() ?? 'javascript:';
        out.push(
          finding('ZD306', { ...at(node), message: `正文中含有可执行脚本的 HTML（${what}），这是不允许的` }),
        );
      } else if (!TOLERATED_HTML.test(html) && !/^\s*<\/[a-z][a-z0-9]*\s*>\s*$/i.test(html)) {
        // A lone closing tag belongs to an opening tag reported already.
        const shown = html.length > 40 ? `${html.slice(0, 40)}…` : html;
        out.push(finding('ZD305', { ...at(node), message: `正文中含有 HTML 标签“${shown.replace(/\s+/g, ' ')}”，正文只能使用 Markdown` }));
      }
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as Link).url;
      if (isScriptUrl(url)) {
        out.push(finding('ZD306', { ...at(node), message: `链接地址“${url.slice(0, 40)}”是脚本（javascript:），点击会执行代码` }));
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
