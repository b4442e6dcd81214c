// The bootstrap's building blocks: run an install step once per hash of what it installs from.
// Node built-ins only: the bootstrap runs before `npm ci`, on whatever Node the machine has.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const quiet = process.argv.includes('--quiet');

export function hashOf(...files) {
  const h = createHash('sha256');
  for (const f of files) h.update(readFileSync(join(root, f)));
  return h.digest('hex');
}

/** Runs `run` unless the stamp file already holds `hash`; then writes it. */
export function step(name, stamp, hash, run) {
  const stampPath = join(root, stamp);
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash) return;
  if (!quiet) console.error(`bootstrap: ${name}`);
  run();
  mkdirSync(dirname(stampPath), { recursive: true });
  writeFileSync(stampPath, hash);
}

export function sh(cmd, args, opts = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
}
