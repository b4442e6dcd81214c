import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildahFlags, startRegistry, type Registry } from '../../localcloud/registry.js';
import { tempDir } from '../helpers/tmp.js';

// The local image registry with buildah, the daemonless builder deploy will use.
let registry: Registry;
let root: string;
beforeAll(async () => {
  registry = await startRegistry();
  root = tempDir('buildah');
});
afterAll(() => registry.stop());

const buildah = (...args: string[]) =>
  execFileSync('buildah', [...buildahFlags(root), ...args], { encoding: 'utf8' });

async function digest(repository: string, tag: string): Promise<string | null> {
  const res = await fetch(`http://${registry.host}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      accept:
        'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  return res.ok ? res.headers.get('docker-content-digest') : null;
}

describe('the image registry with buildah', () => {
  it('builds FROM scratch, pushes, and serves the manifest by digest', async () => {
    const ctx = join(root, 'ctx');
    mkdirSync(ctx);
    writeFileSync(join(ctx, 'model.txt'), 'weights');
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY model.txt /model.txt\n');
    const image = `${registry.host}/nprod/trainer:abc123`;
    buildah('bud', '--isolation', 'chroot', '--quiet', '-t', image, ctx);
    expect(await digest('nprod/trainer', 'abc123')).toBeNull();
    buildah('push', '--tls-verify=false', image);
    const pushed = await digest('nprod/trainer', 'abc123');
    expect(pushed).toMatch(/^sha256:[0-9a-f]{64}$/);

    // Promotion: the same image in another repository keeps its digest.
    buildah('push', '--tls-verify=false', image, `docker://${registry.host}/prod/trainer:abc123`);
    expect(await digest('prod/trainer', 'abc123')).toBe(pushed);

    const tags = (await (
      await fetch(`http://${registry.host}/v2/nprod/trainer/tags/list`)
    ).json()) as { tags: string[] };
    expect(tags.tags).toEqual(['abc123']);
  });
});
