/** Raised for problems a person can fix (no stack trace needed). */
export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}
