import { ruleFor, type RuleCode, type Severity } from './catalogue.ts';

/** One problem found by a rule, located in a file. */
export interface Finding {
  code: RuleCode;
  severity: Severity;
  /** Path relative to the repository root, with `/`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in characters (code points). */
  column: number;
  /** What was found and what was expected. */
  message: string;
  /** How to fix it. */
  hint: string;
  /** An edit of the file that fixes it for certain (applied by `npm run check -- --fix`). */
  fix?: TextEdit;
}

/** Replace `source.slice(start, end)` (UTF-16 offsets into the whole file) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface FindingInput {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
  /** Defaults to the catalogue's `fix`. */
  hint?: string | undefined;
  fix?: TextEdit | undefined;
}

/** Creates a finding; severity and default hint come from the catalogue. */
export function finding(code: RuleCode, input: FindingInput): Finding {
  const rule = ruleFor(code);
  return {
    code,
    severity: rule.severity,
    file: input.file,
    line: input.line ?? 1,
    column: input.column ?? 1,
    message: input.message,
    hint: input.hint ?? rule.fix,
    ...(input.fix ? { fix: input.fix } : {}),
  };
}

/** Stable order: by file, line, column, then code. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  files: number;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  return {
    errors: findings.filter((item) => item.severity === 'error').length,
    warnings: findings.filter((item) => item.severity === 'warning').length,
    files: new Set(findings.map((item) => item.file)).size,
  };
}
