import { dirname, resolve } from 'node:path';

import { ConfigurationError, errorCount, type Diagnostic } from '../errors.js';
import { checkSchema } from './schema-check.js';
import { checkSemantics, diskProbe, type FileProbe } from './semantic-check.js';
import type {
  AlertPolicyDefinition,
  Environment,
  ImageDefinition,
  MlopsConfig,
  NotificationChannelDefinition,
  ParameterMap,
  PipelineDefinition,
  PipelineInEnvironment,
  Schedule,
} from './types.js';
import { YamlSource } from './yaml-source.js';

export interface LoadedConfig {
  readonly config: MlopsConfig;
  /** Warnings found on the way (errors throw). */
  readonly warnings: readonly Diagnostic[];
  readonly source: YamlSource;
}

export interface LoadOptions {
  /** Directory the config path is relative to (the workspace). */
  readonly workspace: string;
  readonly probe?: FileProbe;
}

/**
 * Reads, validates and types mlops.yaml. Every problem is collected before anything is thrown, so
 * one run shows them all; the ConfigurationError carries them as placed diagnostics.
 */
export function loadConfig(file: string, opts: LoadOptions): LoadedConfig {
  const probe = opts.probe ?? diskProbe;
  const path = resolve(opts.workspace, file);
  if (!probe.isFile(path)) {
    throw new ConfigurationError(`config file "${file}" not found (looked in ${opts.workspace})`, [
      { severity: 'error', message: `config file "${file}" not found`, file },
    ]);
  }
  return parseConfig(probe.read(path), { file, baseDir: dirname(path), probe });
}

export function parseConfig(
  text: string,
  opts: { file: string; baseDir: string; probe?: FileProbe },
): LoadedConfig {
  const source = new YamlSource(opts.file, text);
  const diagnostics = source.parseDiagnostics();
  const value = source.doc.errors.length === 0 ? source.value() : undefined;
  if (value !== undefined) {
    diagnostics.push(...checkSchema(source, value));
    diagnostics.push(...checkSemantics(source, value, opts.baseDir, opts.probe ?? diskProbe));
    diagnostics.push(...advisories(source, value));
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const errors = errorCount(diagnostics);
  if (errors > 0) {
    throw new ConfigurationError(
      `${opts.file} has ${errors} error${errors === 1 ? '' : 's'}`,
      diagnostics,
    );
  }
  const config = deepFreeze(build(value as Raw, opts.file, opts.baseDir, source));
  return { config, warnings: diagnostics, source };
}

/** Things that are allowed but probably not meant. */
function advisories(source: YamlSource, value: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const raw = value as Partial<Raw>;
  (Array.isArray(raw.pipelines) ? raw.pipelines : []).forEach((p, i) => {
    if (p && typeof p === 'object' && p.timezone !== undefined && p.schedule === undefined) {
      out.push(
        source.at(
          ['pipelines', i, 'timezone'],
          `pipeline "${p.name}": timezone has no effect without a schedule`,
          'warning',
        ),
      );
    }
  });
  return out;
}

// The shape the schema guarantees once it passed.
interface RawOverride {
  parameters?: ParameterMap;
  schedule?: string | null;
  timezone?: string;
  caching?: boolean;
  enabled?: boolean;
}
interface RawPipeline {
  name: string;
  description?: string;
  function?: string;
  spec?: string;
  training?: boolean;
  schedule?: string;
  timezone?: string;
  parameters?: ParameterMap;
  caching?: boolean;
  labels?: Record<string, string>;
  environments?: Record<string, RawOverride>;
}
interface Raw {
  defaults?: { timezone?: string; caching?: boolean };
  environments: Record<string, Record<string, unknown>>;
  images?: {
    name: string;
    context: string;
    dockerfile?: string;
    'build-args'?: Record<string, unknown>;
    pipelines?: string[];
  }[];
  pipelines: RawPipeline[];
  alerting?: { channels?: Record<string, unknown>[]; policies?: Record<string, unknown>[] };
}

function build(raw: Raw, file: string, baseDir: string, source: YamlSource): MlopsConfig {
  const defaultZone = raw.defaults?.timezone ?? 'UTC';
  const defaultCaching = raw.defaults?.caching ?? true;

  const environments: Record<string, Environment> = {};
  for (const [name, e] of Object.entries(raw.environments)) {
    environments[name] = {
      name,
      project: e.project as string,
      region: e.region as string,
      bucket: e.bucket as string,
      imageRepository: e['image-repository'] as string | undefined,
      serviceAccount: e['service-account'] as string | undefined,
      kmsKey: e['kms-key'] as string | undefined,
      network: e.network as string | undefined,
      labels: (e.labels as Record<string, string> | undefined) ?? {},
      promoteFrom: e['promote-from'] as string | undefined,
    };
  }

  const pipelines = raw.pipelines.map((p, i): PipelineDefinition => {
    const schedule = toSchedule(p.schedule, p.timezone ?? defaultZone);
    const caching = p.caching ?? defaultCaching;
    const perEnv: Record<string, PipelineInEnvironment> = {};
    for (const env of Object.keys(environments)) {
      const o = p.environments?.[env] ?? {};
      if (o.enabled === false) continue;
      const cron = o.schedule === null ? undefined : (o.schedule ?? p.schedule);
      perEnv[env] = {
        parameters: { ...p.parameters, ...o.parameters },
        schedule: toSchedule(cron, o.timezone ?? p.timezone ?? defaultZone),
        caching: o.caching ?? caching,
      };
    }
    const sep = p.function?.lastIndexOf(':') ?? -1;
    return {
      name: p.name,
      description: p.description,
      source:
        p.function !== undefined
          ? {
              kind: 'function',
              file: p.function.slice(0, sep),
              function: p.function.slice(sep + 1),
            }
          : { kind: 'spec', file: p.spec as string },
      training: p.training ?? false,
      schedule,
      parameters: p.parameters ?? {},
      caching,
      labels: p.labels ?? {},
      environments: perEnv,
      line: source.line(['pipelines', i]),
    };
  });

  const images = (raw.images ?? []).map((img): ImageDefinition => ({
    name: img.name,
    context: img.context,
    dockerfile: img.dockerfile ?? `${img.context}/Dockerfile`,
    buildArgs: Object.fromEntries(
      Object.entries(img['build-args'] ?? {}).map(([k, v]) => [k, String(v)]),
    ),
    pipelines: img.pipelines ?? [],
  }));

  const channels = (raw.alerting?.channels ?? []).map((c): NotificationChannelDefinition => ({
    name: c.name as string,
    type: c.type as string,
    labels: (c.labels as Record<string, string> | undefined) ?? {},
    description: c.description as string | undefined,
  }));
  const policies = (raw.alerting?.policies ?? []).map((p): AlertPolicyDefinition => ({
    ...(p as Omit<AlertPolicyDefinition, 'channels'>),
    channels: (p.channels as string[] | undefined) ?? [],
  }));

  return { file, baseDir, environments, pipelines, images, alerting: { channels, policies } };
}

function toSchedule(cron: string | undefined, timezone: string): Schedule | undefined {
  return cron === undefined ? undefined : { cron: cron.trim(), timezone };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
