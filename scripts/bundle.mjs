// Builds one ncc bundle per action: action-<name>/dist from src/entrypoints/<name>.ts.
//   node scripts/bundle.mjs [name...]          rebuild (all actions, or the ones named)
//   node scripts/bundle.mjs --check [name...]  rebuild into a temp dir and fail if the committed
//                                              dist differs (the check-dist step of CI)
// Not minified: a bug report's stack trace should name real functions and lines.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const wanted = args.filter((a) => !a.startsWith('--'));

const actions = readdirSync(root)
  .filter((d) => d.startsWith('action-') && existsSync(join(root, d, 'action.yml')))
  .map((d) => d.slice('action-'.length))
  .filter((name) => wanted.length === 0 || wanted.includes(name));

function build(name, outDir) {
  const entry = join(root, 'src/entrypoints', `${name}.ts`);
  if (!existsSync(entry))
    throw new Error(`action-${name} has no entry point ${relative(root, entry)}`);
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(
    join(root, 'node_modules/.bin/ncc'),
    ['build', entry, '-o', outDir, '--target', 'es2022', '--quiet'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}

function files(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, base) : [relative(base, p)];
  });
}

let stale = 0;
for (const name of actions) {
  const dist = join(root, `action-${name}`, 'dist');
  if (!check) {
    build(name, dist);
    console.log(`action-${name}/dist rebuilt (${files(dist).length} files)`);
    continue;
  }
  const tmp = mkdtempSync(join(tmpdir(), `check-dist-${name}-`));
  try {
    build(name, tmp);
    const built = new Set(files(tmp));
    const committed = new Set(files(dist));
    const problems = [];
    for (const f of built) {
      if (!committed.has(f)) problems.push(`missing: ${f}`);
      else if (!readFileSync(join(tmp, f)).equals(readFileSync(join(dist, f))))
        problems.push(`differs: ${f}`);
    }
    for (const f of committed) if (!built.has(f)) problems.push(`extra: ${f}`);
    if (problems.length > 0) {
      stale++;
      console.error(`action-${name}/dist is not what src/ builds:\n  ${problems.join('\n  ')}`);
    } else {
      console.log(`action-${name}/dist is up to date`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
if (stale > 0) {
  console.error('Run `npm run bundle` and commit the result.');
  process.exit(1);
}
