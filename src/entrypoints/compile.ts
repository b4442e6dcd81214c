import './shim.js';

import { DEFAULT_PYTHON, readCompileInputs } from '../actions/compile-inputs.js';
import { envInput, Inputs } from '../github/inputs.js';
import { startCompileDriver } from '../kfp/driver.js';

// Importing kfp is the longest pole of a compile and needs only the `python` input, so Python
// starts first; @actions/core and the config checks (separate chunks) load while it imports.
const python = new Inputs(envInput).string('python', { fallback: DEFAULT_PYTHON });
const driver = startCompileDriver(python);

const { runAction } = await import('../github/runner.js');
await runAction('Compile pipelines', async (ctx) => {
  const inputs = readCompileInputs(ctx.inputs);
  const { compileAction } = await import('../actions/compile.js');
  await compileAction(ctx, inputs, inputs.python === python ? driver : undefined);
}).finally(() => driver.cancel());
