/**
 * The handbook for astro.config.ts. When content is invalid (a file whose frontmatter does not
 * parse, say), Astro would stop with a bare "Unable to load your Astro config" and a stack trace;
 * instead the validator's report — the one message a user should see, with file:line and how to
 * fix it — is printed and the process ends.
 */
import { dirname, resolve } from 'node:path';
import { main as runCheckCli } from '../check/cli.ts';
import { InvalidContentError, loadHandbookModel, type HandbookModel } from '../handbook/index.ts';

export async function loadHandbookOrExplain(repoRoot: string = process.cwd()): Promise<HandbookModel> {
  try {
    return await loadHandbookModel(repoRoot);
  } catch (error) {
    if (!(error instanceof InvalidContentError)) throw error;
    process.exit(await explainInvalidContent(repoRoot, error));
  }
}

/** Prints the validator's report on stderr (errors only, like the build's own check); returns the exit code. */
async function explainInvalidContent(repoRoot: string, error: InvalidContentError): Promise<number> {
  const contentDir = process.env['ZHIDU_CONTENT_DIR'];
  const root = contentDir ? dirname(resolve(repoRoot, contentDir)) : repoRoot;
  const write = (text: string): void => void process.stderr.write(text);
  const code = await runCheckCli(['--quiet', '--root', root], {
    cwd: repoRoot,
    env: process.env,
    stdout: write,
    stderr: write,
    isTTY: process.stderr.isTTY,
  });
  // the model refused a file the validator does not hold against the build: say which
  if (code === 0) write(`${error.message}\n`);
  return 1;
}
