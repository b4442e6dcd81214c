import { fileURLToPath } from 'node:url';

import { freePort, startService, type Service } from './process.js';

export const GCS_BINARY = fileURLToPath(
  new URL('../.localcloud/bin/fake-gcs-server', import.meta.url),
);

export interface GcsEmulator extends Service {
  /** For @google-cloud/storage's `apiEndpoint`. */
  readonly endpoint: string;
  readonly port: number;
}

/** fake-gcs-server on a free loopback port, in memory: every run starts empty. */
export async function startGcs(): Promise<GcsEmulator> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const args = [
    '-scheme',
    'http',
    '-host',
    '127.0.0.1',
    '-port',
    String(port),
    '-backend',
    'memory',
  ];
  args.push('-public-host', `127.0.0.1:${port}`, '-external-url', endpoint, '-log-level', 'error');
  const service = await startService('the GCS emulator', GCS_BINARY, args, async () => {
    const res = await fetch(`${endpoint}/storage/v1/b?project=localcloud`);
    return res.ok;
  });
  return { ...service, endpoint, port };
}
