import type { Diagnostic } from './errors.js';

/**
 * What the library needs from a log. The actions pass one backed by @actions/core (annotations,
 * groups); tests and scripts pass the console or a recording logger.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** A finding with a place: an annotation on the runner, a `file:line:col` line elsewhere. */
  diagnostic(d: Diagnostic): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** Records everything; for tests and for capturing output of a library call. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  info(message: string): void {
    this.lines.push(message);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  diagnostic(d: Diagnostic): void {
    this.diagnostics.push(d);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`[${title}]`);
    return fn();
  }
}
