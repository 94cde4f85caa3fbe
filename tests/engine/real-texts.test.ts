/**
 * The engine on real laws and regulations (tests/fixtures/real-texts/, issue 13): every 第X条 is
 * anchored, every citation verified by reading the text links exactly there or stays text, and
 * no link goes anywhere else. Both the tuned and the held-out set are asserted; heuristics must
 * never be tuned against the held-out one (see its README). Loading goes through the site's path
 * (content tree → handbook model → corpus), which refuses a file whose frontmatter fails the schema.
 */
import { describe, expect, it } from 'vitest';
import { REAL_TEXT_SETS, evaluateSet, loadRealTextSet } from '../../scripts/bench/lib/real-texts.ts';

const sets = await Promise.all(REAL_TEXT_SETS.map(loadRealTextSet));

for (const set of sets) {
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

        if (file.expected.structure || file.expected.attachments) {
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
