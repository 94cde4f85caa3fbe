/**
 * The engine and the validator on real laws and regulations (tests/fixtures/real-texts/, issue 13).
 *
 *   npm run bench:real-texts                  # both sets: figures, wrong links, findings by code
 *   npm run bench:real-texts -- --details     # also every missed citation and sample findings per code
 *
 * For the tuned and the held-out set separately: documents, characters, articles, share of 第X条
 * anchored, share of resolvable citations linked (expected values verified by reading the texts),
 * wrong links, and the validator's findings by code so a person can judge the false alarms.
 */
import { parseArgs } from 'node:util';
import { runChecks, todayInChina, type Finding } from '../../src/check/index.ts';
import {
  REAL_TEXT_SETS,
  contains,
  evaluateSet,
  loadRealTextSet,
  suspectLinks,
  type FileResult,
} from './lib/real-texts.ts';
import { figuresOf } from './lib/real-texts-figures.ts';
import { formatTable } from './lib/table.ts';

const { values } = parseArgs({ options: { details: { type: 'boolean', default: false } } });

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

/** Numbering codes: the published texts are correctly numbered, so each such finding is a false alarm. */
const NUMBERING_CODES = new Set(['ZD301', 'ZD302', 'ZD303', 'ZD310']);

/**
 * A finding is a certain false alarm when it is a numbering finding on a published text, or when it
 * stands on a citation verified by reading whose target exists (in the handbook or external.yml).
 */
function isCertainFalseAlarm(item: Finding, files: readonly FileResult[]): boolean {
  const file = files.find((candidate) => candidate.filePath === item.file);
  if (!file) return false;
  if (NUMBERING_CODES.has(item.code)) return true;
  return file.citations.some(
    (citation) => citation.expected.target !== null && citation.at && contains(citation.at, item.line, item.column),
  );
}

function findingsByCode(findings: readonly Finding[], files: readonly FileResult[]): string[][] {
  const byCode = new Map<string, Finding[]>();
  for (const item of findings) byCode.set(item.code, [...(byCode.get(item.code) ?? []), item]);
  return [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, list]) => [
      code,
      list[0]?.severity ?? '',
      String(list.length),
      String(new Set(list.map((f) => f.file)).size),
      String(list.filter((item) => isCertainFalseAlarm(item, files)).length),
    ]);
}

const today = todayInChina();
console.log(`real-text fixtures (tests/fixtures/real-texts/), node ${process.version}, validator date ${today}\n`);
for (const name of REAL_TEXT_SETS) {
  const set = await loadRealTextSet(name);
  const files = evaluateSet(set);
  const f = figuresOf(files);
  const findings = runChecks(set.tree, { today });
  console.log(`== ${name} set ==`);
  console.log(
    formatTable(
      ['measure', 'value'],
      [
        ['documents', String(f.documents)],
        ['characters (frontmatter included)', f.characters.toLocaleString('en')],
        ['第X条 in the texts', String(f.articles)],
        ['第X条 anchored', `${f.anchored} (${percent(f.anchored, f.articles)})`],
        ['anchors that are no article of the text', String(f.unexpectedAnchors)],
        ['numbering problems raised (texts are correctly numbered)', String(f.numberingProblems)],
        ['款/项/attachment splits wrong', String(f.structureProblems)],
        ['resolvable citations (verified by reading)', String(f.resolvable)],
        ['  linked to the right point', `${f.linked} (${percent(f.linked, f.resolvable)})`],
        ['  of which links to a 项 landing on its article or 款', String(f.coarseItemLinks)],
        ['citations that must stay text', String(f.mustStayText)],
        ['  kept as text', `${f.keptText} (${percent(f.keptText, f.mustStayText)})`],
        ['optional citations (link or text both fine)', String(f.optional)],
        ['WRONG LINKS', String(f.wrong.length)],
      ],
      { align: ['left', 'right'] },
    ),
  );
  const suspects = suspectLinks(set);
  console.log(
    `\nunverified suspects (self-links right after a document name, all files; --details lists them): ${suspects.length}`,
  );
  if (values.details) console.log(suspects.map((line) => `  ${line}`).join('\n'));
  if (f.wrong.length > 0) console.log(`\nwrong links:\n${f.wrong.map((line) => `  ${line}`).join('\n')}`);
  if (values.details && f.missed.length > 0)
    console.log(`\nmissed:\n${f.missed.map((line) => `  ${line}`).join('\n')}`);
  console.log(`\nvalidator findings (npm run check on tests/fixtures/real-texts/${name}): ${findings.length}`);
  console.log(
    formatTable(['code', 'severity', 'findings', 'files', 'certain false alarms'], findingsByCode(findings, files), {
      align: ['left', 'left', 'right', 'right', 'right'],
    }),
  );
  if (values.details) {
    for (const [code] of findingsByCode(findings, files)) {
      for (const item of findings.filter((x) => x.code === code).slice(0, 3)) {
        console.log(`  ${code} ${item.file}:${item.line} ${item.message}`);
      }
    }
  }
  console.log('');
}
