import type { ParameterMap, PipelineSource, Schedule } from '../config/types.js';
import type { PipelineInput } from './spec.js';

export const MANIFEST_FILE = 'manifest.json';

export interface ManifestEnvironment {
  readonly parameters: ParameterMap;
  readonly schedule?: Schedule;
  readonly caching: boolean;
}

/** One compiled pipeline: what deploy uploads, train submits and schedule schedules. */
export interface ManifestPipeline {
  readonly name: string;
  /** The spec file, relative to the manifest's directory. */
  readonly specFile: string;
  /** sha256 of the spec file's bytes, hex: the identity promotion checks. */
  readonly sha256: string;
  readonly pipelineName: string;
  readonly schemaVersion: string;
  readonly sdkVersion?: string;
  readonly source: PipelineSource;
  readonly training: boolean;
  readonly schedule?: Schedule;
  readonly inputs: readonly PipelineInput[];
  readonly tasks: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly environments: Readonly<Record<string, ManifestEnvironment>>;
}

/**
 * The record of one compile. It holds no timestamps, so compiling the same commit twice gives the
 * same bytes, and prod can compare what it promotes with what nprod built.
 */
export interface Manifest {
  readonly manifestVersion: 1;
  readonly config: string;
  readonly commit?: string;
  readonly kfpVersion?: string;
  readonly pythonVersion?: string;
  readonly pipelines: readonly ManifestPipeline[];
}

export function serializeManifest(m: Manifest): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}
