const SECTION_ANCHOR = /^[一二三四五六七八九十百零〇两]+$/;

/**
 * How a place in a regulation is named in running text: article anchors are already names
 * (`第八条`, `第五条第二款`); a town-style section anchor `七` reads `第七部分`.
 */
export function describeAnchor(anchor: string): string {
  return SECTION_ANCHOR.test(anchor) ? `第${anchor}部分` : anchor;
}
