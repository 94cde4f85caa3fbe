/** Thrown when content is invalid; `npm run check` explains each problem in detail. */
export class InvalidContentError extends Error {
  readonly files: string[];
  constructor(files: string[]) {
    super(
      `内容校验未通过，以下文件有错误：\n${files.map((file) => `  - ${file}`).join('\n')}\n请运行 npm run check 查看每个错误的位置和修改方法。`,
    );
    this.name = 'InvalidContentError';
    this.files = files;
  }
}
