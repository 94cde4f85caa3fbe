/**
 * The engine on real laws and regulations (tests/fixtures/real-texts/, issue 13): every 第X条 is
 * anchored, every citation verified by reading the text links exactly there or stays text, and
 * no link goes anywhere else. The tuned set is asserted file by file. The held-out set, which
 * heuristics must never be tuned against (see its README), is guarded as a whole by the floor
 * recorded in held-out/floor.json: a change may improve its figures, never worsen them. Loading
 * goes through the site's path (content tree → handbook model → corpus), which refuses a file
 * whose frontmatter fails the schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_TEXTS, evaluateSet, loadRealTextSet } from '../../scripts/bench/lib/real-texts.ts';
import { figuresOf } from '../../scripts/bench/lib/real-texts-figures.ts';

interface HeldOutFloor {
  anchoredRatio: number;
  unexpectedAnchors: number;
  structureProblems: number;
  linkedRatio: number;
  keptTextRatio: number;
  maxWrongLinks: number;
  maxNumberingProblems: number;
  maxCoarseItemLinks: number;
}

describe('real texts, held-out set (guarded as a whole, never tuned against)', async () => {
  const figures = figuresOf(evaluateSet(await loadRealTextSet('held-out')));
  const floor = JSON.parse(readFileSync(join(REAL_TEXTS, 'held-out', 'floor.json'), 'utf8')) as HeldOutFloor;

  it('anchors every 第X条 and splits 款, 项 and attachments no worse than recorded', () => {
    expect(figures.anchored / figures.articles).toBeGreaterThanOrEqual(floor.anchoredRatio);
    expect(figures.unexpectedAnchors).toBeLessThanOrEqual(floor.unexpectedAnchors);
    expect(figures.structureProblems).toBeLessThanOrEqual(floor.structureProblems);
    expect(figures.numberingProblems).toBeLessThanOrEqual(floor.maxNumberingProblems);
  });

  it('makes no more wrong links than recorded', () => {
    expect(figures.wrong.length, figures.wrong.join('\n')).toBeLessThanOrEqual(floor.maxWrongLinks);
  });

  it('links resolvable citations and keeps the rest as text no worse than recorded', () => {
    expect(figures.linked / figures.resolvable).toBeGreaterThanOrEqual(floor.linkedRatio);
    expect(figures.keptText / figures.mustStayText).toBeGreaterThanOrEqual(floor.keptTextRatio);
    expect(figures.coarseItemLinks).toBeLessThanOrEqual(floor.maxCoarseItemLinks);
  });
});

{
  const set = await loadRealTextSet('tuned');
  const files = evaluateSet(set);

  describe(`real texts, ${set.name} set`, () => {
    it('has expected values for every file, each with its article anchors', () => {
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(file.expected.articles.count).toBe(file.expected.articles.anchors.length);
    });

    for (const file of files) {
      describe(file.id, () => {
        it('anchors every 第X条 of the text and nothing else', () => {
          expect({ missing: file.missingAnchors, unexpected: file.unexpectedAnchors }).toEqual({
            missing: [],
            unexpected: [],
          });
        });

        it('reports no numbering problem (the published text is correctly numbered)', () => {
          expect(file.numberingProblems).toEqual([]);
        });

        if (file.expected.structure || file.expected.sections || file.expected.attachments) {
          it('splits 款, 项 and attachments as the text does', () => {
            expect([...file.structureProblems, ...file.attachmentProblems]).toEqual([]);
          });
        }

        if (file.expected.citations.length > 0) {
          it('makes no wrong link', () => {
            const wrong = file.citations.filter((citation) => citation.outcome === 'wrong');
            expect(wrong.map((citation) => `${file.filePath}: ${citation.message}`)).toEqual([]);
          });

          it('links every resolvable citation', () => {
            const missed = file.citations.filter((citation) => citation.outcome === 'missed');
            expect(missed.map((citation) => `${file.filePath}: ${citation.message}`)).toEqual([]);
          });
        }

        const citesItems = file.expected.citations.some(
          (citation) =>
            citation.target &&
            !citation.target.doc.startsWith('ext:') &&
            (citation.target.refs ?? []).some((ref) => ref.item !== undefined || ref.to?.item !== undefined),
        );
        if (citesItems) {
          it('lands links to a 项 on the item itself', () => {
            const coarse = file.citations.flatMap((citation) => citation.itemAnchorProblem ?? []);
            expect(coarse.map((problem) => `${file.filePath}: ${problem}`)).toEqual([]);
          });
        }
      });
    }
  });
}
