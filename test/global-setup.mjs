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
}
