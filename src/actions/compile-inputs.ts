import type { Inputs } from '../github/inputs.js';

export const DEFAULT_PYTHON = 'python3';

export interface CompileInputs {
  readonly config: string;
  readonly python: string;
  readonly outputDir: string;
  readonly pipelines: readonly string[];
  readonly parallelism: number;
}

/** Every input of action-compile, parsed and checked, before anything else happens. */
export function readCompileInputs(inputs: Inputs): CompileInputs {
  return Object.freeze({
    config: inputs.relativePath('config', 'mlops.yaml'),
    python: inputs.string('python', { fallback: DEFAULT_PYTHON }),
    // Anywhere, e.g. ${{ runner.temp }}/compiled; relative paths are relative to the workspace.
    outputDir: inputs.string('output-dir', { fallback: '.mlops/compiled' }),
    pipelines: Object.freeze(
      inputs.list('pipelines', { regex: /^[a-z][-a-z0-9]{0,127}$/, what: 'a pipeline name' }),
    ),
    parallelism: inputs.integer('parallelism', { min: 0, max: 64, fallback: 0 }),
  });
}
