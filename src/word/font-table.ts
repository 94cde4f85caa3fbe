/**
 * word/fontTable.xml naming the fallbacks of the 公文 fonts (w:altName, GB2312 charset, family): Word and
 * WPS use 仿宋 where 仿宋_GB2312 is missing; LibreOffice goes through fontconfig to Noto CJK. Handed to
 * docx's Packer as an override, so the package is zipped once.
 */
import { FONTS } from './gongwen-layout.ts';

const FALLBACKS: Array<{ name: string; alt?: string; family: string; charset?: string }> = [
  { name: FONTS.title, alt: '宋体', family: 'roman', charset: '86' },
  { name: FONTS.body, alt: '仿宋', family: 'modern', charset: '86' },
  { name: FONTS.heading, alt: 'SimHei', family: 'modern', charset: '86' },
  { name: FONTS.caption, alt: '楷体', family: 'script', charset: '86' },
  { name: FONTS.latin, family: 'roman', charset: '00' },
];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function fontEntry({ name, alt, family, charset }: (typeof FALLBACKS)[number]): string {
  const altName = alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : '';
  return `<w:font w:name="${escapeXml(name)}">${altName}<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`;
}

/** The font table part, as a docx Packer override. */
export const FONT_TABLE_OVERRIDE = {
  path: 'word/fontTable.xml',
  data:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    FALLBACKS.map(fontEntry).join('') +
    '</w:fonts>',
} as const;
