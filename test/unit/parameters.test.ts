import { checkParameters } from '../../src/kfp/parameters.js';
import { readPipelineSpec, SpecError, type PipelineInput } from '../../src/kfp/spec.js';

const inputs: PipelineInput[] = [
  { name: 'project', type: 'STRING', optional: false },
  { name: 'epochs', type: 'NUMBER_INTEGER', default: 3, optional: true },
  { name: 'lr', type: 'NUMBER_DOUBLE', default: 0.1, optional: true },
  { name: 'deploy', type: 'BOOLEAN', default: false, optional: true },
  { name: 'features', type: 'LIST', optional: true },
  { name: 'config', type: 'STRUCT', optional: true },
];

describe('checkParameters', () => {
  it('accepts values of every type', () => {
    expect(
      checkParameters(
        { project: 'p', epochs: 5, lr: 1, deploy: true, features: ['a'], config: { a: 1 } },
        inputs,
      ),
    ).toEqual([]);
  });

  it.each([
    ['epochs', 2.5, 'parameter "epochs" must be an integer (NUMBER_INTEGER), got 2.5'],
    ['epochs', '5', 'parameter "epochs" must be an integer (NUMBER_INTEGER), got "5"'],
    ['lr', 'fast', 'parameter "lr" must be a number (NUMBER_DOUBLE), got "fast"'],
    ['deploy', 'yes', 'parameter "deploy" must be true or false (BOOLEAN), got "yes"'],
    ['features', 'a,b', 'parameter "features" must be a list (LIST), got "a,b"'],
    ['config', [1], 'parameter "config" must be a mapping (STRUCT), got [1]'],
    ['project', 7, 'parameter "project" must be a string (STRING), got 7'],
  ])('rejects %s = %j', (name, value, message) => {
    expect(checkParameters({ project: 'p', [name]: value }, inputs)).toEqual([
      { name, atValue: true, message },
    ]);
  });

  it('rejects unknown names, listing the inputs', () => {
    expect(checkParameters({ project: 'p', epoch: 1 }, inputs)).toEqual([
      {
        name: 'epoch',
        atValue: false,
        message: expect.stringContaining(
          '"epoch" is not an input of the pipeline; its inputs: project, epochs, lr',
        ),
      },
    ]);
  });

  it('requires inputs without a default, and refuses null for them', () => {
    expect(checkParameters({}, inputs)).toEqual([
      {
        name: 'project',
        atValue: false,
        message: 'required input "project" (STRING) has no value and no default in the pipeline',
      },
    ]);
    expect(checkParameters({ project: null }, inputs)[0]?.message).toBe(
      'parameter "project" is required and cannot be null',
    );
    expect(checkParameters({ project: 'p', features: null }, inputs)).toEqual([]);
  });
});

const SPEC = `# PIPELINE DEFINITION
components:
  comp-a:
    executorLabel: exec-a
pipelineInfo:
  name: my-pipeline
root:
  dag:
    tasks:
      a:
        componentRef: {name: comp-a}
  inputDefinitions:
    parameters:
      n:
        parameterType: NUMBER_INTEGER
      s:
        parameterType: STRING
        defaultValue: x
        isOptional: true
    artifacts:
      data:
        artifactType: {schemaTitle: system.Dataset}
schemaVersion: 2.1.0
sdkVersion: kfp-2.16.1
---
platforms:
  kubernetes: {}
`;

describe('readPipelineSpec', () => {
  it('reads inputs, tasks and versions, ignoring the platform document', () => {
    const s = readPipelineSpec(SPEC);
    expect(s.pipelineName).toBe('my-pipeline');
    expect(s.schemaVersion).toBe('2.1.0');
    expect(s.sdkVersion).toBe('kfp-2.16.1');
    expect(s.tasks).toEqual(['a']);
    expect(s.inputs).toEqual([
      { name: 'n', type: 'NUMBER_INTEGER', optional: false },
      { name: 's', type: 'STRING', default: 'x', optional: true },
    ]);
    expect(s.artifactInputs).toEqual([{ name: 'data', schemaTitle: 'system.Dataset' }]);
  });

  it('accepts a JSON spec', () => {
    const json = JSON.stringify({
      pipelineInfo: { name: 'p' },
      root: { dag: {} },
      schemaVersion: '2.0.0',
    });
    expect(readPipelineSpec(json).inputs).toEqual([]);
  });

  it.each([
    ['', 'the file is empty'],
    ['- a list', 'the document is not a mapping'],
    [
      SPEC.replace('schemaVersion: 2.1.0', 'schemaVersion: 1.0.0'),
      'schemaVersion must be a KFP v2 schema version',
    ],
    [SPEC.replace('  name: my-pipeline', '  description: x'), 'pipelineInfo.name is missing'],
    [SPEC.replace('  dag:\n', '  dagg:\n'), 'root.dag is missing'],
    [
      SPEC.replace('parameterType: NUMBER_INTEGER', 'parameterType: INT'),
      'input "n" has unknown parameterType "INT"',
    ],
    [SPEC.replace(/^components:\n.*\n.*\n/m, ''), 'components is missing'],
    ['a: [1', 'not valid YAML/JSON'],
  ])('rejects a broken spec (%#)', (text, message) => {
    expect(() => readPipelineSpec(text)).toThrow(SpecError);
    expect(() => readPipelineSpec(text)).toThrow(message);
  });
});
