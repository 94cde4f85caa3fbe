/** `npm run edition:freeze [-- --dry-run | --help]`: see src/authoring/freeze-cli.ts. */
import { runFreeze } from '../src/authoring/freeze-cli.ts';

process.exitCode = await runFreeze(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
});
