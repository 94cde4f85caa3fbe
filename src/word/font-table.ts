/**
 * Names the fallbacks of the 公文 fonts in word/fontTable.xml (w:altName, w:charset GB2312, w:family):
 * Word and WPS use 仿宋 where 仿宋_GB2312 is missing, LibreOffice goes through fontconfig to Noto CJK.
 */
import JSZip from 'jszip';
import { FONTS } from './gongwen-layout.ts';

const FALLBACKS: Record<string, { alt: string; family: 'roman' | 'modern' | 'swiss' | 'script' }> = {
  [FONTS.title]: { alt: '宋体', family: 'roman' },
  [FONTS.body]: { alt: '仿宋', family: 'modern' },
  [FONTS.heading]: { alt: 'SimHei', family: 'modern' },
  [FONTS.caption]: { alt: '楷体', family: 'script' },
};

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function fontEntry(name: string, alt: string, family: string): string {
  return `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(alt)}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`;
}

/** Adds (or replaces) the entries of the Chinese fonts in the font table of a packed .docx. */
export async function addFontFallbacks(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/fontTable.xml');
  if (!file) return docx;
  // docx writes an empty table as one self-closing element.
  let xml = (await file.async('string')).replace(/<w:fonts([^>]*)\/>/, '<w:fonts$1></w:fonts>');
  for (const [name, { alt, family }] of Object.entries(FALLBACKS)) {
    const pattern = new RegExp(`<w:font w:name="${name}"(?:/>|>[\\s\\S]*?</w:font>)`);
    xml = pattern.test(xml)
      ? xml.replace(pattern, fontEntry(name, alt, family))
      : xml.replace('</w:fonts>', `${fontEntry(name, alt, family)}</w:fonts>`);
  }
  zip.file('word/fontTable.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
