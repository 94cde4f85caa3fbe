/**
 * Short names a text gives itself for a document: 《最高人民法院……的解释》（法释〔2009〕19号，以下简称
 * 《解释》）. Later 《解释》第七条 in the same text cites that document, not an unknown 《解释》.
 */
import type { Citation } from './types.ts';

const DEFINITION = /《([^《》\n]{2,100})》[^《》\n]{0,60}?以下(?:简称|称)[“"「《]([^”"」》\n]{1,30})[”"」》]/g;

export class LocalAliases {
  private readonly full = new Map<string, string>();

  /** Remember the short names a block defines. */
  read(text: string): void {
    if (!text.includes('以下')) return;
    DEFINITION.lastIndex = 0;
    for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
      const [, title, short] = m;
      if (title && short && short !== title) this.full.set(short, title);
    }
  }

  /** 《简称》 citations of names defined so far now name the full title. */
  apply(citations: readonly Citation[]): void {
    if (!this.full.size) return;
    for (const c of citations) {
      const full = c.kind === 'title' && c.title ? this.full.get(c.title) : undefined;
      if (full) c.title = full;
    }
  }
}
