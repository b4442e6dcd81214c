// Benchmarks. Each figure is a median over several runs, and each comparison a ratio against a
// baseline measured in the same run, in alternation, because these machines are shared and noisy.
//
//   compile: action-compile (the committed bundle, run as the runner runs it) on 20 generated
//            pipelines of 10 components, against (a) `kfp dsl compile` once per pipeline, the way
//            most CI scripts do it, and (b) the lower bound: one Python process that imports kfp
//            once and compiles all 20 serially.
//   startup: each bundle's cold start to its first configuration error, and its size.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { node24, repoRoot, runActionBundle } from '../scripts/lib/run-action.js';
import { generateRepo } from './generate.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PIPELINES = Number(process.env.BENCH_PIPELINES ?? 20);
const COMPONENTS = Number(process.env.BENCH_COMPONENTS ?? 10);
const venv = join(repoRoot, '.venv/bin');
const python = join(venv, 'python');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function timed(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

function check(status: number | null, what: string, stderr?: string): void {
  if (status !== 0) throw new Error(`${what} failed (${status}): ${stderr ?? ''}`);
}

async function benchCompile(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
  generateRepo(dir, PIPELINES, COMPONENTS);
  const perPipeline = () => {
    mkdirSync(join(dir, 'out_a'), { recursive: true });
    for (let i = 0; i < PIPELINES; i++) {
      const r = spawnSync(
        join(venv, 'kfp'),
        [
          'dsl',
          'compile',
          '--py',
          `pipelines/p${i}.py`,
          '--function',
          `pipeline_${i}`,
          '--output',
          `out_a/p${i}.yaml`,
        ],
        { cwd: dir, encoding: 'utf8' },
      );
      check(r.status, 'kfp dsl compile', r.stderr);
    }
  };
  const lowerBound = () => {
    mkdirSync(join(dir, 'out_b'), { recursive: true });
    const r = spawnSync(python, ['compile_all.py'], { cwd: dir, encoding: 'utf8' });
    check(r.status, 'compile_all.py', r.stderr);
  };
  const ours = async () => {
    const t = process.hrtime.bigint();
    const run = await runActionBundle({
      action: 'compile',
      workspace: dir,
      inputs: { python, 'output-dir': 'out_ours' },
    });
    check(run.exitCode, 'action-compile', run.stdout + run.stderr);
    return Number(process.hrtime.bigint() - t) / 1e9;
  };

  // Warm-up (file cache, .pyc files), then alternate so drift hits all three alike.
  lowerBound();
  await ours();
  const a: number[] = [];
  const b: number[] = [];
  const o: number[] = [];
  const ratioB: number[] = [];
  const ratioA: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const tb = timed(lowerBound);
    const to = await ours();
    const ta = timed(perPipeline);
    a.push(ta);
    b.push(tb);
    o.push(to);
    ratioB.push(to / tb);
    ratioA.push(ta / to);
  }
  console.log(
    `\n## compile: ${PIPELINES} pipelines × ${COMPONENTS} components, ${RUNS} runs (median [min–max])`,
  );
  const row = (name: string, xs: number[]) =>
    console.log(
      `${name.padEnd(52)} ${median(xs).toFixed(2)} s  [${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}]`,
    );
  row('action-compile (bundle, as the runner runs it)', o);
  row('(a) kfp dsl compile, once per pipeline', a);
  row('(b) lower bound: one python, kfp imported once', b);
  console.log(`action-compile / (b): ${median(ratioB).toFixed(2)}×  (target ≤ 1.00×)`);
  console.log(`(a) / action-compile: ${median(ratioA).toFixed(2)}× faster  (target ≥ 5×)`);
  rmSync(dir, { recursive: true, force: true });
}

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return sum + (s.isDirectory() ? dirSize(join(dir, f)) : s.size);
  }, 0);
}

function benchStartup(): void {
  const empty = mkdtempSync(join(tmpdir(), 'mlops-start-'));
  const actions = readdirSync(repoRoot).filter(
    (d) => d.startsWith('action-') && statSync(join(repoRoot, d, 'dist')).isDirectory(),
  );
  console.log(
    `\n## cold start to the first configuration error (no mlops.yaml), ${RUNS} runs; baseline: \`node -e 0\``,
  );
  for (const action of actions) {
    const bundle = join(repoRoot, action, 'dist/index.js');
    const env = { ...process.env, GITHUB_WORKSPACE: empty };
    const times: number[] = [];
    const base: number[] = [];
    const ratio: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const tb = timed(() => execFileSync(node24, ['-e', '0']));
      const t = timed(() => spawnSync(node24, [bundle], { cwd: empty, env }));
      if (i === 0) continue; // warm-up
      times.push(t);
      base.push(tb);
      ratio.push(t / tb);
    }
    const size = dirSize(join(repoRoot, action, 'dist')) / 1e6;
    console.log(
      `${action.padEnd(18)} ${(median(times) * 1000).toFixed(0)} ms (bare node ${(median(base) * 1000).toFixed(0)} ms, ${median(ratio).toFixed(2)}×), bundle ${size.toFixed(2)} MB`,
    );
  }
  rmSync(empty, { recursive: true, force: true });
}

const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'compile') await benchCompile();
if (which === 'all' || which === 'startup') benchStartup();
