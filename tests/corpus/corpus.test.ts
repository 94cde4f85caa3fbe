import { beforeAll, describe, expect, it } from 'vitest';
import {
  countByStatus,
  groupByChapter,
  groupByDepartment,
  loadContentTree,
  toHandbookModel,
  type HandbookModel,
} from '../../src/handbook/index.ts';
import { findReplacement } from '../../src/site/lookup.ts';

/** Facts about the real compendium in content/, the way the home page presents them. */
let model: HandbookModel;
beforeAll(async () => {
  model = toHandbookModel(await loadContentTree(process.cwd()));
});

describe('the compendium in content/', () => {
  it('has a full review outcome: every status present, most rules reaffirmed', () => {
    const counts = countByStatus(model.current);
    for (const count of Object.values(counts)) expect(count).toBeGreaterThan(0);
    expect(counts.reaffirmed).toBeGreaterThan(counts.revised + counts.new + counts.abolished);
    const total = model.current.regulations.length;
    expect(total).toBeGreaterThanOrEqual(45);
  });

  it('files every in-force regulation under a chapter of chapters.yml, none empty', () => {
    const groups = groupByChapter(model.current, model.chapters);
    for (const group of groups) expect(group.regulations.length, group.chapter.key).toBeGreaterThan(0);
    const listed = groups.reduce((sum, group) => sum + group.regulations.length, 0);
    const inForce = model.current.regulations.filter((r) => r.data.status !== 'abolished').length;
    expect(listed).toBe(inForce);
  });

  it('gives every department at least one regulation in force', () => {
    for (const group of groupByDepartment(model.current, model.departments)) {
      expect(group.inForce.length, group.department.key).toBeGreaterThan(0);
    }
  });

  it('names an existing in-force replacement wherever an abolished rule says it was replaced', () => {
    const replaced = model.current.regulations.filter((r) => r.data.replacedBy);
    expect(replaced.length).toBeGreaterThan(0);
    for (const regulation of replaced) {
      const replacement = findReplacement(model.current, regulation.data.replacedBy);
      expect(replacement?.data.status, regulation.id).not.toBe('abolished');
    }
  });

  it('keeps the previous text of every revised regulation in the 2025 edition', () => {
    const previous = model.archived.find((edition) => edition.year === model.current.year - 1);
    expect(previous).toBeDefined();
    for (const regulation of model.current.regulations.filter((r) => r.data.status === 'revised')) {
      const earlier = previous?.regulations.find((candidate) => candidate.id === regulation.id);
      expect(earlier, regulation.id).toBeDefined();
      expect(earlier?.source, regulation.id).not.toBe(regulation.source);
    }
  });
});
