/** Checks of 文号 (document numbers) such as `XX政办发〔2024〕3号`. */

export type DocNumberVerdict =
  { kind: 'ok' } | { kind: 'brackets'; found: string; standard: string } | { kind: 'invalid'; reason: string };

const OPEN = '〔［【[（(﹝｛〈<';
const CLOSE = '〕］】]）)﹞｝〉>';
const escape = (chars: string) => chars.replace(/[[\]]/g, '\\$&');
const SHAPE = new RegExp(`^(.+?)([${escape(OPEN)}])\\s*(\\d+)\\s*([${escape(CLOSE)}])\\s*(\\d+)\\s*号$`, 'u');

/** Judges one 文号. */
export function checkDocNumber(value: string): DocNumberVerdict {
  const text = value.trim();
  const match = SHAPE.exec(text);
  if (!match) return { kind: 'invalid', reason: '应为“机关代字〔年份〕序号号”，例如 XX政办发〔2024〕3号' };
  const [, prefix = '', open = '', year = '', close = '', serial = ''] = match;
  const standard = `${prefix}〔${year}〕${String(Number(serial))}号`;
  if (!/[发字函办]$/u.test(prefix) || /\d/.test(prefix)) {
    return { kind: 'invalid', reason: `机关代字“${prefix}”应以“发”“字”“函”等结尾，例如 XX政办发〔2024〕3号` };
  }
  if (year.length !== 4) return { kind: 'invalid', reason: `年份“${year}”应为四位数字，例如 XX政办发〔2024〕3号` };
  if (/^0/.test(serial)) return { kind: 'invalid', reason: `序号“${serial}”不应有前导零，应为 ${standard}` };
  if (open !== '〔' || close !== '〕' || /\s/.test(text)) return { kind: 'brackets', found: text, standard };
  return { kind: 'ok' };
}

/** Finds 文号-like strings in running text: `XX政办发〔2024〕3号`, also with other brackets. */
export const DOC_NUMBER_IN_TEXT =
  /[\p{Script=Han}A-Za-z]{1,12}[发字函][〔［【[（(﹝]\s*\d{2,4}\s*[〕］】\]）)﹞]\s*\d+\s*号/gu;
