import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { tempDir } from '../helpers/tmp.js';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { ConfigurationError, formatDiagnostic, type Diagnostic } from '../../src/errors.js';

// A small repository on disk: the semantic checks look for files and functions.
const repo = tempDir('mlops-config');
mkdirSync(join(repo, 'pipelines'));
writeFileSync(
  join(repo, 'pipelines/train.py'),
  'from kfp import dsl\n\n@dsl.pipeline\ndef train_pipeline(epochs: int = 3):\n    pass\n\ndef helper():\n    pass\n',
);
writeFileSync(join(repo, 'pipelines/spec.yaml'), 'pipelineInfo: {name: x}\n');
writeFileSync(join(repo, 'Dockerfile'), 'FROM scratch\n');

const GOOD = `version: 1
defaults:
  timezone: Pacific/Auckland
environments:
  nprod:
    project: acme-ml-nprod
    region: australia-southeast1
    bucket: acme-ml-nprod-pipelines
    image-repository: australia-southeast1-docker.pkg.dev/acme-ml-nprod/ml
    service-account: pipelines@acme-ml-nprod.iam.gserviceaccount.com
    labels:
      team: churn
  prod:
    project: acme-ml-prod
    region: australia-southeast1
    bucket: acme-ml-prod-pipelines
    promote-from: nprod
images:
  - name: trainer
    context: .
    pipelines: [train]
pipelines:
  - name: train
    function: pipelines/train.py:train_pipeline
    training: true
    parameters:
      epochs: 5
    environments:
      prod:
        parameters:
          epochs: 20
  - name: nightly
    spec: pipelines/spec.yaml
    schedule: "0 0 * * *"
alerting:
  channels:
    - name: ml-alerts
      type: email
      labels: {email_address: ml@example.com}
  policies:
    - name: drift
      metric: custom.googleapis.com/drift
      pipeline: nightly
      channels: [ml-alerts]
`;

function parse(text: string) {
  return parseConfig(text, { file: 'mlops.yaml', baseDir: repo });
}

function errorsOf(text: string): Diagnostic[] {
  try {
    parse(text);
  } catch (err) {
    if (err instanceof ConfigurationError)
      return err.diagnostics.filter((d) => d.severity === 'error');
    throw err;
  }
  throw new Error('expected the config to be rejected');
}

/** Replaces one line of GOOD (1-based) with `replacement` (may be several lines). */
function withLine(line: number, replacement: string): string {
  const lines = GOOD.split('\n');
  lines.splice(line - 1, 1, ...replacement.split('\n'));
  return lines.join('\n');
}
function lineOf(text: string): number {
  const i = GOOD.split('\n').findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`no line with ${text}`);
  return i + 1;
}

describe('a valid mlops.yaml', () => {
  const { config, warnings } = parse(GOOD);

  it('types every section', () => {
    expect(warnings).toEqual([]);
    expect(Object.keys(config.environments)).toEqual(['nprod', 'prod']);
    expect(config.environments.prod?.promoteFrom).toBe('nprod');
    expect(config.environments.nprod?.imageRepository).toBe(
      'australia-southeast1-docker.pkg.dev/acme-ml-nprod/ml',
    );
    expect(config.pipelines.map((p) => p.name)).toEqual(['train', 'nightly']);
    expect(config.pipelines[0]?.source).toEqual({
      kind: 'function',
      file: 'pipelines/train.py',
      function: 'train_pipeline',
    });
    expect(config.pipelines[1]?.source).toEqual({ kind: 'spec', file: 'pipelines/spec.yaml' });
    expect(config.images[0]).toMatchObject({
      name: 'trainer',
      dockerfile: './Dockerfile',
      pipelines: ['train'],
    });
    expect(config.alerting.policies[0]?.channels).toEqual(['ml-alerts']);
  });

  it('resolves per-environment parameters and default time zones', () => {
    const train = config.pipelines[0]!;
    expect(train.environments.nprod?.parameters).toEqual({ epochs: 5 });
    expect(train.environments.prod?.parameters).toEqual({ epochs: 20 });
    expect(train.schedule).toBeUndefined();
    expect(config.pipelines[1]?.schedule).toEqual({
      cron: '0 0 * * *',
      timezone: 'Pacific/Auckland',
    });
    expect(config.pipelines[1]?.line).toBe(lineOf('- name: nightly'));
  });

  it('resolves anchors and merge keys', () => {
    const text = GOOD.replace(
      '    parameters:\n      epochs: 5\n',
      '    parameters: &base\n      epochs: 5\n',
    ).replace(
      '        parameters:\n          epochs: 20\n',
      '        parameters:\n          <<: *base\n          lr: 0.5\n',
    );
    const train = parse(text).config.pipelines[0]!;
    expect(train.environments.prod?.parameters).toEqual({ epochs: 5, lr: 0.5 });
  });

  it('accepts a pipeline function that its file re-exports by import', () => {
    writeFileSync(
      join(repo, 'pipelines/__init__.py'),
      'from .train import train_pipeline as exported_pipeline\n',
    );
    const text = GOOD.replace(
      'pipelines/train.py:train_pipeline',
      'pipelines/__init__.py:exported_pipeline',
    );
    expect(parse(text).config.pipelines[0]?.source).toMatchObject({
      function: 'exported_pipeline',
    });
  });

  it('takes one anchor merged many times (no alias limit on the repository own file)', () => {
    const many = Array.from(
      { length: 120 },
      (_, i) => `  - name: p${i}\n    spec: pipelines/spec.yaml\n    parameters:\n      <<: *base`,
    ).join('\n');
    const text = GOOD.replace(
      '    parameters:\n      epochs: 5\n',
      '    parameters: &base\n      epochs: 5\n',
    ).replace('alerting:', `${many}\nalerting:`);
    expect(parse(text).config.pipelines).toHaveLength(122);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.pipelines[0]?.parameters)).toBe(true);
    expect(() => {
      (config.pipelines as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('drops a pipeline from an environment that disables it, and a null schedule unschedules it', () => {
    const text = GOOD.replace(
      '    schedule: "0 0 * * *"\n',
      '    schedule: "0 0 * * *"\n    environments:\n      nprod:\n        schedule: null\n      prod:\n        enabled: false\n',
    );
    const nightly = parse(text).config.pipelines[1]!;
    expect(nightly.environments.nprod?.schedule).toBeUndefined();
    expect(nightly.environments.prod).toBeUndefined();
  });
});

// Each case: a change to the good file, the message fragment, and the line it must point at.
const PIPE = GOOD.split('\n').indexOf('  - name: train') + 1;
const cases: [string, string, string | RegExp, number][] = [
  [
    'unknown top-level key with suggestion',
    GOOD.replace('pipelines:\n  - name: train', 'pipeline:\n  - name: train'),
    'unknown key "pipeline"; did you mean "pipelines"?',
    PIPE - 1,
  ],
  [
    'unknown pipeline key with suggestion',
    withLine(lineOf('training: true'), '    trainig: true'),
    'unknown key "trainig"; did you mean "training"?',
    lineOf('training: true'),
  ],
  [
    'unknown environment key with suggestion',
    withLine(
      lineOf('service-account:'),
      '    service_account: pipelines@acme-ml-nprod.iam.gserviceaccount.com',
    ),
    'did you mean "service-account"?',
    lineOf('service-account:'),
  ],
  [
    'unknown key without a close match lists the allowed ones',
    withLine(lineOf('training: true'), '    colour: blue'),
    /unknown key "colour"; allowed keys: name, description, function/,
    lineOf('training: true'),
  ],
  [
    'duplicate pipeline name',
    GOOD.replace('- name: nightly', '- name: train'),
    'duplicate pipeline name (first declared on line ' + PIPE + ')',
    lineOf('- name: nightly'),
  ],
  [
    'upper-case pipeline name',
    GOOD.replace('- name: nightly', '- name: Nightly_Run'),
    'is not a name Vertex AI accepts',
    lineOf('- name: nightly'),
  ],
  [
    'pipeline name starting with a digit',
    GOOD.replace('- name: nightly', '- name: 1nightly'),
    'is not a name Vertex AI accepts',
    lineOf('- name: nightly'),
  ],
  [
    'pipeline name too long',
    GOOD.replace('- name: nightly', `- name: n${'x'.repeat(128)}`),
    'at most 128 characters',
    lineOf('- name: nightly'),
  ],
  [
    'cron with six fields',
    GOOD.replace('"0 0 * * *"', '"0 0 0 * * *"'),
    'is not five-field cron',
    lineOf('schedule:'),
  ],
  [
    'cron out of range',
    GOOD.replace('"0 0 * * *"', '"0 25 * * *"'),
    'got value 25 expected range 0-23',
    lineOf('schedule:'),
  ],
  [
    'cron with a Quartz extra',
    GOOD.replace('"0 0 * * *"', '"0 0 L * *"'),
    'uses "L"',
    lineOf('schedule:'),
  ],
  [
    'cron with a TZ prefix',
    GOOD.replace('"0 0 * * *"', '"TZ=Pacific/Auckland 0 0 * * *"'),
    'write the zone in `timezone:`',
    lineOf('schedule:'),
  ],
  [
    'cron macro',
    GOOD.replace('"0 0 * * *"', '"@daily"'),
    'is not five-field cron',
    lineOf('schedule:'),
  ],
  [
    'unknown time zone',
    GOOD.replace('"0 0 * * *"', '"0 0 * * *"\n    timezone: Pacific/Atlantis'),
    '"Pacific/Atlantis" is not an IANA time zone',
    lineOf('schedule:') + 1,
  ],
  [
    'unknown default time zone',
    GOOD.replace('timezone: Pacific/Auckland', 'timezone: NZST'),
    'defaults.timezone: "NZST" is not an IANA time zone',
    lineOf('timezone: Pacific/Auckland'),
  ],
  [
    'missing pipeline file',
    GOOD.replace('pipelines/train.py:', 'pipelines/training.py:'),
    'file "pipelines/training.py" does not exist',
    lineOf('function:'),
  ],
  [
    'missing pipeline function',
    GOOD.replace(':train_pipeline', ':train_pipelin'),
    'no function "train_pipelin" in pipelines/train.py; it defines: train_pipeline, helper',
    lineOf('function:'),
  ],
  [
    'function reference without a function name',
    GOOD.replace('pipelines/train.py:train_pipeline', 'pipelines/train.py'),
    'must look like "path/to/file.py:function_name"',
    lineOf('function:'),
  ],
  [
    'missing spec file',
    GOOD.replace('spec: pipelines/spec.yaml', 'spec: pipelines/other.yaml'),
    'spec file "pipelines/other.yaml" does not exist',
    lineOf('spec:'),
  ],
  [
    'both function and spec',
    GOOD.replace('    training: true', '    training: true\n    spec: pipelines/spec.yaml'),
    'either "function" or "spec", not both',
    lineOf('training: true') + 1,
  ],
  [
    'neither function nor spec',
    GOOD.replace('    spec: pipelines/spec.yaml\n', ''),
    'needs "function"',
    lineOf('- name: nightly'),
  ],
  [
    'promote-from an unknown environment',
    GOOD.replace('promote-from: nprod', 'promote-from: staging'),
    'no environment "staging"; declared: nprod, prod',
    lineOf('promote-from:'),
  ],
  [
    'promote-from itself',
    GOOD.replace('promote-from: nprod', 'promote-from: prod'),
    'cannot promote from itself',
    lineOf('promote-from:'),
  ],
  [
    'override of an undeclared environment',
    GOOD.replace('      prod:\n        parameters:', '      production:\n        parameters:'),
    'overrides environment "production", which is not declared',
    lineOf('        parameters:') - 1,
  ],
  [
    'training is not a boolean',
    GOOD.replace('training: true', 'training: "yes"'),
    'training: must be true or false, got string "yes"',
    lineOf('training: true'),
  ],
  [
    'parameters is not a mapping',
    GOOD.replace('    parameters:\n      epochs: 5', '    parameters: [5]'),
    'parameters: must be a mapping, got a list',
    lineOf('      epochs: 5') - 1,
  ],
  [
    'missing required environment key',
    GOOD.replace('    bucket: acme-ml-prod-pipelines\n', ''),
    'environments.prod: missing required key "bucket"',
    lineOf('project: acme-ml-prod'),
  ],
  [
    'bucket with a gs:// prefix',
    GOOD.replace('bucket: acme-ml-prod-pipelines', 'bucket: gs://acme-ml-prod-pipelines'),
    'is not a bucket name (no gs:// prefix',
    lineOf('bucket: acme-ml-prod-pipelines'),
  ],
  [
    'bad project id',
    GOOD.replace('project: acme-ml-prod', 'project: Acme_Prod'),
    'is not a Google Cloud project ID',
    lineOf('project: acme-ml-prod'),
  ],
  [
    'bad service account',
    GOOD.replace('pipelines@acme-ml-nprod.iam.gserviceaccount.com', 'pipelines-acme-ml-nprod'),
    'is not a service account email',
    lineOf('service-account:'),
  ],
  [
    'bad label key',
    GOOD.replace('      team: churn', '      Team: churn'),
    'key "Team" is not a valid label key',
    lineOf('team: churn'),
  ],
  [
    'bad environment name',
    GOOD.replace('  prod:\n    project', '  Prod:\n    project').replace(
      '      prod:\n        parameters',
      '      Prod:\n        parameters',
    ),
    'key "Prod" is not a valid environment name',
    lineOf('project: acme-ml-prod') - 1,
  ],
  [
    'no environments',
    GOOD.replace(
      /environments:\n {2}nprod:[\s\S]*?promote-from: nprod\n/,
      'environments: {}\n',
    ).replace(/ {4}environments:\n {6}prod:\n {8}parameters:\n {10}epochs: 20\n/, ''),
    'environments: must declare at least one entry',
    4,
  ],
  [
    'image referencing an unknown pipeline',
    GOOD.replace('pipelines: [train]', 'pipelines: [training]'),
    'image "trainer": no pipeline "training"',
    lineOf('pipelines: [train]'),
  ],
  [
    'image without a Dockerfile',
    GOOD.replace('    context: .', '    context: docker'),
    'Dockerfile "docker/Dockerfile" does not exist',
    lineOf('context: .'),
  ],
  [
    'alert policy naming an unknown channel',
    GOOD.replace('channels: [ml-alerts]', 'channels: [ml-alert]'),
    'no notification channel "ml-alert"',
    lineOf('channels: [ml-alerts]'),
  ],
  [
    'alert policy naming an unknown pipeline',
    GOOD.replace('pipeline: nightly', 'pipeline: nighty'),
    'alert policy "drift": no pipeline "nighty"',
    lineOf('pipeline: nightly'),
  ],
  [
    'channel type not in the list',
    GOOD.replace('type: email', 'type: emial'),
    '"emial" is not one of email, slack',
    lineOf('type: email'),
  ],
  [
    'duplicate YAML key',
    GOOD.replace('    training: true', '    training: true\n    training: false'),
    'Map keys must be unique',
    lineOf('training: true') + 1,
  ],
  [
    'YAML syntax error',
    GOOD.replace('    training: true', '    training: [true'),
    /flow sequence|Missing|Unexpected|not properly closed/i,
    lineOf('training: true') + 1,
  ],
  [
    'function name with regex characters',
    GOOD.replace(':train_pipeline', ':pa('),
    'must look like "path/to/file.py:function_name"',
    lineOf('function:'),
  ],
  [
    'time zone in the wrong case',
    GOOD.replace('"0 0 * * *"', '"0 0 * * *"\n    timezone: pacific/auckland'),
    '"pacific/auckland" is not an IANA time zone',
    lineOf('schedule:') + 1,
  ],
  [
    'time zone as an offset',
    GOOD.replace('"0 0 * * *"', '"0 0 * * *"\n    timezone: "+05:00"'),
    '"+05:00" is not an IANA time zone',
    lineOf('schedule:') + 1,
  ],
  ['version other than 1', GOOD.replace('version: 1', 'version: 2'), 'version: must be 1', 1],
];

describe('a bad mlops.yaml', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)('%s', (_title, text, message, line) => {
    const errors = errorsOf(text);
    const match = errors.find((e) =>
      typeof message === 'string' ? e.message.includes(message) : message.test(e.message),
    );
    expect({ errors: errors.map(formatDiagnostic), found: match !== undefined }).toMatchObject({
      found: true,
    });
    expect(match?.file).toBe('mlops.yaml');
    expect(match?.line).toBe(line);
    expect(match?.column).toBeGreaterThan(0);
  });

  it('reports every error at once, in file order', () => {
    const text = GOOD.replace('training: true', 'trainig: true')
      .replace('"0 0 * * *"', '"0 25 * * *"')
      .replace('promote-from: nprod', 'promote-from: staging');
    const errors = errorsOf(text);
    expect(errors).toHaveLength(3);
    const lines = errors.map((e) => e.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('says how many errors in the thrown message', () => {
    const text = GOOD.replace('training: true', 'trainig: true').replace(
      '"0 0 * * *"',
      '"0 25 * * *"',
    );
    expect(() => parse(text)).toThrow('mlops.yaml has 2 errors');
  });

  it('warns, without failing, about a time zone that has no schedule', () => {
    const { warnings } = parse(
      GOOD.replace('    training: true', '    training: true\n    timezone: UTC'),
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: lineOf('training: true') + 1,
        message: expect.stringContaining('no effect without a schedule'),
      }),
    ]);
  });

  it('names a missing config file', () => {
    expect(() => loadConfig('nope.yaml', { workspace: repo })).toThrow(
      'config file "nope.yaml" not found',
    );
  });
});
