// Installs what the tests, the demo and the benchmarks need, from the repository's own files, and
// does nothing when it is already in place (stamps keyed by the hash of the files they come from).
// Only Node built-ins here: this runs before `npm ci` on a fresh clone, on whatever Node is there.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { bootstrapTools } from './bootstrap-tools.mjs';
import { hashOf, quiet, root, sh, step } from './lib/steps.mjs';

step('npm ci', 'node_modules/.bootstrap-stamp', hashOf('package-lock.json'), () =>
  sh('npm', ['ci', '--no-audit', '--no-fund']),
);

const nodeVersion = execFileSync(join(root, 'node_modules/.bin/node'), ['--version'], {
  encoding: 'utf8',
}).trim();
if (!nodeVersion.startsWith('v24.')) {
  throw new Error(`node_modules/.bin/node is ${nodeVersion}; the actions' runtime is Node 24`);
}

step('python venv with kfp', '.venv/.bootstrap-stamp', hashOf('requirements.txt'), () => {
  const python = process.env.PYTHON ?? 'python3';
  if (!existsSync(join(root, '.venv/bin/python'))) sh(python, ['-m', 'venv', '.venv']);
  sh(join(root, '.venv/bin/pip'), [
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '-r',
    'requirements.txt',
  ]);
});

// Workflow linters (actionlint, zizmor, shellcheck), into .tools/.
await bootstrapTools({ root, step, sh, hashOf, quiet });

const localCloud = join(root, 'scripts/bootstrap-localcloud.mjs');
if (existsSync(localCloud)) {
  const { bootstrapLocalCloud } = await import(localCloud);
  await bootstrapLocalCloud({ root, step, sh, hashOf, quiet });
}
