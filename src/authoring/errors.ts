/** A refusal explained to the office in Chinese; the command prints it and exits with code 1. */
export class AuthoringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthoringError';
  }
}
