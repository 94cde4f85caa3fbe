/**
 * `npm run check [-- files…]`: validates content/ (see src/check/ and /guide/error-codes/).
 * Exit code 0: no errors; 1: errors found; 2: the check could not run.
 */
import { main } from '../src/check/cli.ts';

try {
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY,
  });
} catch (error) {
  process.stderr.write(
    `检查程序本身出错，未能完成检查：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
}
