import type { Finding } from '../finding.ts';

/** What every reporter gets: the findings and a little about the run. */
export interface Report {
  findings: readonly Finding[];
  /** Regulation files checked (or named). */
  checkedFiles: number;
  /** Editions checked. */
  editions: number;
  /** Lines of a file, for source excerpts (undefined when unavailable). */
  linesOf: (file: string) => readonly string[] | undefined;
  /** URL of the page explaining a code, e.g. `…/guide/error-codes/#ZD204`. */
  docsUrl: (code: string) => string;
}

export type Reporter = (report: Report) => string;
