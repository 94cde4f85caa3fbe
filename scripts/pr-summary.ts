import { runSummary } from '../src/pr-summary/cli.ts';

process.exitCode = await runSummary(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
});
