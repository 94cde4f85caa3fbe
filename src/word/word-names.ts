/** Where the Word exports live inside the built site, and what they are called. */
import { WHOLE_KEY } from '../pdf/names.ts';

/** Folder of the .docx files inside dist/ (and on the web server). */
export const WORD_DIR = 'word/';

export { WHOLE_KEY };

/** `word/kaoqin/qingxiaojia.docx` (a site path without the base). */
export function regulationWordPath(id: string): string {
  return `${WORD_DIR}${id}.docx`;
}

/** `word/kaoqin.docx`, `word/quanben.docx`. */
export function collectionWordPath(key: string): string {
  return `${WORD_DIR}${key}.docx`;
}

/** `word/compare/caiwu-zichan/chailvfei.docx`: 修订对照表. */
export function revisionTableWordPath(id: string): string {
  return `${WORD_DIR}compare/${id}.docx`;
}

/** File name offered on download: the title, safe on Windows. */
export function wordFileName(name: string): string {
  return `${name}.docx`.replace(/[\\/:*?"<>|]/g, '_');
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const DOCX_HEADERS = { 'Content-Type': DOCX_MIME };
