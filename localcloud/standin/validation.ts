import { CronExpressionParser } from 'cron-parser';

import { invalid } from './errors.js';
import { fromStruct, fromValue, type ProtoStruct, type ProtoValue } from './values.js';

/** proto-loader hands messages over untyped; handlers read them through this alias. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Msg = any;

export function locationParent(parent: unknown): { project: string; location: string } {
  const m = /^projects\/([^/]+)\/locations\/([^/]+)$/.exec(String(parent ?? ''));
  if (!m) {
    throw invalid(
      `Invalid parent: "${String(parent ?? '')}". Expected projects/{project}/locations/{location}.`,
    );
  }
  return { project: m[1] as string, location: m[2] as string };
}

export function projectName(name: unknown): string {
  const m = /^projects\/([^/]+)$/.exec(String(name ?? ''));
  if (!m)
    throw invalid(`Invalid resource name: "${String(name ?? '')}". Expected projects/{project}.`);
  return m[1] as string;
}

export function checkLabels(labels: unknown, what: string): void {
  const entries = Object.entries((labels ?? {}) as Record<string, string>);
  if (entries.length > 64)
    throw invalid(`${what}: at most 64 labels are allowed, got ${entries.length}.`);
  for (const [k, v] of entries) {
    if (!/^[a-z][a-z0-9_-]{0,62}$/.test(k)) {
      throw invalid(
        `${what}: label key "${k}" is invalid: it must start with a lowercase letter and contain only lowercase letters, digits, _ and -, at most 63 characters.`,
      );
    }
    if (!/^[a-z0-9_-]{0,63}$/.test(v)) {
      throw invalid(
        `${what}: label value "${v}" of key "${k}" is invalid: only lowercase letters, digits, _ and -, at most 63 characters.`,
      );
    }
  }
}

interface SpecInput {
  parameterType?: string;
  defaultValue?: unknown;
  isOptional?: boolean;
}

const TYPE_CHECKS: Record<string, (v: unknown) => boolean> = {
  STRING: (v) => typeof v === 'string',
  NUMBER_INTEGER: (v) => typeof v === 'number' && Number.isInteger(v),
  NUMBER_DOUBLE: (v) => typeof v === 'number',
  BOOLEAN: (v) => typeof v === 'boolean',
  LIST: (v) => Array.isArray(v),
  STRUCT: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
};

/** What CreatePipelineJob checks; returns the spec as plain JS and its root tasks. */
export function checkPipelineJob(job: Msg): { spec: Record<string, unknown>; tasks: string[] } {
  if (!job) throw invalid('pipeline_job is required.');
  if (typeof job.displayName === 'string' && job.displayName.length > 128) {
    throw invalid(
      `display_name is too long: ${job.displayName.length} characters, at most 128 are allowed.`,
    );
  }
  checkLabels(job.labels, 'pipeline_job.labels');
  if (!job.pipelineSpec) throw invalid('pipeline_spec is required (or a template_uri).');
  const spec = fromStruct(job.pipelineSpec as ProtoStruct);
  const info = spec.pipelineInfo as { name?: unknown } | undefined;
  const root = spec.root as
    | {
        dag?: { tasks?: Record<string, unknown> };
        inputDefinitions?: { parameters?: Record<string, SpecInput> };
      }
    | undefined;
  if (typeof info?.name !== 'string' || !root || typeof spec.schemaVersion !== 'string') {
    throw invalid(
      'pipeline_spec is not a valid KFP pipeline spec: pipelineInfo.name, root and schemaVersion are required.',
    );
  }
  const runtime = job.runtimeConfig as Msg;
  if (!runtime?.gcsOutputDirectory) {
    throw invalid(
      'runtime_config.gcs_output_directory is required: the pipeline root, a gs:// URI.',
    );
  }
  if (!String(runtime.gcsOutputDirectory).startsWith('gs://')) {
    throw invalid(
      `runtime_config.gcs_output_directory must be a gs:// URI, got "${String(runtime.gcsOutputDirectory)}".`,
    );
  }
  const inputs = root.inputDefinitions?.parameters ?? {};
  const values = Object.fromEntries(
    Object.entries((runtime.parameterValues ?? {}) as Record<string, ProtoValue>).map(([k, v]) => [
      k,
      fromValue(v),
    ]),
  );
  for (const [name, value] of Object.entries(values)) {
    const input = inputs[name];
    if (!input)
      throw invalid(
        `The pipeline parameter "${name}" is not defined in the pipeline spec's root input definitions.`,
      );
    const fits = TYPE_CHECKS[input.parameterType ?? ''];
    if (fits && !fits(value)) {
      throw invalid(
        `The value of pipeline parameter "${name}" does not match its type ${input.parameterType}: ${JSON.stringify(value)}.`,
      );
    }
  }
  for (const [name, input] of Object.entries(inputs)) {
    if (!(name in values) && input.defaultValue === undefined && !input.isOptional) {
      throw invalid(
        `The pipeline parameter "${name}" is required but has no value and no default.`,
      );
    }
  }
  return { spec, tasks: Object.keys(root.dag?.tasks ?? {}) };
}

/** Vertex AI cron: five fields, with an optional TZ=Area/City or CRON_TZ= prefix. */
export function parseScheduleCron(cron: unknown): { expression: string; timezone: string } {
  const text = String(cron ?? '').trim();
  if (text === '') throw invalid('cron is required.');
  const m = /^(?:CRON_TZ|TZ)=(\S+)\s+(.*)$/.exec(text);
  const timezone = m ? (m[1] as string) : 'UTC';
  const expression = m ? (m[2] as string) : text;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw invalid(`Invalid cron "${text}": unknown time zone "${timezone}".`);
  }
  if (expression.split(/\s+/).length !== 5) {
    throw invalid(
      `Invalid cron "${text}": expected 5 fields (minute hour day-of-month month day-of-week).`,
    );
  }
  try {
    CronExpressionParser.parse(expression, { tz: timezone });
  } catch (err) {
    throw invalid(`Invalid cron "${text}": ${(err as Error).message}.`);
  }
  return { expression, timezone };
}

export function nextCronRun(cron: string, fromMs: number): number {
  const { expression, timezone } = parseScheduleCron(cron);
  return CronExpressionParser.parse(expression, { tz: timezone, currentDate: new Date(fromMs) })
    .next()
    .getTime();
}

/**
 * The subset of AIP-160 filters the actions use: `key="value"` or `key=VALUE` terms joined by AND,
 * where key may be `labels.NAME`. Returns a predicate over resources.
 */
export function parseFilter(
  filter: unknown,
  fields: Record<string, string>,
): (r: Record<string, unknown>) => boolean {
  const text = String(filter ?? '').trim();
  if (text === '') return () => true;
  const terms = text.split(/\s+AND\s+/i).map((term) => {
    const m = /^([a-z_][a-z0-9_.]*)\s*(=|!=)\s*(?:"([^"]*)"|(\S+))$/i.exec(term.trim());
    if (!m) throw invalid(`Unsupported filter: "${term}".`);
    const [, key, op, quoted, bare] = m as unknown as [
      string,
      string,
      string,
      string | undefined,
      string | undefined,
    ];
    const want = quoted ?? bare ?? '';
    const read =
      key.startsWith('labels.') || key.startsWith('user_labels.')
        ? (r: Record<string, unknown>) => {
            const [field, label] = key.split('.') as [string, string];
            return (
              r[field === 'labels' ? 'labels' : 'userLabels'] as Record<string, string> | undefined
            )?.[label];
          }
        : (r: Record<string, unknown>) => {
            const field = fields[key];
            if (!field) throw invalid(`Unsupported filter field: "${key}".`);
            return r[field];
          };
    return (r: Record<string, unknown>) => (String(read(r) ?? '') === want) === (op === '=');
  });
  return (r) => terms.every((t) => t(r));
}

/** page_token is the offset into the filtered list, as the stand-in issued it. */
export function page<T>(
  items: T[],
  pageSize: unknown,
  pageToken: unknown,
): { items: T[]; next: string } {
  const size = Number(pageSize) > 0 ? Number(pageSize) : 50;
  const start = pageToken ? Number(pageToken) : 0;
  if (!Number.isInteger(start) || start < 0)
    throw invalid(`Invalid page_token "${String(pageToken)}".`);
  const slice = items.slice(start, start + size);
  return { items: slice, next: start + size < items.length ? String(start + size) : '' };
}
