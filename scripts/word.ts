/** `npm run word`: see src/word/site-cli.ts. */
import { main } from '../src/word/site-cli.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
