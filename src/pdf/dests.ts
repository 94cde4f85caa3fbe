import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from 'pdf-lib';

/**
 * Named destinations of a PDF (anchor → 1-based page number). Chromium writes one for every element that an
 * internal link points at, so the table of contents' links tell where each regulation starts.
 * Also returns the page count.
 */
export async function readNamedDestinations(pdf: Uint8Array): Promise<{ pages: number; dests: Map<string, number> }> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageIndex = new Map<string, number>();
  document.getPages().forEach((page, index) => pageIndex.set(page.ref.toString(), index + 1));
  const result = new Map<string, number>();
  const add = (name: string, value: unknown) => {
    let dest = value instanceof PDFRef ? document.context.lookup(value) : value;
    if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
    if (!(dest instanceof PDFArray)) return;
    const target = dest.get(0);
    const page = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
    if (page) result.set(name, page);
  };
  const catalog = document.catalog;
  // PDF 1.1 style: /Dests dictionary in the catalog.
  const dests = catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (dests) for (const [key, value] of dests.entries()) add(decodeName(key.asString()), value);
  // PDF 1.2+ style: /Names << /Dests name tree >>.
  const names = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (tree) walkNameTree(tree, add);
  return { pages: document.getPageCount(), dests: result };
}

function walkNameTree(node: PDFDict, add: (name: string, value: unknown) => void): void {
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = names.lookup(i);
      const name = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : String(key);
      add(name, names.get(i + 1));
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  if (kids)
    for (let i = 0; i < kids.size(); i++) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) walkNameTree(kid, add);
    }
}

/** `/zd-reg-a#2Db` → `zd-reg-a-b` (PDF name escapes). */
function decodeName(raw: string): string {
  const body = raw.startsWith('/') ? raw.slice(1) : raw;
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '#' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(body.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}
