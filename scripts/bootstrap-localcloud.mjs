// Installs the local cloud's servers, from package registries only:
//   fake-gcs-server   Go module, pinned, built into .localcloud/bin (needs Go; no root)
//   docker-registry   Debian package (the CNCF distribution registry)
//   buildah           Debian package (daemonless image builds)
// The Debian packages are installed only when `command -v` does not find them, and that needs root
// (CI runs this step with sudo on hosted runners). Node built-ins only: see bootstrap.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const FAKE_GCS_SERVER = 'github.com/fsouza/fake-gcs-server@v1.56.1';
/** command → the Debian package that provides it */
const DEBIAN_PACKAGES = { 'docker-registry': 'docker-registry', buildah: 'buildah' };

function has(command) {
  try {
    execFileSync('sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function bootstrapLocalCloud({ root, step, sh, quiet }) {
  const bin = join(root, '.localcloud/bin');
  // A stamp without its binary (deleted by hand) is no stamp.
  const stamp = '.localcloud/bin/.fake-gcs-server-stamp';
  if (!existsSync(join(bin, 'fake-gcs-server'))) rmSync(join(root, stamp), { force: true });
  step('fake-gcs-server', stamp, FAKE_GCS_SERVER, () => {
    if (!has('go'))
      throw new Error(
        `the local cloud's GCS emulator is built with Go (${FAKE_GCS_SERVER}): install Go 1.24 or later`,
      );
    sh('go', ['install', FAKE_GCS_SERVER], { env: { ...process.env, GOBIN: bin } });
  });

  const missing = Object.entries(DEBIAN_PACKAGES)
    .filter(([command]) => !has(command))
    .map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  const install = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `the local cloud needs ${missing.join(' and ')} (Debian/Ubuntu packages), and installing ` +
        `them needs root: run \`sudo apt-get update && sudo ${install}\`, then this again`,
    );
  }
  if (!has('apt-get'))
    throw new Error(`the local cloud needs ${missing.join(' and ')}: no apt-get here to install them`);
  if (!quiet) console.error(`bootstrap: ${install}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  sh('apt-get', ['update', '-qq'], { env });
  sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
  const still = Object.keys(DEBIAN_PACKAGES).filter((command) => !has(command));
  if (still.length > 0) throw new Error(`${still.join(' and ')} still missing after apt-get install`);
}
