/**
 * Text from a pull request (titles, notes, field values, file names) placed in the summary.
 * The summary is printed to the job log, where a line starting with `::` is a workflow command
 * (`::notice …`, `::stop-commands::`), and rendered as Markdown, where a new line can open a fake
 * section: every value becomes one inert line.
 */
export function inline(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value == null ? '' : String(value);
  return (
    text
      .replace(/[\r\n\u0085\u2028\u2029\v\f\t]+/gu, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u001f\u007f]/gu, '')
      .replace(/::/gu, ':\u200b:')
      .replace(/[<>`]/gu, (char) => ({ '<': '&lt;', '>': '&gt;', '`': "'" })[char] ?? char)
  );
}
