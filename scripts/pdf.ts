/** `npm run pdf`: see src/pdf/cli.ts. */
import { main } from '../src/pdf/cli.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
