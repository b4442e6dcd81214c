// The local cloud: everything the actions call, on 127.0.0.1, for the tests and the demo.
//   Cloud Storage          fake-gcs-server (Go), in memory
//   Vertex AI, Monitoring  our gRPC stand-in, built from the clients' own protos
//   Artifact Registry      Debian's docker-registry (images built with buildah)
import { startGcs, type GcsEmulator } from './gcs.js';
import { startRegistry, type Registry } from './registry.js';
import { startStandIn, type StandIn } from './standin/index.js';

export interface LocalCloud {
  readonly gcs: GcsEmulator;
  readonly registry: Registry;
  readonly vertex: StandIn;
  /** What an action (or a test in another process) needs to use it. */
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

export interface LocalCloudOptions {
  readonly stateDir?: string;
  readonly clock?: 'manual' | 'auto';
  readonly phaseMs?: number;
}

export async function startLocalCloud(opts: LocalCloudOptions = {}): Promise<LocalCloud> {
  const started: { stop(): Promise<void> }[] = [];
  try {
    const gcs = await startGcs();
    started.push(gcs);
    const registry = await startRegistry();
    started.push(registry);
    const vertex = await startStandIn({
      stateDir: opts.stateDir,
      clock: opts.clock,
      phaseMs: opts.phaseMs,
    });
    started.push({ stop: () => vertex.close() });
    const env = {
      MLOPS_GCS_ENDPOINT: gcs.endpoint,
      MLOPS_VERTEX_ENDPOINT: vertex.endpoint,
      MLOPS_MONITORING_ENDPOINT: vertex.endpoint,
      MLOPS_STANDIN_ADMIN: `http://${vertex.host}:${vertex.adminPort}`,
      MLOPS_REGISTRY: registry.host,
    };
    return {
      gcs,
      registry,
      vertex,
      env,
      stop: () => stopAll(started),
    };
  } catch (err) {
    await stopAll(started);
    throw err;
  }
}

async function stopAll(services: { stop(): Promise<void> }[]): Promise<void> {
  await Promise.allSettled(services.reverse().map((s) => s.stop()));
}
