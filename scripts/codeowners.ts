import { runCodeowners } from '../src/authoring/codeowners-cli.ts';

process.exitCode = await runCodeowners(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
});
