import { readFileSync } from 'node:fs';

import { Ajv } from 'ajv';
import { parse } from 'yaml';

import { loadConfig } from '../../src/config/load.js';
import { schemaPath, schemaText } from '../../scripts/gen-schema.js';

describe('the published JSON Schema', () => {
  it('is the one validation uses (npm run schema regenerates it)', () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(schemaText);
  });

  it('validates the example config on its own, as an editor would (no x-message vocabulary)', () => {
    const ajv = new Ajv({ strict: false, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(schemaText) as object);
    const example = parse(
      readFileSync(new URL('../../examples/churn/mlops.yaml', import.meta.url), 'utf8'),
    ) as unknown;
    expect(validate(example)).toBe(true);
    expect(validate({ environments: {}, pipelines: [{ name: 'Bad Name' }] })).toBe(false);
  });

  it('accepts the example config with every check', () => {
    const root = new URL('../../examples/churn', import.meta.url).pathname;
    const { config, warnings } = loadConfig('mlops.yaml', { workspace: root });
    expect(warnings).toEqual([]);
    expect(config.pipelines.map((p) => p.name)).toEqual([
      'churn-training',
      'churn-batch-inference',
    ]);
  });
});
