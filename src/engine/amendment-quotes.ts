/**
 * The quoted new text of an amendment (将第五十条第一款修改为：“……” / 增加一条，作为第三十七条之一：
 * “……”): a nested context in which 前款 and 本条 count within the quoted article of the AMENDED
 * document. Tracks, block by block, whether the text is inside such a quote and which article and
 * 款 it is; when the amendment does not say (增加一款), the article stays unknown.
 */
import { NUMERAL_CHARS, parseNumeral } from './numerals.ts';
import { articleLabel, SPACE } from './text.ts';
import type { ArticleNo, CitationContext } from './types.ts';

const NUM = `[${NUMERAL_CHARS}]+`;
const S = `${SPACE}*`;
const ARTICLE_REF = new RegExp(`第${S}(${NUM})${S}条(?:${S}之${S}(${NUM}))?(?:${S}第${S}(${NUM})${S}款)?`, 'g');
const NEW_PARAGRAPH = new RegExp(`增加一款(?!${S}[，,]?${S}作为第)`);
const INSTRUCTION = /^[一二三四五六七八九十百]+、/;
const AS_PARAGRAPH = new RegExp(`作为第${S}(${NUM})${S}款`);
const OPEN = '“';
const CLOSE = '”';

interface QuotedArticle {
  article?: ArticleNo | undefined;
  paragraph: number;
}

export class AmendmentQuotes {
  private open = false;
  private current: QuotedArticle = { paragraph: 1 };

  /** Context of a block's citations if the block is (or opens) quoted new text; undefined otherwise. */
  contextFor(text: string): CitationContext | undefined {
    const body = text.trimStart();
    // the next instruction (二十四、…) ends a quote the text forgot to close
    if (INSTRUCTION.test(body)) this.open = false;
    let quoted: CitationContext | undefined;
    if (body.startsWith(OPEN) || this.open) {
      this.nextQuotedParagraph(body.startsWith(OPEN) ? body.slice(1) : body);
      quoted = this.context();
    } else {
      const at = text.indexOf(OPEN);
      if (at >= 0) {
        this.current = quotedArticleOf(text.slice(0, at));
        quoted = this.context();
      }
    }
    this.open = text.lastIndexOf(OPEN) > text.lastIndexOf(CLOSE);
    return quoted;
  }

  /** A quoted paragraph: a new article if it starts with its label, a new 款 unless it is an item. */
  private nextQuotedParagraph(body: string): void {
    ARTICLE_REF.lastIndex = 0;
    const label = ARTICLE_REF.exec(body);
    if (label && label.index === 0) {
      this.current = { article: articleOf(label), paragraph: 1 };
      return;
    }
    if (/^[（(][一二三四五六七八九十]+[）)]/.test(body)) return;
    this.current = { ...this.current, paragraph: this.current.paragraph + 1 };
  }

  private context(): CitationContext {
    const { article, paragraph } = this.current;
    if (!article) return { quoted: true };
    return { quoted: true, article: articleLabel(article), articleNo: article, paragraph };
  }
}

/** The article (and 款) an instruction puts its quote in: the last one it names before the quote. */
function quotedArticleOf(instruction: string): QuotedArticle {
  if (NEW_PARAGRAPH.test(instruction)) return { paragraph: 1 };
  let last: RegExpExecArray | undefined;
  ARTICLE_REF.lastIndex = 0;
  for (let m = ARTICLE_REF.exec(instruction); m; m = ARTICLE_REF.exec(instruction)) last = m;
  if (!last) return { paragraph: 1 };
  // 在第二百八十五条中增加一款作为第四款 / 将第五十条第一款修改为
  const as = AS_PARAGRAPH.exec(instruction);
  const written = as?.[1] ?? last[3];
  const paragraph = written ? (parseNumeral(written) ?? 1) : 1;
  return { article: articleOf(last), paragraph };
}

function articleOf(m: RegExpExecArray): ArticleNo | undefined {
  const number = parseNumeral(m[1] ?? '');
  if (number === undefined) return undefined;
  const sub = m[2] ? parseNumeral(m[2]) : undefined;
  return sub !== undefined ? { number, sub } : { number };
}
