import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { repoRoot, runActionBundle, type ActionRun } from '../../scripts/lib/run-action.js';
import { testPython } from '../helpers/python.js';
import { tempDir } from '../helpers/tmp.js';

// The committed bundle, run as the GitHub runner runs it, on a copy of the example repository.
function exampleWorkspace(): string {
  const dir = tempDir('mlops-e2e');
  cpSync(join(repoRoot, 'examples/churn'), dir, { recursive: true });
  return dir;
}

function compile(workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runActionBundle({
    action: 'compile',
    workspace,
    inputs: { python: testPython, ...inputs },
    env: { GITHUB_SHA: 'e2e0000000000000000000000000000000000000' },
  });
}

interface ManifestJson {
  manifestVersion: number;
  commit: string;
  kfpVersion: string;
  pipelines: {
    name: string;
    specFile: string;
    sha256: string;
    training: boolean;
    schedule?: { cron: string; timezone: string };
    inputs: { name: string; type: string }[];
    environments: Record<string, { parameters: Record<string, unknown> }>;
  }[];
}

describe('action-compile bundle on the example repository', () => {
  const workspace = exampleWorkspace();
  let run: ActionRun;
  let manifest: ManifestJson;

  beforeAll(async () => {
    run = await compile(workspace);
    manifest = JSON.parse(
      readFileSync(join(workspace, run.outputs.manifest ?? 'missing'), 'utf8'),
    ) as ManifestJson;
  });

  it('succeeds and sets every output', () => {
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(run.outputs).toEqual({
      manifest: '.mlops/compiled/manifest.json',
      pipelines: '["churn-training","churn-batch-inference"]',
      'training-pipelines': '["churn-training"]',
      'scheduled-pipelines': '["churn-batch-inference"]',
    });
  });

  it('writes a manifest whose hashes match the spec files', async () => {
    const { createHash } = await import('node:crypto');
    expect(manifest.manifestVersion).toBe(1);
    expect(manifest.commit).toBe('e2e0000000000000000000000000000000000000');
    expect(manifest.kfpVersion).toBe('2.16.1');
    for (const p of manifest.pipelines) {
      const bytes = readFileSync(join(workspace, '.mlops/compiled', p.specFile));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(p.sha256);
    }
    const inference = manifest.pipelines.find((p) => p.name === 'churn-batch-inference');
    expect(inference?.schedule).toEqual({ cron: '0 0 * * *', timezone: 'Pacific/Auckland' });
    const training = manifest.pipelines.find((p) => p.name === 'churn-training');
    expect(training?.training).toBe(true);
    expect(training?.inputs.length).toBeGreaterThan(3);
    expect(Object.keys(training?.environments ?? {})).toEqual(['nprod', 'prod']);
  });

  it('writes a job summary table', () => {
    expect(run.summary).toContain('## Compiled 2 pipelines with kfp 2.16.1');
    expect(run.summary).toContain('| Pipeline | Training | Schedule | Inputs | sha256 |');
    const row = run.summary.split('\n').find((l) => l.startsWith('| `churn-batch-inference`'));
    expect(row).toContain('At 12:00 AM (Pacific/Auckland)');
    const sha = manifest.pipelines.find((p) => p.name === 'churn-batch-inference')?.sha256 ?? '';
    expect(row).toContain(`\`${sha.slice(0, 12)}\``);
  });

  it('compiles the same bytes again (deterministic, content-addressed)', async () => {
    const again = exampleWorkspace();
    const second = await compile(again, { parallelism: '1' });
    expect(second.exitCode).toBe(0);
    const m2 = JSON.parse(
      readFileSync(join(again, '.mlops/compiled/manifest.json'), 'utf8'),
    ) as ManifestJson;
    expect(m2.pipelines.map((p) => p.sha256)).toEqual(manifest.pipelines.map((p) => p.sha256));
  });

  it('still succeeds, with a warning, when the job summary cannot be written', async () => {
    const run = await runActionBundle({
      action: 'compile',
      workspace: exampleWorkspace(),
      inputs: { python: testPython },
      env: { GITHUB_STEP_SUMMARY: '/nonexistent-dir/summary.md' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('::warning::job summary not written');
    expect(run.outputs['training-pipelines']).toBe('["churn-training"]');
  });

  it('writes to an absolute output directory outside the workspace and says so', async () => {
    const out = tempDir('mlops-e2e-out');
    const run = await compile(exampleWorkspace(), { 'output-dir': out });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.manifest).toBe(join(out, 'manifest.json'));
    expect(readFileSync(join(out, 'churn-training.yaml'), 'utf8')).toContain('pipelineInfo:');
  });

  it('counts and shows schedules per environment', async () => {
    const ws = exampleWorkspace();
    const text = readFileSync(join(ws, 'mlops.yaml'), 'utf8');
    // Inference runs on its schedule in prod only; training gets a schedule that every environment turns off.
    const changed = text
      .replace(
        '    environments:\n      prod:\n        parameters:\n          project: acme-churn-prod\n          drift_threshold',
        '    environments:\n      nprod:\n        schedule: null\n      prod:\n        parameters:\n          project: acme-churn-prod\n          drift_threshold',
      )
      .replace('    training: true\n', '    training: true\n    schedule: "0 6 * * 1"\n')
      .replace(
        '    environments:\n      prod:\n        parameters:\n          project: acme-churn-prod\n          epochs',
        '    environments:\n      nprod:\n        schedule: null\n      prod:\n        schedule: null\n        parameters:\n          project: acme-churn-prod\n          epochs',
      );
    expect(changed).not.toBe(text);
    writeFileSync(join(ws, 'mlops.yaml'), changed);
    const run = await compile(ws);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['scheduled-pipelines']).toBe('["churn-batch-inference"]');
    const row = run.summary.split('\n').find((l) => l.startsWith('| `churn-batch-inference`'));
    expect(row).toContain('**nprod**: not scheduled<br>**prod**: At 12:00 AM (Pacific/Auckland)');
  });

  it('compiles only the pipelines asked for', async () => {
    const ws = exampleWorkspace();
    const only = await compile(ws, { pipelines: 'churn-batch-inference' });
    expect(only.exitCode).toBe(0);
    expect(only.outputs.pipelines).toBe('["churn-batch-inference"]');
    expect(only.outputs['training-pipelines']).toBe('[]');
  });
});

describe('action-compile bundle on bad input', () => {
  it('fails on a bad config with annotations at file:line:col and a failure summary', async () => {
    const ws = exampleWorkspace();
    const text = readFileSync(join(ws, 'mlops.yaml'), 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^\s+training: true/.test(l));
    lines[at] = lines[at]!.replace('training:', 'trainig:');
    writeFileSync(join(ws, 'mlops.yaml'), lines.join('\n'));
    const run = await compile(ws);
    expect(run.exitCode).toBe(1);
    const col = lines[at]!.indexOf('trainig') + 1;
    expect(run.stdout).toContain(
      `::error title=vertex-mlops,file=mlops.yaml,line=${at + 1},col=${col}::pipelines[0]: unknown key "trainig"; did you mean "training"?`,
    );
    expect(run.stdout).toContain(
      `mlops.yaml:${at + 1}:${col}: error: pipelines[0]: unknown key "trainig"`,
    );
    expect(run.stdout).toContain('::error::mlops.yaml has 1 error');
    expect(run.summary).toContain('## Compile pipelines: failed');
    expect(run.outputs).toEqual({});
  });

  it('fails on a bad input, naming it, before reading the config', async () => {
    const run = await compile(exampleWorkspace(), { parallelism: 'many', config: 'missing.yaml' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::input "parallelism" must be a whole number from 0 to 64, got "many"',
    );
  });

  it('reports a Python error at its line and at the definition', async () => {
    const ws = exampleWorkspace();
    const file = join(ws, 'pipelines/batch_inference.py');
    const src = readFileSync(file, 'utf8').split('\n');
    const defLine = src.findIndex((l) => l.startsWith('@dsl.pipeline'));
    // A NameError raised while the module is imported, one line above the pipeline.
    src.splice(defLine, 0, 'undefined_name_in_module()');
    writeFileSync(file, src.join('\n'));
    const run = await compile(ws);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=vertex-mlops,file=pipelines/batch_inference.py,line=${defLine + 1}::pipeline "churn-batch-inference": importing its module failed: NameError: name 'undefined_name_in_module' is not defined`,
      ),
    );
    expect(run.stdout).toMatch(
      /::error title=vertex-mlops,file=mlops.yaml,line=\d+,col=\d+::pipeline "churn-batch-inference": importing its module failed/,
    );
    expect(run.stdout).toContain(
      '::error::1 of 2 pipelines failed to compile or verify: churn-batch-inference',
    );
  });

  it('reports a parameter that the compiled spec does not accept', async () => {
    const ws = exampleWorkspace();
    const text = readFileSync(join(ws, 'mlops.yaml'), 'utf8');
    writeFileSync(
      join(ws, 'mlops.yaml'),
      text.replace(/(\n\s+parameters:\n)(\s+)/, '$1$2epochz: 3\n$2'),
    );
    const run = await compile(ws);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=vertex-mlops,file=mlops.yaml,line=\d+,col=\d+::pipeline "churn-training": parameter "epochz" is not an input of the pipeline/,
    );
  });

  it('names the python input when the interpreter does not exist', async () => {
    const run = await compile(exampleWorkspace(), { python: '/nonexistent/python3' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::input "python": python interpreter '/nonexistent/python3' was not found`,
    );
  });
});
