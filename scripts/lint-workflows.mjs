// Lints every workflow file of the repository (its own CI in .github/workflows and the reusable and
// starter workflows it ships in workflows-templates/, where present) and the CI script:
//   actionlint  syntax, expressions, types, runner labels, and shellcheck over each `run:` script
//   zizmor      security audits (offline, pedantic persona): pinning, permissions, injection, ...
//   shellcheck  .ci/run
// Non-zero when any of them finds anything. Node built-ins only (runs before `npm ci` in CI).
// The tools come from scripts/bootstrap-tools.mjs (pinned), never from PATH, so every machine
// gets the same findings.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { toolPaths } from './bootstrap-tools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tools = toolPaths(root);
// On GitHub, findings become annotations on the lines of the pull request.
const onGitHub = process.env.GITHUB_ACTIONS === 'true';

function yamlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/.test(f) ? [p] : [];
    });
}

const workflows = [
  ...yamlFiles(join(root, '.github/workflows')),
  ...yamlFiles(join(root, 'workflows-templates')),
].map((f) => relative(root, f));
const scripts = ['.ci/run'].filter((f) => existsSync(join(root, f)));

const missing = Object.entries(tools).filter(([, path]) => !existsSync(path));
if (missing.length > 0) {
  console.error(
    `lint-workflows: ${missing.map(([name]) => name).join(', ')} not installed: run \`node scripts/bootstrap-tools.mjs\``,
  );
  process.exit(2);
}

const ACTIONLINT_GITHUB_FORMAT =
  '{{range $err := .}}::error file={{$err.Filepath}},line={{$err.Line}},col={{$err.Column}},title=actionlint {{$err.Kind}}::{{$err.Message}}\\n{{end}}';

const runs = [];
if (workflows.length > 0) {
  console.log(`lint-workflows: ${workflows.length} workflow files: ${workflows.join(', ')}`);
  runs.push([
    'actionlint',
    tools.actionlint,
    [
      '-no-color',
      `-shellcheck=${tools.shellcheck}`,
      // No pyflakes: whether it happens to be on PATH must not change the result.
      '-pyflakes=',
      ...(onGitHub ? ['-format', ACTIONLINT_GITHUB_FORMAT] : []),
      ...workflows,
    ],
  ]);
  runs.push([
    'zizmor',
    tools.zizmor,
    [
      '--offline',
      '--no-progress',
      '--persona=pedantic',
      '--strict-collection',
      ...(onGitHub ? ['--format=github'] : []),
      ...workflows,
    ],
  ]);
} else {
  console.log('lint-workflows: no workflow files');
}
if (scripts.length > 0) {
  runs.push(['shellcheck', tools.shellcheck, scripts]);
}

const failed = [];
for (const [name, tool, args] of runs) {
  const run = spawnSync(tool, args, { cwd: root, stdio: 'inherit' });
  if (run.error) throw run.error;
  if (run.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`lint-workflows: findings from ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`lint-workflows: ${runs.map(([name]) => name).join(', ')}: no findings`);
