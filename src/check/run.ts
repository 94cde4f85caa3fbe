import { parseMarkdown } from '../engine/index.ts';
import { CURRENT_EDITION, type ContentTree } from '../handbook/index.ts';
import { regulationFields } from '../schema/index.ts';
import { editionViews, treeForEditionRules } from './context.ts';
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
import { checkEditionConsistency, checkSnapshotIntegrity, type SnapshotInputs } from '../editions/rules.ts';
import { finding } from './finding.ts';

export interface RunOptions {
  /** Today, `YYYY-MM-DD` (see `todayInChina`). */
  today: string;
  /** Report only on these repo-relative paths (the whole tree is still read to resolve references). */
  only?: ReadonlySet<string>;
  /** Files beside the content tree, read by the caller (`readRepositoryInputs`) so the rules stay pure. */
  repository?: RepositoryInputs;
}

/** What the edition and review-routing rules need from outside content/regulations. */
export interface RepositoryInputs {
  /** Edition rules (ZD6xx) run when present. */
  editions?: {
    /** Text of content/redirects.yml, when present. */
    redirectsText?: string | undefined;
    /** manifest.json and handbook.yml of each archived edition. */
    snapshots: ReadonlyMap<string, SnapshotInputs>;
  };
  /** CODEOWNERS as generated from departments.yml, and as committed (undefined: file missing). */
  codeowners?: CodeownersInput;
}

export interface CodeownersInput {
  path: string;
  expected: string;
  actual: string | undefined;
}

/** Data-file codes that make every other result unreliable: always reported. */
const BLOCKING = new Set(['ZD001', 'ZD002', 'ZD007', 'ZD008', 'ZD009']);

/**
 * A regulation whose frontmatter cannot be read is missing from the corpus, so every citation of it
 * would look like an unknown title. When the title appears in such a file's raw frontmatter, the
 * citation is not reported: the broken file's own error is the one to fix.
 */
function unreadableTitleTest(tree: ContentTree): (title: string, edition: string) => boolean {
  const raw = new Map<string, string[]>();
  for (const edition of tree.editions) {
    const texts = edition.regulations
      .filter((file) => !file.data && file.frontmatter)
      .map((file) => file.frontmatter?.yaml ?? '');
    if (texts.length > 0) raw.set(edition.key, texts);
  }
  return (title, edition) => (raw.get(edition) ?? []).some((text) => text.includes(title));
}

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
  const mayBeUnreadable = unreadableTitleTest(tree);
  for (const parsed of corpus.regulations()) {
    if (options.only && !options.only.has(parsed.input.filePath)) continue;
    findings.push(
      ...checkNumbering(parsed),
      ...checkEmptyBody(parsed),
      ...checkCitations(corpus, parsed, mayBeUnreadable),
    );
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

  if (options.repository) {
    const { editions, codeowners } = options.repository;
    if (editions) {
      const editionTree = options.only ? treeForEditionRules(tree, options.only) : tree;
      findings.push(
        ...checkEditionConsistency(editionTree, editions.redirectsText),
        ...checkSnapshotIntegrity(tree, editions.snapshots),
      );
    }
    if (codeowners && codeowners.actual !== codeowners.expected) {
      findings.push(
        finding('ZD701', {
          file: codeowners.path,
          message:
            codeowners.actual === undefined
              ? `缺少 ${codeowners.path}：修改制度的合并请求无法自动请对应部门审核`
              : `${codeowners.path} 与 content/departments.yml 和各制度的责任部门不一致（有制度新增、改换部门或审核人调整后未重新生成）`,
        }),
      );
    }
  }

  const only = options.only;
  const shown = only
    ? findings.filter((item) => only.has(item.file) || (dataFiles.has(item.file) && BLOCKING.has(item.code)))
    : findings;
  return sortFindings(shown);
}
