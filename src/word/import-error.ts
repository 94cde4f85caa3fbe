/** Why a Word file could not be imported; the message is for the clerk (Chinese). */
export type WordImportProblem = 'protected' | 'unreadable' | 'unsupported' | 'converter-missing' | 'conversion-failed';

export class WordImportError extends Error {
  readonly problem: WordImportProblem;
  constructor(problem: WordImportProblem, message: string) {
    super(message);
    this.name = 'WordImportError';
    this.problem = problem;
  }
}
