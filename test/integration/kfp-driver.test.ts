// The compile driver, run for real: the pinned kfp in the repository's venv compiles the fixtures
// in test/fixtures/pipelines, and the produced specs are read back.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'yaml';

import {
  runCompileDriver,
  type CompileJobPipeline,
  type DriverResult,
  type PipelineCompileError,
  type PipelineCompileResult,
} from '../../src/kfp/driver.js';
import { testPython } from '../helpers/python.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '../fixtures/pipelines');
const driverPy = join(here, '../../src/kfp/driver.py');

/** The value at `path` inside parsed YAML, or undefined. */
function get(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>(
    (v, key) =>
      v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined,
    value,
  );
}

function pipeline(name: string, file: string, fn: string, output = `${name}.yaml`) {
  return { name, file, function: fn, output } satisfies CompileJobPipeline;
}

const good = [
  pipeline('conditions', 'conditions.py', 'conditions_pipeline'),
  pipeline('parallel-for', 'parallel_for.py', 'parallel_for_pipeline'),
  pipeline('exit-handler', 'exit_handler.py', 'exit_handler_pipeline'),
  pipeline('nested-outer', 'nested.py', 'outer_pipeline'),
  pipeline('optional-inputs', 'optional_inputs.py', 'optional_inputs_pipeline'),
  pipeline('all-types', 'all_types.py', 'all_types_pipeline'),
  pipeline('prints', 'prints.py', 'prints_pipeline'),
  pipeline('nested-inner', 'nested.py', 'inner_pipeline', 'sub/dir/inner.yaml'),
];
const broken = [
  pipeline('syntax-error', 'syntax_error.py', 'syntax_error_pipeline'),
  pipeline('import-error', 'import_error.py', 'import_error_pipeline'),
  pipeline('plain-function', 'not_a_pipeline.py', 'build_pipeline'),
  pipeline('component', 'not_a_pipeline.py', 'train'),
  pipeline('typo', 'nested.py', 'outr_pipeline'),
  pipeline('no-pipelines-there', 'not_a_pipeline.py', 'trian'),
  pipeline('compile-error', 'compile_error.py', 'compile_error_pipeline'),
  pipeline('missing-file', 'no_such_file.py', 'anything'),
  pipeline('json-only-name', 'prints.py', 'prints_pipeline', 'prints.txt'),
];
// Interleaved, so that failures sit between successes and files repeat across the job.
const all = good
  .flatMap((p, i) => (broken[i] ? [p, broken[i]] : [p]))
  .concat(broken.slice(good.length));

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

async function compile(
  pipelines: readonly CompileJobPipeline[],
  workers: number,
  root = fixtures,
  python = testPython,
) {
  const outputDir = tempDir('kfp-driver-out-');
  const result = await runCompileDriver({ python, job: { root, outputDir, workers, pipelines } });
  return { result, outputDir };
}

function resultOf(result: DriverResult, name: string): PipelineCompileResult {
  const found = result.results.find((r) => r.name === name);
  if (!found) throw new Error(`no result for ${name}`);
  return found;
}

function errorOf(result: DriverResult, name: string): PipelineCompileError {
  const found = resultOf(result, name);
  if (found.ok) throw new Error(`${name} compiled, but was expected to fail`);
  return found.error;
}

let serial: { result: DriverResult; outputDir: string };
let forked: { result: DriverResult; outputDir: string };

function spec(name: string): unknown {
  const found = resultOf(serial.result, name);
  if (!found.ok) throw new Error(`${name} failed: ${JSON.stringify(found.error)}`);
  return parse(readFileSync(join(serial.outputDir, found.output), 'utf8'));
}

beforeAll(async () => {
  serial = await compile(all, 1);
  forked = await compile(all, 2);
});

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the result', () => {
  test('names the interpreter and kfp, and lists the pipelines in the order of the job', () => {
    const versions = execFileSync(
      testPython,
      ['-c', 'import platform, kfp; print(platform.python_version(), kfp.__version__)'],
      { encoding: 'utf8' },
    )
      .trim()
      .split(' ');
    expect(serial.result.pythonVersion).toBe(versions[0]);
    expect(serial.result.kfpVersion).toBe(versions[1]);
    expect(serial.result.fatal).toBeUndefined();
    expect(serial.result.results.map((r) => r.name)).toEqual(all.map((p) => p.name));
  });

  test('every good pipeline compiles although others fail around it', () => {
    for (const p of good.filter((g) => g.name !== 'conditions')) {
      const r = resultOf(serial.result, p.name);
      expect(r).toEqual({ name: p.name, ok: true, output: p.output, seconds: expect.any(Number) });
      expect(r.seconds).toBeGreaterThanOrEqual(0);
    }
    expect(readFileSync(join(serial.outputDir, 'sub/dir/inner.yaml'), 'utf8')).toMatch(
      /^# PIPELINE DEFINITION\n# Name: inner\n/,
    );
  });

  test('warnings Python hides by default, such as kfp deprecations, are reported with their place', () => {
    expect(resultOf(serial.result, 'conditions')).toEqual({
      name: 'conditions',
      ok: true,
      output: 'conditions.yaml',
      seconds: expect.any(Number),
      warnings: [
        {
          category: 'DeprecationWarning',
          message: 'dsl.Condition is deprecated. Please use dsl.If instead.',
          file: 'conditions.py',
          line: 27,
        },
      ],
    });
  });
});

describe('compiled specs', () => {
  test('dsl.If / Elif / Else become one branch group with exclusive trigger conditions', () => {
    const s = spec('conditions');
    expect(get(s, 'pipelineInfo')).toEqual({
      name: 'conditions',
      description: 'Branches on a task output and on a parameter.',
    });
    const branches = get(s, 'components', 'comp-condition-branches-1', 'dag', 'tasks') as object;
    const byName = Object.fromEntries(
      Object.values(branches).map((t) => [
        get(t, 'taskInfo', 'name'),
        get(t, 'triggerPolicy', 'condition'),
      ]),
    );
    expect(Object.keys(byName).sort()).toEqual(['edge', 'heads', 'tails']);
    const coin = "inputs.parameter_values['pipelinechannel--flip-coin-Output']";
    expect(byName.heads).toBe(`${coin} == 'heads'`);
    expect(byName.tails).toBe(`!(${coin} == 'heads') && ${coin} == 'tails'`);
    expect(byName.edge).toBe(`!(${coin} == 'heads') && !(${coin} == 'tails')`);
    // The legacy dsl.Condition compiles like dsl.If.
    const verbose = get(s, 'root', 'dag', 'tasks', 'condition-5');
    expect(get(verbose, 'taskInfo', 'name')).toBe('verbose');
    expect(get(verbose, 'triggerPolicy', 'condition')).toBe(
      "inputs.parameter_values['pipelinechannel--verbose'] == true",
    );
  });

  test('dsl.ParallelFor iterates a parameter and a task output, and dsl.Collected fans in', () => {
    const task = (name: string, ...path: string[]) =>
      get(spec('parallel-for'), 'root', 'dag', 'tasks', name, ...path);
    expect(task('for-loop-1', 'iteratorPolicy')).toEqual({ parallelismLimit: 2 });
    expect(task('for-loop-1', 'parameterIterator')).toEqual({
      itemInput: 'pipelinechannel--numbers-loop-item',
      items: { inputParameter: 'pipelinechannel--numbers' },
    });
    expect(task('for-loop-2', 'dependentTasks')).toEqual(['list-shards']);
    expect(
      task('for-loop-2', 'inputs', 'parameters', 'pipelinechannel--list-shards-Output'),
    ).toEqual({
      taskOutputParameter: { outputParameterKey: 'Output', producerTask: 'list-shards' },
    });
    expect(task('for-loop-2', 'parameterIterator', 'items')).toEqual({
      inputParameter: 'pipelinechannel--list-shards-Output',
    });
    expect(task('total', 'inputs', 'parameters', 'values')).toEqual({
      taskOutputParameter: {
        outputParameterKey: 'pipelinechannel--square-Output',
        producerTask: 'for-loop-1',
      },
    });
    expect(task('join', 'dependentTasks')).toEqual(['for-loop-2']);
  });

  test('dsl.ExitHandler runs the cleanup task after the guarded group, whatever its outcome', () => {
    const tasks = get(spec('exit-handler'), 'root', 'dag', 'tasks');
    expect(Object.keys(tasks as object).sort()).toEqual(['cleanup', 'exit-handler-1']);
    expect(get(tasks, 'exit-handler-1', 'taskInfo', 'name')).toBe('guarded');
    expect(get(tasks, 'cleanup', 'dependentTasks')).toEqual(['exit-handler-1']);
    expect(get(tasks, 'cleanup', 'triggerPolicy')).toEqual({
      strategy: 'ALL_UPSTREAM_TASKS_COMPLETED',
    });
    expect(get(tasks, 'cleanup', 'inputs', 'parameters', 'status')).toEqual({
      taskFinalStatus: { producerTask: 'exit-handler-1' },
    });
  });

  test('a pipeline used inside another becomes a DAG component with its own tasks', () => {
    const s = spec('nested-outer');
    const innerTasks = get(s, 'components', 'comp-inner', 'dag', 'tasks') as object;
    expect(Object.keys(innerTasks).sort()).toEqual(['fit', 'prepare']);
    expect(get(s, 'root', 'dag', 'tasks', 'inner', 'inputs', 'parameters', 'epochs')).toEqual({
      runtimeValue: { constant: 5 },
    });
    expect(get(s, 'root', 'dag', 'tasks', 'report', 'inputs', 'artifacts', 'model')).toEqual({
      taskOutputArtifact: { outputArtifactKey: 'Output', producerTask: 'inner' },
    });
  });

  test('optional inputs are isOptional, with a defaultValue only where one was given', () => {
    expect(get(spec('optional-inputs'), 'root', 'inputDefinitions', 'parameters')).toEqual({
      name: { parameterType: 'STRING' },
      greeting: { isOptional: true, parameterType: 'STRING' },
      times: { defaultValue: 2, isOptional: true, parameterType: 'NUMBER_INTEGER' },
      suffix: { defaultValue: '!', isOptional: true, parameterType: 'STRING' },
    });
  });

  test('every parameter type, required and with defaults', () => {
    const params = get(spec('all-types'), 'root', 'inputDefinitions', 'parameters');
    const types = {
      text: 'STRING',
      count: 'NUMBER_INTEGER',
      ratio: 'NUMBER_DOUBLE',
      flag: 'BOOLEAN',
      items: 'LIST',
      settings: 'STRUCT',
    };
    const defaults = {
      text: 'hello',
      count: 7,
      ratio: 0.25,
      flag: true,
      items: ['a', 'b'],
      settings: { depth: 3, name: 'x' },
    };
    for (const [name, parameterType] of Object.entries(types)) {
      expect(get(params, name)).toEqual({ parameterType });
      expect(get(params, `${name}_default`)).toEqual({
        parameterType,
        isOptional: true,
        defaultValue: defaults[name as keyof typeof defaults],
      });
    }
  });

  test('what user code prints goes to stderr, and stdout stays empty', () => {
    const dir = tempDir('kfp-driver-prints-');
    const prints = good.filter((p) => p.name === 'prints');
    const job = { root: fixtures, outputDir: dir, workers: 1, pipelines: prints };
    writeFileSync(join(dir, 'job.json'), JSON.stringify(job));
    const run = spawnSync(testPython, [driverPy, join(dir, 'job.json'), join(dir, 'result.json')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('prints.py: importing\nprints.py: a raw write to stdout\n');
    expect(run.stderr).toContain('prints.py: building the pipeline');
    expect(JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')).results[0].ok).toBe(true);
    expect(
      get(spec('prints'), 'root', 'dag', 'tasks', 'hello', 'inputs', 'parameters', 'name'),
    ).toEqual({
      componentInputParameter: 'name',
    });
  });
});

describe('failures name the kind, the cause and the place', () => {
  test('a syntax error: the file and line Python reports', () => {
    expect(errorOf(serial.result, 'syntax-error')).toEqual({
      kind: 'import',
      type: 'SyntaxError',
      message: expect.stringMatching(/was never closed|unexpected EOF/),
      file: 'syntax_error.py',
      line: 8,
    });
  });

  test('a missing module: the import line', () => {
    expect(errorOf(serial.result, 'import-error')).toEqual({
      kind: 'import',
      type: 'ModuleNotFoundError',
      message: "No module named 'churn_feature_store_client'",
      file: 'import_error.py',
      line: 5,
    });
  });

  test('a plain function or a component: not a pipeline, at its definition', () => {
    expect(errorOf(serial.result, 'plain-function')).toEqual({
      kind: 'not-a-pipeline',
      type: 'TypeError',
      message:
        "'build_pipeline' in not_a_pipeline.py is a plain function, not a KFP pipeline; decorate it with @dsl.pipeline",
      file: 'not_a_pipeline.py',
      line: 6,
    });
    expect(errorOf(serial.result, 'component')).toEqual({
      kind: 'not-a-pipeline',
      type: 'TypeError',
      message:
        "'train' in not_a_pipeline.py is a KFP component, not a pipeline; call it from a @dsl.pipeline function",
      file: 'not_a_pipeline.py',
      line: 10,
    });
  });

  test('a name the file does not define: the pipelines it does define', () => {
    expect(errorOf(serial.result, 'typo')).toEqual({
      kind: 'not-found',
      type: 'AttributeError',
      message:
        "no function 'outr_pipeline' in nested.py; pipelines defined there: inner_pipeline, outer_pipeline",
      file: 'nested.py',
    });
    expect(errorOf(serial.result, 'no-pipelines-there').message).toBe(
      "no function 'trian' in not_a_pipeline.py; it defines no @dsl.pipeline function",
    );
  });

  test('a pipeline kfp rejects (raised while @dsl.pipeline builds it): the offending call', () => {
    expect(errorOf(serial.result, 'compile-error')).toEqual({
      kind: 'compile',
      type: 'InconsistentTypeException',
      message:
        "Incompatible argument passed to the input 'data' of component 'profile': Argument type 'NUMBER_INTEGER' is incompatible with the input type 'system.Dataset@0.0.1'",
      file: 'compile_error.py',
      line: 19,
    });
  });

  test('a file that does not exist', () => {
    expect(errorOf(serial.result, 'missing-file')).toEqual({
      kind: 'import',
      type: 'FileNotFoundError',
      message: `no_such_file.py does not exist (looked in ${fixtures})`,
      file: 'no_such_file.py',
    });
  });

  test('an error inside kfp.compile with no user frame: the last frame, as an absolute path', () => {
    const e = errorOf(serial.result, 'json-only-name');
    expect(e).toMatchObject({ kind: 'compile', type: 'ValueError' });
    expect(e.message).toContain('prints.txt');
    expect(isAbsolute(e.file ?? '')).toBe(true);
    expect(e.file).toMatch(/kfp[/\\]compiler[/\\]\w+\.py$/);
    expect(e.line).toEqual(expect.any(Number));
  });
});

describe('forked workers', () => {
  test('give the same results as one process', () => {
    // Only the timings and the output directory named in one message may differ.
    const strip = (run: typeof serial) =>
      run.result.results.map(({ seconds: _, ...rest }) =>
        JSON.parse(JSON.stringify(rest).replaceAll(run.outputDir, '<out>')),
      );
    expect(strip(forked)).toEqual(strip(serial));
    expect(forked.result.kfpVersion).toBe(serial.result.kfpVersion);
  });

  test('write byte-identical specs', () => {
    // kfp prints a STRUCT default into the header comment in protobuf map order, which varies
    // from one process to the next; that one line is compared as data, everything else as bytes.
    const dictDefault = /^#.*: dict \[Default: .*\]$/m;
    for (const p of good) {
      const one = readFileSync(join(serial.outputDir, p.output), 'utf8');
      const two = readFileSync(join(forked.outputDir, p.output), 'utf8');
      expect(two.replace(dictDefault, '')).toBe(one.replace(dictDefault, ''));
      expect(parse(two)).toEqual(parse(one));
    }
  });
});

describe('a repository laid out in packages', () => {
  let repo: string;
  beforeAll(() => {
    repo = tempDir('kfp-driver-repo-');
    const files: Record<string, string> = {
      'components/__init__.py': '',
      'components/steps.py': [
        'from kfp import dsl',
        '',
        '@dsl.component(base_image="python:3.11-slim")',
        'def step(x: int) -> int:',
        '    return x',
        '',
        'def failing_helper():',
        '    raise RuntimeError("helper failed")',
      ].join('\n'),
      'pipelines/__init__.py': '',
      'pipelines/shared.py': 'DEFAULT_X = 3\n',
      'pipelines/train.py': [
        'from kfp import dsl',
        'from components.steps import step',
        'from .shared import DEFAULT_X',
        'from . import shared',
        '',
        '@dsl.pipeline(name="train")',
        'def train_pipeline(x: int = DEFAULT_X):',
        '    step(x=x)',
        '',
        'assert __name__ == "pipelines.train", __name__',
        'assert shared.DEFAULT_X == 3',
      ].join('\n'),
      'pipelines/broken.py': [
        'from components.steps import failing_helper',
        '',
        'failing_helper()',
      ].join('\n'),
      'pipelines/exits.py': 'import os\n\nos._exit(3)\n',
      'pipelines/sleeps.py': 'import time\n\ntime.sleep(60)\n',
      // Would shadow the standard library module if it were imported under its own name.
      'typing.py': [
        'from kfp import dsl',
        'from components.steps import step',
        '',
        '@dsl.pipeline(name="shadow")',
        'def shadow_pipeline():',
        '    step(x=1)',
      ].join('\n'),
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, file)), { recursive: true });
      writeFileSync(join(repo, file), text);
    }
  });

  test('package and relative imports work; a stdlib-shadowing name does not break kfp', async () => {
    const { result, outputDir } = await compile(
      [
        pipeline('train', 'pipelines/train.py', 'train_pipeline'),
        pipeline('shadow', 'typing.py', 'shadow_pipeline'),
      ],
      1,
      repo,
    );
    expect(result.results.map((r) => [r.name, r.ok])).toEqual([
      ['train', true],
      ['shadow', true],
    ]);
    const train: unknown = parse(readFileSync(join(outputDir, 'train.yaml'), 'utf8'));
    expect(get(train, 'root', 'inputDefinitions', 'parameters', 'x', 'defaultValue')).toBe(3);
  });

  test('a venv inside the repository does not count as its code', async () => {
    const inRepo = (name: string) => `test/fixtures/pipelines/${name}`;
    const { result } = await compile(
      [
        pipeline('compile-error', inRepo('compile_error.py'), 'compile_error_pipeline'),
        pipeline('json-only-name', inRepo('prints.py'), 'prints_pipeline', 'prints.txt'),
      ],
      1,
      join(here, '../..'),
    );
    expect(errorOf(result, 'compile-error')).toMatchObject({
      file: inRepo('compile_error.py'),
      line: 19,
    });
    expect(isAbsolute(errorOf(result, 'json-only-name').file ?? '')).toBe(true);
  });

  test('an error raised in another module of the repository points there', async () => {
    const { result } = await compile([pipeline('broken', 'pipelines/broken.py', 'p')], 1, repo);
    expect(errorOf(result, 'broken')).toEqual({
      kind: 'import',
      type: 'RuntimeError',
      message: 'helper failed',
      file: 'components/steps.py',
      line: 8,
    });
  });

  test('a worker that dies takes only its own pipelines with it', async () => {
    const { result } = await compile(
      [
        pipeline('exits', 'pipelines/exits.py', 'p'),
        pipeline('train', 'pipelines/train.py', 'train_pipeline'),
      ],
      2,
      repo,
    );
    expect(resultOf(result, 'train').ok).toBe(true);
    expect(errorOf(result, 'exits')).toEqual({
      kind: 'compile',
      type: 'WorkerExited',
      message: 'the compile worker exited with status 3 while compiling this pipeline',
      file: 'pipelines/exits.py',
    });
  });

  test('a driver that dies without a result: the exit and its last output', async () => {
    await expect(compile([pipeline('exits', 'pipelines/exits.py', 'p')], 1, repo)).rejects.toThrow(
      /the KFP compile driver \(.+\) exited with code 3 without a result/,
    );
  });

  test('aborting stops the driver', async () => {
    const controller = new AbortController();
    const job = {
      root: repo,
      outputDir: tempDir('kfp-driver-abort-'),
      workers: 1,
      pipelines: [pipeline('sleeps', 'pipelines/sleeps.py', 'p')],
    };
    const started = Date.now();
    const run = runCompileDriver({ python: testPython, job, signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('the example repository', () => {
  test('compiles both churn pipelines, deploying only behind the two conditions', async () => {
    const { result, outputDir } = await compile(
      [
        pipeline('churn-training', 'pipelines/training.py', 'churn_training_pipeline'),
        pipeline(
          'churn-batch-inference',
          'pipelines/batch_inference.py',
          'churn_batch_inference_pipeline',
        ),
      ],
      2,
      join(here, '../../examples/churn'),
    );
    expect(result.results.map((r) => [r.name, r.ok])).toEqual([
      ['churn-training', true],
      ['churn-batch-inference', true],
    ]);
    const read = (name: string): unknown =>
      parse(readFileSync(join(outputDir, `${name}.yaml`), 'utf8'));
    const training = read('churn-training');
    expect(get(training, 'root', 'dag', 'tasks', 'condition-1', 'triggerPolicy')).toEqual({
      condition: "inputs.parameter_values['pipelinechannel--deploy'] == true",
    });
    const branches = get(training, 'components', 'comp-condition-branches-2', 'dag', 'tasks');
    expect(get(branches, 'condition-3', 'taskInfo', 'name')).toBe('deploy-decision');
    expect(get(branches, 'condition-3', 'triggerPolicy', 'condition')).toBe(
      "inputs.parameter_values['pipelinechannel--evaluate-model-deploy_decision'] == 'true'",
    );
    expect(get(training, 'root', 'inputDefinitions', 'parameters', 'min_auc')).toEqual({
      defaultValue: 0.75,
      isOptional: true,
      parameterType: 'NUMBER_DOUBLE',
    });
    const inference = read('churn-batch-inference');
    expect(Object.keys(get(inference, 'root', 'dag', 'tasks') as object).sort()).toEqual([
      'check-drift',
      'resolve-model',
      'score-customers',
      'write-predictions',
    ]);
    expect(get(inference, 'root', 'inputDefinitions', 'parameters', 'scoring_date')).toEqual({
      isOptional: true,
      parameterType: 'STRING',
    });
  });
});

describe('the interpreter', () => {
  test('one that does not exist is reported by name', async () => {
    await expect(compile(good, 1, fixtures, '/nonexistent/bin/python3')).rejects.toThrow(
      "python interpreter '/nonexistent/bin/python3' was not found",
    );
  });

  test('one without kfp gives a fatal result, not a crash', async () => {
    const venv = tempDir('kfp-driver-venv-');
    execFileSync(testPython, ['-m', 'venv', '--without-pip', venv]);
    const { result } = await compile(good, 2, fixtures, join(venv, 'bin/python'));
    expect(result).toEqual({
      pythonVersion: expect.stringMatching(/^3\.\d+\.\d+/),
      fatal: { type: 'ModuleNotFoundError', message: "No module named 'kfp'" },
      results: [],
    });
  });

  test('bad arguments are a usage error', () => {
    const run = spawnSync(testPython, [driverPy], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: driver.py JOB.json|- RESULT.json');
  });
});

describe('the deferred kfp.client', () => {
  test('a pipeline module that uses kfp.Client and kfp.client at import still compiles', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mlops-client-'));
    const result = await runCompileDriver({
      python: testPython,
      job: {
        root: fixtures,
        outputDir: out,
        workers: 1,
        pipelines: [
          { name: 'u', file: 'uses_client.py', function: 'uses_client_pipeline', output: 'u.yaml' },
        ],
      },
    });
    // uses_client.py asserts at import that kfp.client.Client is the real class.
    expect(result.results[0]).toMatchObject({ name: 'u', ok: true, output: 'u.yaml' });
  });

  test('compiling does not import the REST client', () => {
    const probe = spawnSync(
      testPython,
      [
        '-c',
        `import runpy, sys; sys.argv = ['driver.py']; d = runpy.run_path(${JSON.stringify(driverPy)}); d['defer_kfp_client'](); import kfp.compiler; d['settle_kfp_client'](); print('kubernetes' in sys.modules, 'kfp.client.client' in sys.modules)`,
      ],
      { encoding: 'utf8' },
    );
    expect(probe.stdout.trim()).toBe('False False');
  });
});
