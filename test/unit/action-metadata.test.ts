// The metadata of every action: what the runner and the Marketplace read (action.yml), what users
// read (the README, generated from action.yml), and what the code reads (its input parser).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { parse } from 'yaml';

import { readCompileInputs } from '../../src/actions/compile-inputs.js';
import { Inputs } from '../../src/github/inputs.js';
import { repoRoot } from '../../scripts/lib/run-action.js';
// @ts-expect-error: a plain ESM script without types
import { actionDirs, renderReadme, staleReadmes } from '../../scripts/gen-docs.mjs';

interface Item {
  description?: unknown;
  required?: unknown;
  default?: unknown;
}
interface ActionYml {
  name?: unknown;
  description?: unknown;
  inputs?: Record<string, Item | null>;
  outputs?: Record<string, Item | null>;
  runs?: { using?: string; main?: string };
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const dirs = (actionDirs as () => string[])();
const actions = dirs.map((dir) => [basename(dir), dir] as const);

/**
 * Each action's input parser, so the test can see which inputs the code actually reads. A new
 * action adds its reader here (the test below fails until it does).
 */
const READERS: Record<string, (inputs: Inputs) => unknown> = {
  'action-compile': readCompileInputs,
};

it('finds the actions', () => {
  expect(actions.map(([name]) => name)).toContain('action-compile');
});

describe.each(actions)('%s', (name, dir) => {
  const meta = (parse(readFileSync(join(dir, 'action.yml'), 'utf8')) ?? {}) as ActionYml;
  const inputs = Object.entries(meta.inputs ?? {});
  const outputs = Object.entries(meta.outputs ?? {});

  it('has a name and a description (the Marketplace needs both)', () => {
    expect(typeof meta.name === 'string' && meta.name.trim() !== '').toBe(true);
    expect(typeof meta.description === 'string' && meta.description.trim() !== '').toBe(true);
  });

  it('runs on node24 from a committed bundle built from its entry point', () => {
    expect(meta.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(dir, 'dist/index.js'))).toBe(true);
    const entry = `src/entrypoints/${name.slice('action-'.length)}.ts`;
    expect({ entry, exists: existsSync(join(repoRoot, entry)) }).toEqual({ entry, exists: true });
  });

  it('names every input and output in kebab-case, each with a description', () => {
    const bad = [...inputs, ...outputs]
      .filter(
        ([key, item]) =>
          !KEBAB.test(key) || typeof item?.description !== 'string' || !item.description.trim(),
      )
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('gives `required` as a boolean and strings as defaults (what the runner passes)', () => {
    for (const [key, item] of inputs) {
      if (item?.required !== undefined) {
        expect({ key, required: typeof item.required }).toEqual({ key, required: 'boolean' });
      }
      if (item?.default !== undefined) {
        expect({ key, default: typeof item.default }).toEqual({ key, default: 'string' });
      }
    }
  });

  it('reads exactly the inputs action.yml declares', () => {
    const reader = READERS[name];
    expect({ name, reader: typeof reader }).toEqual({ name, reader: 'function' });
    const asked = new Set<string>();
    reader!(new Inputs((input) => (asked.add(input), '')));
    expect([...asked].sort()).toEqual(inputs.map(([key]) => key).sort());
  });

  it("falls back to action.yml's defaults when an input is empty", () => {
    // The runner passes action.yml's default; tests and local runs rely on the code's fallback.
    // They must agree, or the README documents one behaviour and a local run shows another.
    const defaults = new Map(inputs.map(([key, item]) => [key, String(item?.default ?? '')]));
    const reader = READERS[name]!;
    expect(reader(new Inputs((input) => defaults.get(input) ?? ''))).toEqual(
      reader(new Inputs(() => '')),
    );
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

it('finds no stale README (what `node scripts/gen-docs.mjs --check` runs)', () => {
  expect((staleReadmes as () => string[])()).toEqual([]);
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
