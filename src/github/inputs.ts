import { ConfigurationError } from '../errors.js';

/** Reads one raw input by its action.yml name ('' when unset). */
export type InputSource = (name: string) => string;

/**
 * The runner's way of passing inputs (what @actions/core's getInput reads), without loading
 * @actions/core: entry points read an input or two before that ~100 ms import.
 */
export const envInput: InputSource = (name) =>
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';

/**
 * Typed readers for action inputs. Each names the input in its error, so a user sees
 * `input "parallelism" must be a whole number from 0 to 64, got "two"` rather than a stack trace.
 */
export class Inputs {
  constructor(private readonly get: InputSource) {}

  string(name: string, opts: { required?: boolean; fallback?: string } = {}): string {
    const value = this.get(name).trim();
    if (value === '') {
      if (opts.required) throw new ConfigurationError(`input "${name}" is required`);
      return opts.fallback ?? '';
    }
    return value;
  }

  integer(name: string, opts: { min: number; max: number; fallback: number }): number {
    const raw = this.get(name).trim();
    if (raw === '') return opts.fallback;
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw) || n < opts.min || n > opts.max) {
      throw new ConfigurationError(
        `input "${name}" must be a whole number from ${opts.min} to ${opts.max}, got "${raw}"`,
      );
    }
    return n;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.get(name).trim().toLowerCase();
    if (raw === '') return fallback;
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    throw new ConfigurationError(`input "${name}" must be true or false, got "${raw}"`);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.get(name).trim();
    if (raw === '') return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      throw new ConfigurationError(
        `input "${name}" must be one of ${allowed.join(', ')}, got "${raw}"`,
      );
    }
    return raw as T;
  }

  /** Items separated by commas or new lines, trimmed, empties dropped, each checked by `pattern`. */
  list(name: string, pattern?: { regex: RegExp; what: string }): string[] {
    const items = this.get(name)
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    for (const item of items) {
      if (pattern && !pattern.regex.test(item)) {
        throw new ConfigurationError(`input "${name}": "${item}" is not ${pattern.what}`);
      }
    }
    return items;
  }

  /** A path inside the workspace, returned relative to it; absolute paths and `..` are refused. */
  relativePath(name: string, fallback: string): string {
    const value = this.string(name, { fallback });
    if (value.startsWith('/') || value.split(/[\\/]/).includes('..')) {
      throw new ConfigurationError(
        `input "${name}" must be a path inside the workspace, got "${value}"`,
      );
    }
    return value;
  }
}
