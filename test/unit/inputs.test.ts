import { readCompileInputs } from '../../src/actions/compile-inputs.js';
import { ConfigurationError } from '../../src/errors.js';
import { Inputs } from '../../src/github/inputs.js';

const from = (values: Record<string, string>) => new Inputs((name) => values[name] ?? '');

describe('action-compile inputs', () => {
  it('has defaults for everything and is frozen', () => {
    const inputs = readCompileInputs(from({}));
    expect(inputs).toEqual({
      config: 'mlops.yaml',
      python: 'python3',
      outputDir: '.mlops/compiled',
      pipelines: [],
      parallelism: 0,
    });
    expect(Object.isFrozen(inputs)).toBe(true);
    expect(Object.isFrozen(inputs.pipelines)).toBe(true);
  });

  it('takes an output directory anywhere (e.g. the runner temp dir)', () => {
    expect(readCompileInputs(from({ 'output-dir': '/tmp/out' })).outputDir).toBe('/tmp/out');
  });

  it('parses lists separated by commas and new lines', () => {
    expect(readCompileInputs(from({ pipelines: 'a, b\n c\n\n' })).pipelines).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it.each([
    [{ parallelism: 'two' }, 'input "parallelism" must be a whole number from 0 to 64, got "two"'],
    [{ parallelism: '65' }, 'input "parallelism" must be a whole number from 0 to 64, got "65"'],
    [{ parallelism: '-1' }, 'input "parallelism" must be a whole number from 0 to 64, got "-1"'],
    [{ parallelism: '1.5' }, 'input "parallelism" must be a whole number from 0 to 64, got "1.5"'],
    [{ pipelines: 'ok, Not_OK' }, 'input "pipelines": "Not_OK" is not a pipeline name'],
    [
      { config: '../outside.yaml' },
      'input "config" must be a path inside the workspace, got "../outside.yaml"',
    ],
    [
      { config: '/etc/mlops.yaml' },
      'input "config" must be a path inside the workspace, got "/etc/mlops.yaml"',
    ],
  ])('rejects %j', (values, message) => {
    expect(() => readCompileInputs(from(values))).toThrow(new ConfigurationError(message));
  });
});

describe('Inputs', () => {
  it('reads booleans and enums strictly, naming the input', () => {
    const i = from({ flag: 'TRUE', mode: 'fast', bad: 'yes' });
    expect(i.boolean('flag', false)).toBe(true);
    expect(i.boolean('unset', true)).toBe(true);
    expect(() => i.boolean('bad', false)).toThrow('input "bad" must be true or false, got "yes"');
    expect(i.oneOf('mode', ['fast', 'slow'], 'slow')).toBe('fast');
    expect(() => i.oneOf('bad', ['fast', 'slow'], 'slow')).toThrow(
      'input "bad" must be one of fast, slow, got "yes"',
    );
    expect(() => i.string('unset', { required: true })).toThrow('input "unset" is required');
  });
});
