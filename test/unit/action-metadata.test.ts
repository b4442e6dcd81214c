import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { readCompileInputs } from '../../src/actions/compile-inputs.js';
import { Inputs } from '../../src/github/inputs.js';
import { repoRoot } from '../../scripts/lib/run-action.js';
// @ts-expect-error: a plain ESM script without types
import { actionDirs, renderReadme } from '../../scripts/gen-docs.mjs';

interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const dirs = (actionDirs as () => string[])();
const actions = dirs.map((dir) => [dir.slice(dir.lastIndexOf('/') + 1), dir] as const);

// Each action's input parser, so the test can see which inputs the code actually reads.
const READERS: Record<string, (inputs: Inputs) => unknown> = {
  'action-compile': readCompileInputs,
};

describe.each(actions)('%s', (name, dir) => {
  const meta = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionYml;

  it('runs on node24 from a committed bundle', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(dir, 'dist/index.js'))).toBe(true);
  });

  it('names every input and output in kebab-case, each with a description', () => {
    for (const [key, value] of [
      ...Object.entries(meta.inputs ?? {}),
      ...Object.entries(meta.outputs ?? {}),
    ]) {
      expect({ key, kebab: KEBAB.test(key) }).toEqual({ key, kebab: true });
      expect(value.description?.trim()).toBeTruthy();
    }
  });

  it('reads exactly the inputs action.yml declares', () => {
    const reader = READERS[name];
    expect(reader).toBeDefined();
    const asked = new Set<string>();
    reader!(new Inputs((input) => (asked.add(input), '')));
    expect([...asked].sort()).toEqual(Object.keys(meta.inputs ?? {}).sort());
  });

  it('has README input/output sections generated from action.yml (npm run docs)', () => {
    const { text, current } = (renderReadme as (d: string) => { text: string; current: string })(
      dir,
    );
    expect(current).toBe(text);
  });

  it('is linked from the root README', () => {
    expect(readFileSync(join(repoRoot, 'README.md'), 'utf8')).toContain(`(${name}/README.md)`);
  });
});

describe('action-compile bundle', () => {
  it('carries no Google Cloud client (it never calls the cloud; start-up stays small)', () => {
    const dist = join(repoRoot, 'action-compile/dist');
    const text = readdirSync(dist)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    // Every Google client carries its OAuth scope and gax its GrpcClient; comments may name them.
    expect(text).not.toMatch(/googleapis\.com\/auth\/cloud-platform|class GrpcClient/);
  });
});
