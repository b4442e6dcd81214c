import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseConfig } from '../../src/config/load.js';
import { ConfigurationError, type Diagnostic } from '../../src/errors.js';
import { compilePipelines } from '../../src/kfp/compile.js';
import { MemoryLogger } from '../../src/logger.js';
import { testPython } from '../helpers/python.js';
import { tempDir } from '../helpers/tmp.js';

// compilePipelines with the real kfp on the fixture pipelines: spec checks and parameter checks
// against what kfp really produced, placed at the mlops.yaml lines they come from.
const fixtures = fileURLToPath(new URL('../fixtures/pipelines', import.meta.url));

function repo(): string {
  const dir = tempDir('mlops-compile-int');
  cpSync(fixtures, join(dir, 'pipelines'), { recursive: true });
  return dir;
}

const ENVS = `environments:
  nprod: { project: test-project, region: us-central1, bucket: test-bucket }
  prod: { project: test-project-prod, region: us-central1, bucket: test-bucket-prod, promote-from: nprod }
`;

async function compileYaml(dir: string, yaml: string, only: string[] = []) {
  writeFileSync(join(dir, 'mlops.yaml'), yaml);
  const { config, source } = parseConfig(yaml, { file: 'mlops.yaml', baseDir: dir });
  return compilePipelines({
    config,
    source,
    workspace: dir,
    python: testPython,
    outputDir: 'out',
    only,
    parallelism: 2,
    logger: new MemoryLogger(),
  });
}

async function failure(dir: string, yaml: string): Promise<Diagnostic[]> {
  try {
    await compileYaml(dir, yaml);
  } catch (err) {
    if (err instanceof ConfigurationError)
      return err.diagnostics.filter((d) => d.severity === 'error');
    throw err;
  }
  throw new Error('expected compilePipelines to fail');
}

const ALL_TYPES_OK = `version: 1
${ENVS}pipelines:
  - name: all-types
    function: pipelines/all_types.py:all_types_pipeline
    parameters:
      text: hi
      count: 3
      ratio: 0.5
      flag: true
      items: [a, b]
      settings: { a: 1 }
  - name: conditions
    function: pipelines/conditions.py:conditions_pipeline
  - name: parallel
    function: pipelines/parallel_for.py:parallel_for_pipeline
  - name: exit-handler
    function: pipelines/exit_handler.py:exit_handler_pipeline
  - name: nested
    function: pipelines/nested.py:outer_pipeline
  - name: optional
    function: pipelines/optional_inputs.py:optional_inputs_pipeline
    parameters: { name: world }
`;

describe('compilePipelines with the real kfp', () => {
  it('compiles every fixture kind and records inputs of every parameter type', async () => {
    const dir = repo();
    const { manifest } = await compileYaml(dir, ALL_TYPES_OK);
    expect(manifest.pipelines.map((p) => p.name)).toEqual([
      'all-types',
      'conditions',
      'parallel',
      'exit-handler',
      'nested',
      'optional',
    ]);
    const allTypes = manifest.pipelines[0]!;
    const types = Object.fromEntries(allTypes.inputs.map((i) => [i.name, i.type]));
    expect(types).toMatchObject({
      text: 'STRING',
      count: 'NUMBER_INTEGER',
      ratio: 'NUMBER_DOUBLE',
      flag: 'BOOLEAN',
      items: 'LIST',
      settings: 'STRUCT',
    });
    expect(allTypes.inputs.find((i) => i.name === 'count_default')).toMatchObject({
      optional: true,
    });
    expect(allTypes.inputs.find((i) => i.name === 'text')).toMatchObject({ optional: false });
    const optional = manifest.pipelines.find((p) => p.name === 'optional')!;
    expect(optional.inputs.some((i) => i.optional && i.default === undefined)).toBe(true);
    expect(manifest.kfpVersion).toBe('2.16.1');
  });

  it('surfaces kfp deprecation warnings at their line in the user file', async () => {
    const dir = repo();
    const { warnings } = await compileYaml(dir, ALL_TYPES_OK, ['conditions']);
    const line = readFileSync(join(dir, 'pipelines/conditions.py'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('dsl.Condition('));
    expect(warnings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        file: 'pipelines/conditions.py',
        line: line + 1,
        message: expect.stringMatching(/^pipeline "conditions": DeprecationWarning: .*Condition/),
      }),
    );
  });

  it('returns although user code leaves a thread running', async () => {
    const dir = repo();
    const yaml = `version: 1\n${ENVS}pipelines:\n  - name: threads\n    function: pipelines/leaves_thread.py:leaves_thread_pipeline\n`;
    const started = Date.now();
    const { manifest } = await compileYaml(dir, yaml);
    expect(manifest.pipelines.map((p) => p.name)).toEqual(['threads']);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('reports user code that ends the Python process as an error naming the pipeline', async () => {
    const dir = repo();
    const yaml = `version: 1\n${ENVS}pipelines:\n  - name: exits\n    function: pipelines/exits_process.py:anything\n`;
    writeFileSync(
      join(dir, 'pipelines/exits_process.py'),
      readFileSync(join(dir, 'pipelines/exits_process.py'), 'utf8') + '\nanything = None\n',
    );
    const err = await compileYaml(dir, yaml).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(
      /^compiling "exits" ended the Python process: .* exited with code 3 without a result/s,
    );
  });

  it('keeps a JSON spec of a pipeline named "manifest" apart from manifest.json', async () => {
    const dir = repo();
    const { manifest: first } = await compileYaml(dir, ALL_TYPES_OK, ['conditions']);
    const spec = readFileSync(join(dir, 'out', first.pipelines[0]!.specFile), 'utf8');
    const { load } = await import('js-yaml');
    writeFileSync(join(dir, 'pre.json'), JSON.stringify(load(spec.split('\n---\n')[0]!)));
    const { manifest } = await compileYaml(
      dir,
      `version: 1\n${ENVS}pipelines:\n  - name: manifest\n    spec: pre.json\n`,
    );
    expect(manifest.pipelines[0]?.specFile).toBe('manifest.spec.json');
    expect(JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8')).manifestVersion).toBe(
      1,
    );
  });

  it('accepts a precompiled spec and verifies it the same way', async () => {
    const dir = repo();
    await compileYaml(dir, ALL_TYPES_OK, ['conditions']);
    cpSync(join(dir, 'out/conditions.yaml'), join(dir, 'precompiled.yaml'));
    const yaml = `version: 1\n${ENVS}pipelines:\n  - name: from-spec\n    spec: precompiled.yaml\n`;
    const { manifest } = await compileYaml(dir, yaml);
    const p = manifest.pipelines[0]!;
    expect(p.source).toEqual({ kind: 'spec', file: 'precompiled.yaml' });
    expect(readFileSync(join(dir, 'out', p.specFile))).toEqual(
      readFileSync(join(dir, 'precompiled.yaml')),
    );
    expect(p.pipelineName).toBe(manifest.pipelines[0]?.pipelineName);
  });

  it('rejects a precompiled file that is not a KFP spec, at its definition', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'bogus.yaml'), 'apiVersion: v1\nkind: ConfigMap\n');
    const yaml = `version: 1\n${ENVS}pipelines:\n  - name: bogus\n    spec: bogus.yaml\n`;
    const errors = await failure(dir, yaml);
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'mlops.yaml',
        line: 7,
        message: expect.stringContaining(
          'pipeline "bogus": the compiled spec is not a valid KFP pipeline spec: schemaVersion must be',
        ),
      }),
    ]);
  });

  it('places parameter errors at the value, per environment, all at once', async () => {
    const dir = repo();
    const yaml = ALL_TYPES_OK.replace('      count: 3\n', '      count: 3.5\n')
      .replace('      flag: true\n', '      flag: "yes"\n      colour: red\n')
      .replace(
        '  - name: conditions\n',
        '    environments:\n      prod:\n        parameters:\n          items: not-a-list\n  - name: conditions\n',
      );
    const errors = (await failure(dir, yaml)).map((d) => `${d.line}:${d.message}`);
    const line = (text: string) => yaml.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(errors).toEqual(
      expect.arrayContaining([
        `${line('count: 3.5')}:pipeline "all-types": parameter "count" must be an integer (NUMBER_INTEGER), got 3.5`,
        `${line('flag: "yes"')}:pipeline "all-types": parameter "flag" must be true or false (BOOLEAN), got "yes"`,
        expect.stringMatching(
          new RegExp(
            `^${line('colour: red')}:pipeline "all-types": parameter "colour" is not an input of the pipeline`,
          ),
        ),
        `${line('items: not-a-list')}:pipeline "all-types": parameter "items" must be a list (LIST), got "not-a-list" (in prod)`,
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('reports a required input without a value at the definition', async () => {
    const dir = repo();
    const yaml = ALL_TYPES_OK.replace('      text: hi\n', '');
    const errors = await failure(dir, yaml);
    expect(errors).toEqual([
      expect.objectContaining({
        line: yaml.split('\n').indexOf('  - name: all-types') + 1,
        message:
          'pipeline "all-types": required input "text" (STRING) has no value and no default in the pipeline',
      }),
    ]);
  });

  it('reports kfp compile errors and missing functions for each pipeline, not only the first', async () => {
    const dir = repo();
    const yaml = `version: 1\n${ENVS}pipelines:
  - name: broken
    function: pipelines/compile_error.py:compile_error_pipeline
  - name: not-a-pipeline
    function: pipelines/not_a_pipeline.py:build_pipeline
  - name: fine
    function: pipelines/conditions.py:conditions_pipeline
`;
    const errors = await failure(dir, yaml);
    const messages = errors.map((d) => `${d.file}:${d.line ?? ''}: ${d.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^mlops\.yaml:7: pipeline "broken": KFP could not compile it: InconsistentTypeException/,
        ),
        expect.stringMatching(/^pipelines\/compile_error\.py:19: pipeline "broken"/),
        expect.stringMatching(/^mlops\.yaml:9: pipeline "not-a-pipeline": not a pipeline: /),
      ]),
    );
    expect(messages.some((m) => m.includes('"fine"'))).toBe(false);
  });
});
