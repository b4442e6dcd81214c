/**
 * User errors vs bugs. A ConfigurationError is something the user can fix (a bad input, a wrong
 * mlops.yaml, a pipeline that does not compile): the action reports it as annotations and a clear
 * message, without a stack trace. Anything else is a bug in this project and keeps its stack.
 */

export type Severity = 'error' | 'warning';

/** A finding with the place it comes from; `file` is relative to the workspace when known. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export class ConfigurationError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.name = 'ConfigurationError';
    this.diagnostics = diagnostics;
  }
}

/** `file:line:col: severity: message`, the form editors and terminals link. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.file
    ? `${d.file}${d.line !== undefined ? `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : ''}: `
    : '';
  return `${place}${d.severity}: ${d.message}`;
}

export function errorCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}
