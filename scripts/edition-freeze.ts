/**
 * npm run edition:freeze [-- --root <dir>] [-- --dry-run]
 *
 * Closes the current edition of the handbook: snapshot of content/handbook.yml and
 * content/regulations/ into content/editions/<year>/ with manifest.json (SHA-256 of every file),
 * then opens the next year (handbook.yml, statuses reset to reaffirmed). See src/editions/README.md.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeFreeze, freezeEdition } from '../src/editions/snapshot.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    'dry-run': { type: 'boolean', default: false },
    today: { type: 'string' },
  },
});
const today = values.today ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const dryRun = values['dry-run'] ?? false;
const outcome = await freezeEdition({ root: resolve(values.root ?? '.'), today, dryRun });
const message = describeFreeze(outcome, dryRun);
if (outcome.kind === 'refused') {
  console.error(message);
  process.exitCode = 1;
} else console.log(message);
