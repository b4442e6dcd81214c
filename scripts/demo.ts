// The demo: the nprod flow on the example repository, with the committed action bundles, run the
// way the GitHub runner runs them. For now that is the compile step; later steps join as they land.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { repoRoot, runActionBundle, type ActionRun } from './lib/run-action.js';

const python = join(repoRoot, '.venv/bin/python');

function show(step: string, run: ActionRun): void {
  console.log(`\n=== ${step}: exit ${run.exitCode} in ${run.seconds.toFixed(2)} s`);
  process.stdout.write(run.stdout);
  if (run.stderr.trim()) process.stdout.write(run.stderr);
  console.log('\n--- job summary ---\n');
  console.log(run.summary.trim());
  console.log('\n--- outputs ---');
  for (const [k, v] of Object.entries(run.outputs)) console.log(`${k} = ${v}`);
  if (run.exitCode !== 0) process.exit(run.exitCode);
}

// A scratch copy of the example, so the demo never writes into the repository.
const workspace = mkdtempSync(join(tmpdir(), 'mlops-demo-'));
cpSync(join(repoRoot, 'examples/churn'), workspace, { recursive: true });
console.log(`workspace: ${workspace} (a copy of examples/churn)`);

const compile = await runActionBundle({
  action: 'compile',
  workspace,
  inputs: { config: 'mlops.yaml', python, 'output-dir': '.mlops/compiled' },
  env: { GITHUB_SHA: 'demo0000000000000000000000000000000000000' },
});
show('compile', compile);
const manifest = JSON.parse(
  readFileSync(join(workspace, compile.outputs.manifest ?? ''), 'utf8'),
) as {
  pipelines: { name: string; sha256: string }[];
};
console.log(
  `\nmanifest: ${manifest.pipelines.map((p) => `${p.name}@${p.sha256.slice(0, 12)}`).join(', ')}`,
);
