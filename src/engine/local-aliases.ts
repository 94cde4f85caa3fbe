/**
 * Short names a text gives a document: 《最高人民法院……的解释》（法释〔2009〕19号，以下简称《解释》）
 * or, without quotes, 《中华人民共和国税收征收管理法》(以下简称税收征管法). Later 《解释》第七条 or
 * 税收征管法第三十一条 in the same text cite that document, whatever the handbook calls it.
 */
import { NAME_BOUNDARY } from './name-words.ts';
import type { Citation } from './types.ts';

/**
 * 《全称》…以下简称《简称》 / 下称“简称” / 简称简称） — the short name quoted, or unquoted up to the closing
 * bracket.
 */
const DEFINITION =
  /《([^《》\n]{2,100})》[^《》\n]{0,60}?(?:以下简称|以下称|下称|简称)(?:[“"「《]([^”"」》\n]{1,30})[”"」》]|([^，。；、：（）()“”"《》\n]{2,20})(?=[）)]))/g;

export class LocalAliases {
  private readonly full = new Map<string, string>();

  /** Remember the short names a block defines. */
  read(text: string): void {
    if (!text.includes('称')) return;
    DEFINITION.lastIndex = 0;
    for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
      const title = m[1];
      const short = m[2] ?? m[3];
      if (title && short && short !== title && !short.startsWith('本')) this.full.set(short, title);
    }
  }

  /** Citations by a short name defined so far (《解释》, 税收征管法第X条) now name the full title. */
  apply(citations: readonly Citation[]): void {
    if (!this.full.size) return;
    for (const c of citations) {
      if (c.kind === 'title' && c.title) {
        const full = this.full.get(c.title);
        if (full) c.title = full;
      } else if (c.kind === 'named' && c.name) {
        const full = this.definedAtEnd(c.name);
        if (full) c.definedAs = full;
      }
    }
  }

  /** The full title of the longest short name the run before 第X条 ends with (依照税收征管法 → 税收征管法). */
  private definedAtEnd(run: string): string | undefined {
    let best: [string, string] | undefined;
    for (const [short, full] of this.full) {
      const before = run.slice(0, run.length - short.length);
      const whole = run.endsWith(short) && (before === '' || NAME_BOUNDARY.test(before));
      if (whole && (!best || short.length > best[0].length)) best = [short, full];
    }
    return best?.[1];
  }
}
