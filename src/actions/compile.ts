import { relative } from 'node:path';

import { describeCron } from '../config/cron.js';
import type { Schedule } from '../config/types.js';
import { loadConfig } from '../config/load.js';
import { escapeCell } from '../github/markdown.js';
import type { ActionContext } from '../github/runner.js';
import { compilePipelines } from '../kfp/compile.js';
import type { CompileDriver } from '../kfp/driver.js';
import type { CompileInputs } from './compile-inputs.js';
import type { Manifest } from '../kfp/manifest.js';
import type { PipelineInput } from '../kfp/spec.js';

/**
 * The body of action-compile. `driver` is the Python compile process the entry point started before
 * loading this module, so kfp imports while mlops.yaml is validated here.
 */
export async function compileAction(
  ctx: ActionContext,
  inputs: CompileInputs,
  driver?: CompileDriver,
): Promise<void> {
  try {
    await compile(ctx, inputs, driver);
  } finally {
    // A driver that was never handed its job (bad config, unknown pipeline) must not outlive us.
    driver?.cancel();
  }
}

async function compile(
  ctx: ActionContext,
  inputs: CompileInputs,
  driver?: CompileDriver,
): Promise<void> {
  const { config, source, warnings } = loadConfig(inputs.config, { workspace: ctx.workspace });
  for (const w of warnings) ctx.logger.diagnostic(w);

  const result = await compilePipelines({
    config,
    source,
    workspace: ctx.workspace,
    python: inputs.python,
    outputDir: inputs.outputDir,
    only: inputs.pipelines,
    parallelism: inputs.parallelism,
    commit: process.env.GITHUB_SHA,
    logger: ctx.logger,
    driver,
  });
  for (const w of result.warnings) ctx.logger.diagnostic(w);

  const { manifest } = result;
  const names = (pick: (p: Manifest['pipelines'][number]) => boolean) =>
    JSON.stringify(manifest.pipelines.filter(pick).map((p) => p.name));
  // Relative to the workspace like the inputs, unless it was written outside it.
  const fromWorkspace = relative(ctx.workspace, result.manifestPath);
  const manifestPath = fromWorkspace.startsWith('..') ? result.manifestPath : fromWorkspace;
  ctx.setOutput('manifest', manifestPath);
  ctx.setOutput(
    'pipelines',
    names(() => true),
  );
  ctx.setOutput(
    'training-pipelines',
    names((p) => p.training),
  );
  ctx.setOutput(
    'scheduled-pipelines',
    names((p) => Object.values(p.environments).some((e) => e.schedule !== undefined)),
  );
  ctx.summary(compileSummary(manifest, manifestPath));
}

// The Python spelling KFP users write the inputs in.
const PY_TYPES: Record<PipelineInput['type'], string> = {
  STRING: 'str',
  NUMBER_INTEGER: 'int',
  NUMBER_DOUBLE: 'float',
  BOOLEAN: 'bool',
  LIST: 'list',
  STRUCT: 'dict',
  TASK_FINAL_STATUS: 'PipelineTaskFinalStatus',
};

/** The schedule in words; per environment when environments differ (or some have none). */
function scheduleCell(p: Manifest['pipelines'][number]): string {
  const words = (s: Schedule | undefined) =>
    s ? `${describeCron(s.cron)} (${s.timezone})<br>\`${s.cron}\`` : 'not scheduled';
  const envs = Object.entries(p.environments);
  const shown = new Set(envs.map(([, e]) => words(e.schedule)));
  if (envs.length === 0) return p.schedule ? words(p.schedule) : '—';
  if (shown.size === 1) return envs[0]?.[1].schedule ? words(envs[0][1].schedule) : '—';
  return envs.map(([name, e]) => `**${name}**: ${words(e.schedule)}`).join('<br>');
}

/** The job summary: one row per pipeline. Pure, so it is unit-tested and printed by the demo. */
export function compileSummary(manifest: Manifest, manifestPath: string): string {
  const rows = manifest.pipelines.map((p) => {
    const schedule = scheduleCell(p);
    const inputs = p.inputs.map((i) => {
      const value =
        i.default !== undefined
          ? ` = ${escapeCell(JSON.stringify(i.default))}`
          : i.optional
            ? ' (optional)'
            : ' (required)';
      return `\`${i.name}\`: ${PY_TYPES[i.type]}${value}`;
    });
    const inputCell =
      inputs.length === 0
        ? '—'
        : inputs.length <= 3
          ? inputs.join('<br>')
          : `<details><summary>${inputs.length} inputs</summary>${inputs.join('<br>')}</details>`;
    return `| \`${p.name}\` | ${p.training ? '✅' : '—'} | ${schedule} | ${inputCell} | \`${p.sha256.slice(0, 12)}\` |`;
  });
  const kfp = manifest.kfpVersion ? ` with kfp ${manifest.kfpVersion}` : '';
  return [
    `## Compiled ${manifest.pipelines.length} pipeline${manifest.pipelines.length === 1 ? '' : 's'}${kfp}`,
    '',
    '| Pipeline | Training | Schedule | Inputs | sha256 |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Manifest: \`${manifestPath}\``,
    '',
  ].join('\n');
}
