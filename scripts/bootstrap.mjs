// Installs what the tests, the demo and the benchmarks need, from the repository's own files, and
// does nothing when it is already in place (stamps keyed by the hash of the files they come from).
// Only Node built-ins here: this runs before `npm ci` on a fresh clone, on whatever Node is there.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');

function hashOf(...files) {
  const h = createHash('sha256');
  for (const f of files) h.update(readFileSync(join(root, f)));
  return h.digest('hex');
}

function step(name, stamp, hash, run) {
  const stampPath = join(root, stamp);
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash) return;
  if (!quiet) console.error(`bootstrap: ${name}`);
  run();
  mkdirSync(dirname(stampPath), { recursive: true });
  writeFileSync(stampPath, hash);
}

function sh(cmd, args, opts = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
}

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

// Workflow linters: actionlint from the Go module proxy, zizmor from PyPI, into .tools/.
const ACTIONLINT = 'github.com/rhysd/actionlint/cmd/actionlint@v1.7.12';
step('actionlint', '.tools/bin/.actionlint-stamp', ACTIONLINT, () =>
  sh('go', ['install', ACTIONLINT], { env: { ...process.env, GOBIN: join(root, '.tools/bin') } }),
);
step('zizmor', '.tools/venv/.bootstrap-stamp', hashOf('requirements-tools.txt'), () => {
  if (!existsSync(join(root, '.tools/venv/bin/python')))
    sh(process.env.PYTHON ?? 'python3', ['-m', 'venv', '.tools/venv']);
  sh(join(root, '.tools/venv/bin/pip'), [
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '-r',
    'requirements-tools.txt',
  ]);
});

const localCloud = join(root, 'scripts/bootstrap-localcloud.mjs');
if (existsSync(localCloud)) {
  const { bootstrapLocalCloud } = await import(localCloud);
  await bootstrapLocalCloud({ root, step, sh, hashOf, quiet });
}
