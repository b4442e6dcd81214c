import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { freePort, startService, type Service } from './process.js';

export interface Registry extends Service {
  /** host:port, as in image references: `${host}/repo/name:tag`. */
  readonly host: string;
}

/** Debian's docker-registry (the CNCF distribution registry): plain HTTP on loopback, no auth. */
export async function startRegistry(): Promise<Registry> {
  const port = await freePort();
  // Under the repository's .localcloud/ (ignored by git), so a process of this checkout is
  // recognisable by its command line (CI checks that none outlives the tests).
  const runDir = fileURLToPath(new URL('../.localcloud/run', import.meta.url));
  mkdirSync(runDir, { recursive: true });
  const dir = mkdtempSync(join(runDir, 'registry-'));
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log: { level: error }',
      'storage:',
      `  filesystem: { rootdirectory: ${join(dir, 'data')} }`,
      '  delete: { enabled: true }',
      `http: { addr: 127.0.0.1:${port} }`,
      '',
    ].join('\n'),
  );
  const service = await startService(
    'the image registry',
    'docker-registry',
    ['serve', config],
    async () => {
      return (await fetch(`http://127.0.0.1:${port}/v2/`)).ok;
    },
  );
  return {
    ...service,
    host: `127.0.0.1:${port}`,
    stop: async () => {
      await service.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * buildah's global flags for this sandbox (no Docker engine, no overlay mounts): vfs storage under
 * `root`, so builds neither need privileges nor touch /var/lib/containers. Build with
 * `--isolation chroot`; push to the local registry with `--tls-verify=false`.
 */
export function buildahFlags(root: string): string[] {
  return [
    '--root',
    join(root, 'storage'),
    '--runroot',
    join(root, 'run'),
    '--storage-driver',
    'vfs',
  ];
}
