// Runs actionlint and zizmor over every workflow file of the repository: its own CI and the
// reusable/starter templates it ships. Non-zero on any finding.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function yamlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(f) ? [p] : [];
  });
}

const files = [
  ...yamlFiles(join(root, '.github/workflows')),
  ...yamlFiles(join(root, 'workflows-templates')),
];
if (files.length === 0) {
  console.log('no workflow files');
  process.exit(0);
}
const rel = files.map((f) => relative(root, f));
console.log(`linting ${rel.length} workflow files: ${rel.join(', ')}`);

let failed = false;
for (const [tool, args] of [
  [join(root, '.tools/bin/actionlint'), ['-no-color', ...rel]],
  [
    join(root, '.tools/venv/bin/zizmor'),
    ['--offline', '--no-progress', '--persona=pedantic', ...rel],
  ],
]) {
  const run = spawnSync(tool, args, { cwd: root, stdio: 'inherit' });
  if (run.error) throw run.error;
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
