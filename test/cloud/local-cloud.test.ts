import { Storage } from '@google-cloud/storage';
import { v1 } from '@google-cloud/aiplatform';
import monitoring from '@google-cloud/monitoring';

import { clientOptions } from '../../localcloud/standin/client-options.js';

// The suite-wide local cloud (test/global-setup.ts), reached only through the MLOPS_* variables
// an action would get.
const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the global setup did not start the local cloud`);
  return value;
};

describe('the local cloud started for the suite', () => {
  it('serves Cloud Storage at MLOPS_GCS_ENDPOINT', async () => {
    const storage = new Storage({ apiEndpoint: env('MLOPS_GCS_ENDPOINT'), projectId: 'suite' });
    const bucket = `suite-${Date.now()}`;
    await storage.createBucket(bucket);
    await storage.bucket(bucket).file('x.txt').save('x');
    expect((await storage.bucket(bucket).file('x.txt').download())[0].toString()).toBe('x');
  });

  it('serves Vertex AI and Monitoring at their endpoints, with the admin endpoint beside them', async () => {
    const pipelines = new v1.PipelineServiceClient(clientOptions(env('MLOPS_VERTEX_ENDPOINT')));
    const policies = new monitoring.AlertPolicyServiceClient(
      clientOptions(env('MLOPS_MONITORING_ENDPOINT')),
    );
    try {
      const [jobs] = await pipelines.listPipelineJobs({
        parent: 'projects/suite/locations/us-central1',
      });
      expect(jobs).toEqual([]);
      const [list] = await policies.listAlertPolicies({ name: 'projects/suite' });
      expect(list).toEqual([]);
      const log = (await (
        await fetch(`${env('MLOPS_STANDIN_ADMIN')}/requests?method=ListAlertPolicies`)
      ).json()) as unknown[];
      expect(log.length).toBeGreaterThanOrEqual(1);
    } finally {
      await Promise.all([pipelines.close(), policies.close()]);
    }
  });

  it('serves an image registry at MLOPS_REGISTRY', async () => {
    const res = await fetch(`http://${env('MLOPS_REGISTRY')}/v2/`);
    expect(res.status).toBe(200);
  });
});
