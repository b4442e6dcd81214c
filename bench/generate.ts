// Generates a repository with N pipelines of about M lightweight components each, the workload the
// compile benchmark measures. Deterministic: the same N and M give the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generateRepo(dir: string, pipelines: number, components: number): void {
  mkdirSync(join(dir, 'pipelines'), { recursive: true });
  const defs: string[] = [];
  for (let p = 0; p < pipelines; p++) {
    const lines = ['from kfp import dsl', ''];
    for (let c = 0; c < components; c++) {
      lines.push(
        '@dsl.component(base_image="python:3.11-slim")',
        `def step_${c}(x: float, label: str) -> float:`,
        `    return x * ${c + 1} + len(label)`,
        '',
      );
    }
    lines.push('@dsl.pipeline', `def pipeline_${p}(x: float = 1.0, label: str = "p${p}"):`);
    lines.push('    t = step_0(x=x, label=label)');
    for (let c = 1; c < components; c++) lines.push(`    t = step_${c}(x=t.output, label=label)`);
    lines.push('');
    writeFileSync(join(dir, 'pipelines', `p${p}.py`), lines.join('\n'));
    defs.push(
      `  - name: generated-${p}\n    function: pipelines/p${p}.py:pipeline_${p}\n    parameters: { x: 2.5 }`,
    );
  }
  writeFileSync(
    join(dir, 'mlops.yaml'),
    [
      'version: 1',
      'environments:',
      '  nprod: { project: bench-project, region: us-central1, bucket: bench-bucket }',
      'pipelines:',
      ...defs,
      '',
    ].join('\n'),
  );
  // The lower bound: one process, kfp imported once, every pipeline compiled serially.
  writeFileSync(
    join(dir, 'compile_all.py'),
    [
      'import importlib.util, sys',
      'from kfp import compiler',
      `for i in range(${pipelines}):`,
      '    spec = importlib.util.spec_from_file_location(f"p{i}", f"pipelines/p{i}.py")',
      '    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)',
      '    compiler.Compiler().compile(getattr(mod, f"pipeline_{i}"), f"out_b/p{i}.yaml")',
      '',
    ].join('\n'),
  );
}
