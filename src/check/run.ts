import { parseMarkdown, type Corpus } from '../engine/index.ts';
import { CURRENT_EDITION, type ContentTree, type RegulationFile } from '../handbook/index.ts';
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
import { buildCheckCorpus } from './corpus.ts';
import { checkImpact, followRenumbering, type ImpactContext } from './rules/impact.ts';
import { checkCycle } from './rules/cycle.ts';
import { checkPlaceholders } from './rules/placeholders.ts';
import { checkSingleLine } from './rules/single-line.ts';
import { checkLinks, siteMapOf } from './rules/links.ts';
import { addedSince, baselineOf, readerTextFrom, type Baseline, type TextReader } from '../editions/cycle.ts';
import { checkSnapshotIntegrity, type SnapshotInputs } from './rules/snapshots.ts';
import { finding } from './finding.ts';
import { compareCodeowners } from './codeowners.ts';
import { checkKeptTexts } from './rules/kept-texts.ts';
import type { KeptFolder } from '../editions/kept-text.ts';
import { parseRedirects } from '../editions/redirects.ts';

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
    /** Kept texts under content/versions/ (ZD630–ZD634 run when present). */
    kept?: readonly KeptFolder[];
  };
  /** CODEOWNERS as generated from departments.yml, and as committed (undefined: file missing). */
  codeowners?: CodeownersInput;
}

export interface CodeownersInput {
  path: string;
  expected: string;
  actual: string | undefined;
  /** Paths whose owners are compared (every regulation file and samples of code and shared files). */
  paths: readonly string[];
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
      // Rules on one file alone report on that file only: with `only`, the others' findings would be dropped.
      if (options.only && !options.only.has(file.filePath)) continue;
      const fileFindings = checkRegulationFile(file, chapterKeys);
      findings.push(...fileFindings, ...checkPlaceholders(file));
      if (file.readError || !file.yaml || file.yaml.errors.length > 0) continue;
      findings.push(...checkFrontmatter(file, { fields, departments }), ...checkSingleLine(file));
      findings.push(...checkHistory(file, { today: options.today, regulations: edition.regulations }));
    }
    findings.push(...checkDuplicateSlugs(edition.regulations));
    findings.push(...checkDuplicateNames(edition.regulations, externals));
  }

  const corpus = buildCheckCorpus(tree, options.only);
  const mayBeUnreadable = unreadableTitleTest(tree);
  const site = siteMapOf(tree);
  for (const parsed of corpus.regulations()) {
    if (options.only && !options.only.has(parsed.input.filePath)) continue;
    findings.push(
      ...checkNumbering(parsed),
      ...checkEmptyBody(parsed),
      ...checkCitations(corpus, parsed, mayBeUnreadable),
      ...checkLinks(parsed.input, site, corpus),
    );
    if (mayContainMarkup(parsed.input.source)) {
      findings.push(...checkMarkup(parseMarkdown(parsed.input.source), parsed.input.filePath));
    }
  }
  const baseline = baselineOf(tree);
  const impact: ImpactContext = {
    edition: CURRENT_EDITION,
    previousEdition: baseline?.edition.key,
    ...revisionDates(tree, baseline),
  };
  findings.push(...checkImpact(corpus, impact));
  const readerText = corpusReaderText(corpus);
  const onlyRenumbered = (file: RegulationFile) => {
    const expected = followRenumbering(corpus, impact, file.id);
    return expected !== undefined && readerText({ ...file, source: expected }) === readerText(file);
  };

  if (options.repository) {
    const { editions, codeowners } = options.repository;
    if (editions) {
      const editionTree = options.only ? treeForEditionRules(tree, options.only) : tree;
      findings.push(
        ...checkCycle(editionTree, editions.redirectsText, { onlyRenumbered, readerText }),
        ...checkSnapshotIntegrity(tree, editions.snapshots),
        ...(editions.kept ? checkKeptTexts(tree, editions.kept, parseRedirects(editions.redirectsText).redirects) : []),
      );
    }
    if (codeowners) findings.push(...checkCodeowners(codeowners));
  }

  const only = options.only;
  const shown = only
    ? findings.filter((item) => only.has(item.file) || (dataFiles.has(item.file) && BLOCKING.has(item.code)))
    : findings;
  return sortFindings(withoutDuplicates(shown));
}

/** Texts compared by the cycle rules, read from the trees the corpus parsed when it has the same source. */
function corpusReaderText(corpus: Corpus): TextReader {
  return readerTextFrom((file) => {
    const parsed = corpus.get(file.id, file.edition);
    return parsed?.input.source === file.source ? parsed.tree : undefined;
  });
}

/**
 * The date of the newest text of each regulation recorded since the previous edition: a citing file
 * rewritten after the cited one was revised was written against the new numbering.
 */
function revisionDates(
  tree: ContentTree,
  baseline: Baseline | undefined,
): Pick<ImpactContext, 'writtenAfter' | 'issuedAfter'> {
  const current = tree.editions.find((edition) => edition.key === CURRENT_EDITION);
  const latest = new Map<string, { text: string | undefined; revised: string | undefined }>();
  for (const file of current?.regulations ?? []) {
    if (!file.data || !baseline) continue;
    const added = addedSince(file.id, file.data.history, baseline);
    latest.set(file.id, {
      text: added.findLast((entry) => entry.action === 'enacted' || entry.action === 'revised')?.date,
      revised: added.findLast((entry) => entry.action === 'revised')?.date,
    });
  }
  const issuedOn = current?.handbook.value?.edition.issuedOn;
  return {
    writtenAfter: (fromId, toId) => {
      const text = latest.get(fromId)?.text;
      const revised = latest.get(toId)?.revised;
      return Boolean(text && revised && text > revised);
    },
    issuedAfter: (toId) => {
      const revised = latest.get(toId)?.revised;
      return Boolean(issuedOn && revised && issuedOn > revised);
    },
  };
}

/** ZD701 when the committed CODEOWNERS sends a file to the wrong reviewers, ZD702 for a file it does not list yet. */
function checkCodeowners(input: CodeownersInput): Finding[] {
  const file = input.path;
  if (input.actual === undefined)
    return [finding('ZD701', { file, message: `缺少 ${file}：修改制度的合并请求无法自动请对应部门审核` })];
  if (input.actual === input.expected) return [];
  const { wrong, unlisted } = compareCodeowners(input.expected, input.actual, input.paths);
  const owners = (list: string[]) => (list.length > 0 ? list.join(' ') : '（无人）');
  const shown = wrong
    .slice(0, 3)
    .map((item) => `${item.path} 应为 ${owners(item.expected)}，现为 ${owners(item.actual)}`)
    .join('；');
  return [
    ...(wrong.length > 0
      ? [
          finding('ZD701', {
            file,
            message: `${file} 把 ${wrong.length} 个文件交给了错误的审核人：${shown}${wrong.length > 3 ? ' ……' : ''}`,
          }),
        ]
      : []),
    ...unlisted.map((item) =>
      finding('ZD702', {
        file,
        message: `${file} 中还没有 ${item.path}：它暂由 ${owners(item.actual)} 审核，应由 ${owners(item.expected)} 审核`,
      }),
    ),
  ];
}

/**
 * A citation whose article moved or was deleted is one mistake: the plain "no such article" and the
 * engine's "possibly an old article number" on the same citation are dropped.
 */
const SUPERSEDED_BY_IMPACT: ReadonlySet<string> = new Set(['ZD402', 'ZD403', 'ZD408']);

function withoutDuplicates(findings: readonly Finding[]): Finding[] {
  const moved = new Set(
    findings
      .filter((item) => item.code === 'ZD501' || item.code === 'ZD503')
      .map((item) => `${item.file}:${item.line}:${item.column}`),
  );
  // An article merged into the one before it (ZD311) also leaves a gap in the numbering: one mistake.
  const merged = new Set(findings.filter((item) => item.code === 'ZD311').map((item) => item.file));
  return findings.filter(
    (item) =>
      !(SUPERSEDED_BY_IMPACT.has(item.code) && moved.has(`${item.file}:${item.line}:${item.column}`)) &&
      !(item.code === 'ZD301' && merged.has(item.file)),
  );
}
