/** A `node:util` parseArgs error in the words the command-line tools use (Simplified Chinese). */
export function describeArgsError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = message ?? String(error);
  const option = /'(-[^ ']+)/.exec(text)?.[1];
  const argument = /Unexpected argument '([^']*)'/.exec(text)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知选项“${option ?? text}”`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(text) ? `选项 ${option ?? ''} 后面缺少取值` : `选项 ${option ?? ''} 不接受取值`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数“${argument ?? text}”`;
    default:
      return text;
  }
}
