import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';

import type { Diagnostic } from '../errors.js';
import { mlopsSchema } from './schema.js';
import { formatPath, type YamlPath, type YamlSource } from './yaml-source.js';

// Compiled once per process: compiling the schema costs more than validating a file.
let validator: ReturnType<Ajv['compile']> | undefined;
function getValidator(): ReturnType<Ajv['compile']> {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    ajv.addVocabulary(['x-message']);
    validator = ajv.compile(mlopsSchema);
  }
  return validator;
}

/** Validates the parsed file against the JSON Schema; every error placed and worded for people. */
export function checkSchema(source: YamlSource, value: unknown): Diagnostic[] {
  const validate = getValidator();
  if (validate(value)) return [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const err of validate.errors ?? []) {
    const d = toDiagnostic(source, err);
    if (!d) continue;
    const key = `${d.line}:${d.column}:${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

function suggestion(word: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(word, [...candidates]);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word, best) <= limit ? `; did you mean "${best}"?` : '';
}

function toDiagnostic(source: YamlSource, err: ErrorObject): Diagnostic | undefined {
  const path: YamlPath = pathOf(err.instancePath);
  const where = formatPath(path);
  const parent = (err.parentSchema ?? {}) as Record<string, unknown>;
  const propertyName = (err as ErrorObject & { propertyName?: string }).propertyName;

  if (propertyName !== undefined) {
    // A key that breaks a propertyNames rule: the message is on the inner (pattern) error.
    if (err.keyword === 'propertyNames') return undefined;
    const rule =
      typeof parent['x-message'] === 'string'
        ? parent['x-message']
        : (err.message ?? 'is not allowed');
    return source.at(path, `${where}: key "${propertyName}" ${rule}`, 'error', propertyName);
  }

  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((parent.properties ?? {}) as Record<string, unknown>);
      const hint = suggestion(key, known);
      const allowed = hint === '' && known.length > 0 ? `; allowed keys: ${known.join(', ')}` : '';
      return source.at(path, `${where}: unknown key "${key}"${hint}${allowed}`, 'error', key);
    }
    case 'required': {
      const missing = (err.params as { missingProperty: string }).missingProperty;
      return source.at(path, `${where}: missing required key "${missing}"`);
    }
    case 'type': {
      const wanted = [parent.type].flat().map((t) => TYPE_WORDS[String(t)] ?? String(t));
      return source.at(path, `${where}: must be ${wanted.join(' or ')}, got ${describe(err.data)}`);
    }
    case 'pattern': {
      const rule =
        typeof parent['x-message'] === 'string'
          ? parent['x-message']
          : `must match ${String(parent.pattern)}`;
      return source.at(path, `${where}: ${JSON.stringify(err.data)} ${rule}`);
    }
    case 'enum': {
      const allowed = ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(
        String,
      );
      const hint = typeof err.data === 'string' ? suggestion(err.data, allowed) : '';
      return source.at(
        path,
        `${where}: ${JSON.stringify(err.data)} is not one of ${allowed.join(', ')}${hint}`,
      );
    }
    case 'const':
      return source.at(
        path,
        `${where}: must be ${JSON.stringify((err.params as { allowedValue: unknown }).allowedValue)}`,
      );
    case 'uniqueItems':
      return source.at(path, `${where}: lists the same item twice`);
    case 'minProperties':
      return source.at(path, `${where}: must declare at least one entry`);
    case 'maxProperties':
      return source.at(
        path,
        `${where}: has more than ${String((err.params as { limit: number }).limit)} entries`,
      );
    case 'maxLength':
      return source.at(
        path,
        `${where}: is longer than ${String((err.params as { limit: number }).limit)} characters`,
      );
    default:
      return source.at(path, `${where}: ${err.message ?? 'is invalid'}`);
  }
}
