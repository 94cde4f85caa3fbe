/**
 * The parts of a .docx package the importer reads beside mammoth: the XML of the body, the list
 * numbering and the styles (mammoth drops list labels, so they are recovered from these).
 */
import JSZip from 'jszip';
import { WordImportError } from './import-error.ts';

export interface WordPackage {
  /** The file as read, for mammoth. */
  buffer: Buffer;
  documentXml: string;
  numberingXml: string;
  stylesXml: string;
}

/** First bytes of an OLE2 compound file: a binary .doc/.wps, or a docx encrypted with a password. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from('PK');

/** Opens a .docx; throws `WordImportError` with a message for the clerk when it cannot be read. */
export async function openWordPackage(buffer: Buffer): Promise<WordPackage> {
  if (buffer.subarray(0, 8).equals(OLE_SIGNATURE)) {
    throw new WordImportError(
      'protected',
      '文件设置了打开密码（或是改了扩展名的旧版 .doc 文件），无法读取。请在 Word 或 WPS 中打开，取消密码后另存为 .docx 再导入。',
    );
  }
  if (!buffer.subarray(0, 2).equals(ZIP_SIGNATURE)) {
    throw new WordImportError(
      'unreadable',
      '不是有效的 Word 文档（.docx），可能已损坏。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。',
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new WordImportError(
      'unreadable',
      '文件已损坏，无法解压读取。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。',
    );
  }
  const part = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const documentXml = await part('word/document.xml');
  if (!documentXml) {
    throw new WordImportError('unreadable', '文件中没有 Word 正文（word/document.xml），不是 Word 文档。');
  }
  return {
    buffer,
    documentXml,
    numberingXml: await part('word/numbering.xml'),
    stylesXml: await part('word/styles.xml'),
  };
}
