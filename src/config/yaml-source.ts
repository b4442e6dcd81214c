import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';

import type { Diagnostic } from '../errors.js';

export type YamlPath = readonly (string | number)[];

/**
 * A parsed YAML file that can say where any value in it is. Every message about mlops.yaml goes
 * through `at()`, so each one carries file:line:col.
 */
export class YamlSource {
  readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.doc = parseDocument(text, {
      lineCounter: this.lines,
      prettyErrors: true,
      uniqueKeys: true,
      // `<<: *defaults` is how people share parameters between pipelines and environments.
      merge: true,
    });
  }

  /** YAML syntax errors and warnings (duplicate keys among them), already placed. */
  parseDiagnostics(): Diagnostic[] {
    const toDiag =
      (severity: Diagnostic['severity']) =>
      (e: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]] }) => ({
        severity,
        // The yaml library appends a code excerpt after the first line; the annotation has the place.
        message: e.message.split('\n')[0] ?? e.message,
        file: this.file,
        line: e.linePos?.[0].line,
        column: e.linePos?.[0].col,
      });
    return [...this.doc.errors.map(toDiag('error')), ...this.doc.warnings.map(toDiag('warning'))];
  }

  value(): unknown {
    // The file is the repository's own: merge keys may reuse one anchor many times.
    return this.doc.toJS({ maxAliasCount: -1 });
  }

  /** The node at a path, or the nearest ancestor that exists. */
  node(path: YamlPath): Node | undefined {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node) return node;
    }
    return undefined;
  }

  /** The key node of `key` in the map at `path` (for "unknown key" messages). */
  keyNode(path: YamlPath, key: string): Node | undefined {
    const map = this.doc.getIn(path, true);
    if (!isMap(map)) return undefined;
    const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }

  position(node: Node | undefined): { line: number; column: number } {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  at(
    path: YamlPath,
    message: string,
    severity: Diagnostic['severity'] = 'error',
    key?: string,
  ): Diagnostic {
    const node = key !== undefined ? (this.keyNode(path, key) ?? this.node(path)) : this.node(path);
    return { severity, message, file: this.file, ...this.position(node) };
  }

  line(path: YamlPath): number {
    return this.position(this.node(path)).line;
  }
}

/** `pipelines[0].parameters.epochs` */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out || '(top level)';
}
