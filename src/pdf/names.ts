/** Where the PDFs live inside the built site, and what they are called. */

/** Folder of the PDFs inside dist/ (and on the web server). */
export const PDF_DIR = 'pdf/';

/** Folder of the dated PDFs (`npm run pdf -- --date`) inside the PDF folder. */
export const AS_AT_PDF_DIR = 'as-at';

/** Print routes live under this folder: `print/<year>/<doc>/`. */
export const PRINT_DIR = 'print/';

/** Document key of the whole compendium (chapter keys are ASCII folder names, so this cannot clash). */
export const WHOLE_KEY = 'quanben';

/** `print/2026/kaoqin/`, `print/2026/quanben/` (a site path without the base). */
export function printPath(year: number, docKey: string): string {
  return `${PRINT_DIR}${year}/${docKey}/`;
}

/** File names that say what the file is, e.g. `XX镇人民政府制度汇编（2026年版）-考勤与请销假.pdf`. */
export function pdfFileName(handbookTitle: string, year: number, chapterTitle?: string): string {
  const name = `${handbookTitle}（${year}年版）${chapterTitle ? `-${chapterTitle}` : ''}.pdf`;
  // Keep names safe on Windows and in URLs people paste: no path separators or reserved characters.
  return name.replace(/[\\/:*?"<>|]/g, '_');
}

/** `XX镇人民政府制度汇编（2026年8月10日施行的文本）-考勤与请销假.pdf`: the handbook as at a date. */
export function datedPdfFileName(handbookTitle: string, date: string, chapterTitle?: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const name = `${handbookTitle}（${year}年${month}月${day}日施行的文本）${chapterTitle ? `-${chapterTitle}` : ''}.pdf`;
  return name.replace(/[\\/:*?"<>|]/g, '_');
}

/** Site path of a PDF (without the base), percent-encoded for an href. */
export function pdfPath(fileName: string): string {
  return `${PDF_DIR}${encodeURIComponent(fileName)}`;
}
