// Installs the local cloud's servers, from package registries only:
//   fake-gcs-server   Go module, pinned, built into .localcloud/bin
//   docker-registry   Debian package (the CNCF distribution registry)
//   buildah           Debian package (daemonless image builds)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const FAKE_GCS_SERVER = 'github.com/fsouza/fake-gcs-server@v1.56.1';
const DEBIAN_PACKAGES = { 'docker-registry': 'docker-registry', buildah: 'buildah' };

function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function bootstrapLocalCloud({ root, step, sh }) {
  step('fake-gcs-server', '.localcloud/bin/.fake-gcs-server-stamp', FAKE_GCS_SERVER, () =>
    sh('go', ['install', FAKE_GCS_SERVER], {
      env: { ...process.env, GOBIN: join(root, '.localcloud/bin') },
    }),
  );
  const missing = Object.entries(DEBIAN_PACKAGES)
    .filter(([command]) => !has(command))
    .map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `the local cloud needs ${missing.join(' and ')}: run \`sudo apt-get install -y ${missing.join(' ')}\``,
    );
  }
  console.error(`bootstrap: apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  sh('apt-get', ['update', '-qq'], { env });
  sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}
