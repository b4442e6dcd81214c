// Starts the local cloud once for the whole test run, on free loopback ports, and hands its
// endpoints to the test files through MLOPS_* environment variables (workers inherit them).
// Plain ESM that loads the TypeScript through tsx: jest does not transform global setup modules.
import { register } from 'tsx/esm/api';

export default async function globalSetup() {
  register();
  const { startLocalCloud } = await import('../localcloud/index.ts');
  const cloud = await startLocalCloud();
  Object.assign(process.env, cloud.env);
  globalThis.__localCloud = cloud;
  // A run that is interrupted (Ctrl-C, a CI timeout) never reaches the teardown: stop the servers
  // here, or they outlive it in their own process groups.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      void cloud
        .stop()
        .finally(() =>
          process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15)),
        );
    });
  }
}
