import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

import type { MlopsConfig, PipelineDefinition } from '../config/types.js';
import type { YamlPath, YamlSource } from '../config/yaml-source.js';
import { ConfigurationError, type Diagnostic } from '../errors.js';
import type { Logger } from '../logger.js';
import {
  startCompileDriver,
  type CompileDriver,
  type DriverResult,
  type PipelineCompileResult,
} from './driver.js';
import {
  MANIFEST_FILE,
  serializeManifest,
  type Manifest,
  type ManifestPipeline,
} from './manifest.js';
import { checkParameters } from './parameters.js';
import { readPipelineSpec, SpecError, type PipelineSpecSummary } from './spec.js';

export interface CompileOptions {
  readonly config: MlopsConfig;
  /** The parsed config, to place messages about a definition at its line. */
  readonly source: YamlSource;
  /** The workspace; messages name files relative to it. */
  readonly workspace: string;
  readonly python: string;
  readonly outputDir: string;
  /** Compile only these (empty: all). */
  readonly only: readonly string[];
  /** Worker processes; 0 = one per core. */
  readonly parallelism: number;
  readonly commit?: string;
  readonly logger: Logger;
  /** A driver already started (startCompileDriver); one is started here if not given. */
  readonly driver?: CompileDriver;
}

export interface CompileResult {
  readonly manifest: Manifest;
  readonly manifestPath: string;
  readonly warnings: readonly Diagnostic[];
}

/**
 * Compiles the selected PipelineDefinitions with the repository's Python, verifies each spec and the
 * parameter values declared for it, and writes the specs and manifest.json. Every pipeline is
 * checked before anything fails, so one run reports all problems.
 */
export async function compilePipelines(opts: CompileOptions): Promise<CompileResult> {
  const { config, logger } = opts;
  const selected = selectPipelines(config.pipelines, opts.only);
  const outputDir = resolve(opts.workspace, opts.outputDir);
  mkdirSync(outputDir, { recursive: true });

  const driver = await compileFunctions(opts, selected, outputDir);
  const diagnostics: Diagnostic[] = [];
  const pipelines: ManifestPipeline[] = [];
  const failed: string[] = [];
  const report = (def: PipelineDefinition, found: Diagnostic[]): boolean => {
    diagnostics.push(...found);
    const bad = found.some((d) => d.severity === 'error');
    if (bad && !failed.includes(def.name)) failed.push(def.name);
    return bad;
  };

  for (const def of selected) {
    const index = config.pipelines.indexOf(def);
    const at = (path: YamlPath, message: string, key?: string): Diagnostic =>
      opts.source.at(
        ['pipelines', index, ...path],
        `pipeline "${def.name}": ${message}`,
        'error',
        key,
      );
    const sourceKey = def.source.kind === 'function' ? 'function' : 'spec';

    let specFile: string;
    if (def.source.kind === 'function') {
      const result = driver?.results.find((r) => r.name === def.name);
      report(def, pythonWarnings(def, result, opts));
      if (!result || !result.ok) {
        report(def, compileFailure(def, result, at([sourceKey], ''), opts));
        continue;
      }
      specFile = result.output;
    } else {
      specFile = `${def.name}${extname(def.source.file)}`;
      // A JSON spec of a pipeline named "manifest" must not become manifest.json.
      if (specFile === MANIFEST_FILE) specFile = `${def.name}.spec.json`;
      copyFileSync(resolve(config.baseDir, def.source.file), join(outputDir, specFile));
    }

    const bytes = readFileSync(join(outputDir, specFile));
    let spec: PipelineSpecSummary;
    try {
      spec = readPipelineSpec(bytes.toString('utf8'));
    } catch (err) {
      if (!(err instanceof SpecError)) throw err;
      report(def, [
        at([sourceKey], `the compiled spec is not a valid KFP pipeline spec: ${err.message}`),
      ]);
      continue;
    }

    if (report(def, parameterDiagnostics(def, spec, index, opts.source, at))) continue;
    pipelines.push({
      name: def.name,
      specFile,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      pipelineName: spec.pipelineName,
      schemaVersion: spec.schemaVersion,
      sdkVersion: spec.sdkVersion,
      source: def.source,
      training: def.training,
      schedule: def.schedule,
      inputs: spec.inputs,
      tasks: spec.tasks,
      labels: def.labels,
      environments: def.environments,
    });
    logger.info(`✓ ${def.name}: ${spec.inputs.length} inputs, ${spec.tasks.length} tasks`);
  }

  if (failed.length > 0) {
    throw new ConfigurationError(
      `${failed.length} of ${selected.length} pipelines failed to compile or verify: ${failed.join(', ')}`,
      diagnostics,
    );
  }

  const manifest: Manifest = {
    manifestVersion: 1,
    config: config.file,
    ...(opts.commit ? { commit: opts.commit } : {}),
    kfpVersion: driver?.kfpVersion,
    pythonVersion: driver?.pythonVersion,
    pipelines,
  };
  const manifestPath = join(outputDir, MANIFEST_FILE);
  writeFileSync(manifestPath, serializeManifest(manifest));
  return { manifest, manifestPath, warnings: diagnostics };
}

function selectPipelines(
  all: readonly PipelineDefinition[],
  only: readonly string[],
): PipelineDefinition[] {
  if (only.length === 0) return [...all];
  const unknown = only.filter((n) => !all.some((p) => p.name === n));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `input "pipelines" names ${unknown.map((n) => `"${n}"`).join(', ')}, not declared in the config; declared: ${all.map((p) => p.name).join(', ')}`,
    );
  }
  return all.filter((p) => only.includes(p.name));
}

async function compileFunctions(
  opts: CompileOptions,
  selected: readonly PipelineDefinition[],
  outputDir: string,
): Promise<DriverResult | undefined> {
  const jobs = selected.flatMap((p) =>
    p.source.kind === 'function'
      ? [
          {
            name: p.name,
            file: p.source.file,
            function: p.source.function,
            output: `${p.name}.yaml`,
          },
        ]
      : [],
  );
  if (jobs.length === 0) {
    opts.driver?.cancel();
    return undefined;
  }
  const cores = opts.parallelism > 0 ? opts.parallelism : availableParallelism();
  const workers = Math.max(1, Math.min(cores, jobs.length));
  opts.logger.info(
    `Compiling ${jobs.length} pipeline${jobs.length === 1 ? '' : 's'} with ${opts.python} (${workers} worker${workers === 1 ? '' : 's'})`,
  );

  let result: DriverResult;
  try {
    const driver = opts.driver ?? startCompileDriver(opts.python);
    result = await driver.compile({
      root: opts.config.baseDir,
      outputDir,
      workers,
      pipelines: jobs,
    });
  } catch (err) {
    const message = (err as Error).message;
    if (/was not found|could not be started/.test(message)) {
      throw new ConfigurationError(
        `input "python": ${message}; set it to an interpreter that has kfp installed`,
      );
    }
    if (/without a result/.test(message)) {
      // User code ran in the driver's own process (one file, or parallelism 1) and ended it.
      throw new ConfigurationError(
        `compiling ${jobs.map((j) => `"${j.name}"`).join(', ')} ended the Python process: ${message}`,
      );
    }
    throw err;
  }
  if (result.fatal) {
    throw new ConfigurationError(
      `input "python": kfp cannot be imported by ${opts.python} (${result.fatal.type}: ${result.fatal.message}); install the repository's requirements (pip install kfp) before this step`,
    );
  }
  return result;
}

/** Python warnings (kfp deprecations, mostly) raised in the user's code, as annotations there. */
function pythonWarnings(
  def: PipelineDefinition,
  result: PipelineCompileResult | undefined,
  opts: CompileOptions,
): Diagnostic[] {
  return (result?.warnings ?? []).map((w) => {
    const file = workspaceFile(w.file, opts);
    const message = `pipeline "${def.name}": ${w.category}: ${w.message}`;
    return file && w.line !== undefined
      ? { severity: 'warning', message, file, line: w.line }
      : { severity: 'warning', message };
  });
}

/** A driver path (relative to the config's directory, or absolute) as a workspace path, if it is one. */
function workspaceFile(file: string | undefined, opts: CompileOptions): string | undefined {
  if (!file) return undefined;
  const rel = relative(opts.workspace, resolve(opts.config.baseDir, file));
  return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel;
}

/** A Python failure: one annotation on the Python line, one on the mlops.yaml definition. */
function compileFailure(
  def: PipelineDefinition,
  result: PipelineCompileResult | undefined,
  configPlace: Diagnostic,
  opts: CompileOptions,
): Diagnostic[] {
  if (!result || result.ok) {
    return [{ ...configPlace, message: `pipeline "${def.name}": the compiler returned no result` }];
  }
  const e = result.error;
  // Only a place in the workspace can carry an annotation; others (site-packages) are named only.
  const inWorkspace = workspaceFile(e.file, opts);
  const pyFile = inWorkspace ?? e.file;
  const where = pyFile ? ` (${pyFile}${e.line ? `:${e.line}` : ''})` : '';
  const what =
    e.kind === 'import'
      ? 'importing its module failed'
      : e.kind === 'not-found'
        ? 'function not found'
        : e.kind === 'not-a-pipeline'
          ? 'not a pipeline'
          : 'KFP could not compile it';
  const message = `pipeline "${def.name}": ${what}: ${e.type}: ${e.message}${where}`;
  const out: Diagnostic[] = [{ ...configPlace, message }];
  if (inWorkspace && e.line)
    out.push({ severity: 'error', message, file: inWorkspace, line: e.line });
  return out;
}

function parameterDiagnostics(
  def: PipelineDefinition,
  spec: PipelineSpecSummary,
  index: number,
  source: YamlSource,
  at: (path: YamlPath, message: string, key?: string) => Diagnostic,
): Diagnostic[] {
  const envs = Object.keys(def.environments);
  const found = new Map<
    string,
    { path: YamlPath; key?: string; message: string; envs: string[] }
  >();
  for (const env of envs) {
    const values = def.environments[env]?.parameters ?? {};
    for (const p of checkParameters(values, spec.inputs)) {
      // Point at where the value was written: the environment's override, else the pipeline's own.
      const override: YamlPath = ['environments', env, 'parameters'];
      const base = source.doc.hasIn(['pipelines', index, ...override, p.name])
        ? override
        : ['parameters'];
      const place = !(p.name in values)
        ? { path: [] }
        : p.atValue
          ? { path: [...base, p.name] }
          : { path: base, key: p.name };
      const id = `${place.path.join('.')}|${p.message}`;
      const entry = found.get(id) ?? { ...place, message: p.message, envs: [] };
      entry.envs.push(env);
      found.set(id, entry);
    }
  }
  return [...found.values()].map((f) =>
    at(
      f.path,
      f.envs.length < envs.length ? `${f.message} (in ${f.envs.join(', ')})` : f.message,
      f.key,
    ),
  );
}
