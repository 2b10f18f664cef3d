/** What the validator reports, and the one place that turns a JSON path into file, line and column. */
import { toPointer, type JsonDocument, type JsonPath } from './json-document';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** JSON pointer of the offending value, "" for the root, e.g. "/nodes/geneva-open/choices/0/next". */
  path: string;
  code: string;
  severity: Severity;
  message: string;
}

/** Whether a diagnostic points at a member's key (an unknown or badly named key) or at its value. */
export type Anchor = 'value' | 'key';

/** Codes starting with `E_` are errors, `W_` warnings: the code alone says how serious a finding is. */
function severityOf(code: string): Severity {
  return code.startsWith('W_') ? 'warning' : 'error';
}

/** Collects diagnostics for one file, placing each at the position of the value its path names. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  document: JsonDocument | undefined;

  constructor(readonly file: string) {}

  /** Reports at an explicit position, for problems found before there is a syntax tree. */
  reportAt(line: number, column: number, path: string, code: string, message: string): void {
    this.diagnostics.push({ file: this.file, line, column, path, code, severity: severityOf(code), message });
  }

  report(path: JsonPath, code: string, message: string, anchor: Anchor = 'value'): void {
    const { line, column } = this.document ? this.document.locate(path, anchor) : { line: 1, column: 1 };
    this.reportAt(line, column, toPointer(path), code, message);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  /**
   * Errors other than these, which leave the file readable (a duplicate key: the last value counts),
   * so that they do not stop the checks after them.
   */
  hasErrorsBesides(readable: ReadonlySet<Diagnostic>): boolean {
    return this.diagnostics.some((d) => d.severity === 'error' && !readable.has(d));
  }

  /** By line, then column; findings at the same place keep the order they were found in. */
  sorted(): Diagnostic[] {
    return this.diagnostics
      .map((d, i) => ({ d, i }))
      .sort((a, b) => a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
      .map(({ d }) => d);
  }
}
