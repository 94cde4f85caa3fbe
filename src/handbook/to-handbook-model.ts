/** Conversion of a content tree (valid or not) into the handbook model the site renders. */
import type { Department } from '../schema/index.ts';
import { CURRENT_EDITION, type ContentTree } from './content-tree.ts';
import { InvalidContentError } from './invalid-content-error.ts';
import type { EditionModel, HandbookModel, Regulation } from './model.ts';

/** Derives the URL segment of a department: its `slug`, or the key itself. */
function departmentSlug(key: string, department: Department): string {
  return department.slug ?? key;
}

/** Turns a content tree into the model the site renders; throws when any file is invalid. */
export function toHandbookModel(tree: ContentTree): HandbookModel {
  const invalid: string[] = [];
  for (const data of [tree.departments, tree.chapters, tree.externals]) if (!data.value) invalid.push(data.filePath);
  const editions: EditionModel[] = [];
  for (const edition of tree.editions) {
    if (!edition.handbook.value) invalid.push(edition.handbook.filePath);
    const regulations: Regulation[] = [];
    for (const file of edition.regulations) {
      if (!file.data || file.depth !== 1) {
        invalid.push(file.filePath);
        continue;
      }
      const { readError: _r, frontmatter: _f, yaml: _y, schemaIssues: _s, depth: _d, ...rest } = file;
      regulations.push({ ...rest, data: file.data });
    }
    if (edition.handbook.value) {
      editions.push({
        key: edition.key,
        year: edition.handbook.value.edition.year,
        handbook: edition.handbook.value,
        regulations,
      });
    }
  }
  if (invalid.length > 0) throw new InvalidContentError(invalid);

  const [current, ...archived] = editions;
  if (!current || current.key !== CURRENT_EDITION) throw new InvalidContentError(['content/handbook.yml']);
  const chapters = Object.entries(tree.chapters.value ?? {})
    .map(([key, chapter]) => ({ key, ...chapter }))
    .sort((a, b) => a.order - b.order);
  const departments = Object.entries(tree.departments.value ?? {}).map(([key, department]) => ({
    ...department,
    key,
    slug: departmentSlug(key, department),
  }));
  return { departments, chapters, externals: tree.externals.value ?? [], current, archived };
}
