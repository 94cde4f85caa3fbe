import { parseMarkdown } from '../engine/index.ts';
import { CURRENT_EDITION, type ContentTree } from '../handbook/index.ts';
import { regulationFields } from '../schema/index.ts';
import { editionViews } from './context.ts';
import { sortFindings, type Finding } from './finding.ts';
import { checkDataFiles } from './rules/data-files.ts';
import { checkRegulationFile } from './rules/files.ts';
import { checkFrontmatter } from './rules/frontmatter.ts';
import { checkHistory } from './rules/history.ts';
import { checkDuplicateNames, checkDuplicateSlugs } from './rules/uniqueness.ts';
import { checkEmptyBody, checkMarkup, checkNumbering, mayContainMarkup } from './rules/body.ts';
import { checkCitations } from './rules/citations.ts';
import { buildCheckCorpus } from './rules/corpus.ts';
import { checkImpact } from './rules/impact.ts';

export interface RunOptions {
  /** Today, `YYYY-MM-DD` (see `todayInChina`). */
  today: string;
  /** Report only on these repo-relative paths (the whole tree is still read to resolve references). */
  only?: ReadonlySet<string>;
}

/** Data-file codes that make every other result unreliable: always reported. */
const BLOCKING = new Set(['ZD001', 'ZD002', 'ZD007', 'ZD008', 'ZD009']);

/** Runs every rule over a loaded content tree; pure (no disk access), findings sorted. */
export function runChecks(tree: ContentTree, options: RunOptions): Finding[] {
  const departments = Object.keys(tree.departments.value ?? {});
  const chapterKeys = tree.chapters.value ? Object.keys(tree.chapters.value) : undefined;
  const fields = Object.keys(regulationFields({ departments }).shape);
  const externals = tree.externals.value ?? [];
  const dataFindings = checkDataFiles(tree);
  const dataFiles = new Set(dataFindings.map((item) => item.file));
  const findings: Finding[] = [...dataFindings];

  for (const edition of editionViews(tree)) {
    for (const file of edition.regulations) {
      const fileFindings = checkRegulationFile(file, chapterKeys);
      findings.push(...fileFindings);
      if (file.readError || !file.yaml || file.yaml.errors.length > 0) continue;
      findings.push(...checkFrontmatter(file, { fields, departments }));
      findings.push(
        ...checkHistory(file, { year: edition.year, today: options.today, regulations: edition.regulations }),
      );
    }
    findings.push(...checkDuplicateSlugs(edition.regulations));
    findings.push(...checkDuplicateNames(edition.regulations, externals));
  }

  const corpus = buildCheckCorpus(tree, options.only);
  for (const parsed of corpus.regulations()) {
    if (options.only && !options.only.has(parsed.input.filePath)) continue;
    findings.push(...checkNumbering(parsed), ...checkEmptyBody(parsed), ...checkCitations(corpus, parsed));
    if (mayContainMarkup(parsed.input.source)) {
      findings.push(...checkMarkup(parseMarkdown(parsed.input.source), parsed.input.filePath));
    }
  }
  const current = tree.editions.find((edition) => edition.key === CURRENT_EDITION);
  const notes = new Map<string, string>();
  const year = current?.handbook.value?.edition.year;
  for (const file of current?.regulations ?? []) {
    const note = file.data?.history.findLast(
      (entry) => entry.action === 'revised' && Number(entry.date.slice(0, 4)) === year,
    )?.note;
    if (note) notes.set(file.id, note);
  }
  findings.push(
    ...checkImpact(corpus, {
      edition: CURRENT_EDITION,
      previousEdition: tree.editions.find((edition) => edition.key !== CURRENT_EDITION)?.key,
      notes,
    }),
  );

  const only = options.only;
  const shown = only
    ? findings.filter((item) => only.has(item.file) || (dataFiles.has(item.file) && BLOCKING.has(item.code)))
    : findings;
  return sortFindings(shown);
}
