import { helpers, v1 } from '@google-cloud/aiplatform';
import monitoring from '@google-cloud/monitoring';

import { clientOptions } from '../../localcloud/standin/client-options.js';
import { startStandIn, type StandIn, type StandInOptions } from '../../localcloud/standin/index.js';

export const PARENT = 'projects/test-project/locations/us-central1';
export const PROJECT = 'projects/test-project';

type ToValue = (v: unknown) => { structValue?: unknown };
const toValue = (helpers as unknown as { toValue: ToValue }).toValue;

export const SPEC = {
  pipelineInfo: { name: 'churn-training' },
  root: {
    dag: { tasks: { ingest: {}, train: {}, evaluate: {} } },
    inputDefinitions: {
      parameters: {
        epochs: { parameterType: 'NUMBER_INTEGER' },
        lr: { parameterType: 'NUMBER_DOUBLE', defaultValue: 0.1 },
        name: { parameterType: 'STRING', isOptional: true },
      },
    },
  },
  schemaVersion: '2.1.0',
  sdkVersion: 'kfp-2.16.1',
};

/** A PipelineJob as the actions send it: spec and values as protobuf Struct/Value. */
export function pipelineJob(
  overrides: Record<string, unknown> = {},
  params: Record<string, unknown> = { epochs: 3 },
) {
  return {
    displayName: 'churn-training',
    pipelineSpec: toValue(SPEC).structValue,
    runtimeConfig: {
      gcsOutputDirectory: 'gs://bucket/root',
      parameterValues: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toValue(v)])),
    },
    labels: { team: 'churn' },
    ...overrides,
  } as never;
}

export interface Clients {
  standIn: StandIn;
  pipelines: v1.PipelineServiceClient;
  schedules: v1.ScheduleServiceClient;
  policies: InstanceType<typeof monitoring.AlertPolicyServiceClient>;
  channels: InstanceType<typeof monitoring.NotificationChannelServiceClient>;
  close(): Promise<void>;
}

/** A stand-in and the real Google clients pointed at it. */
export async function standInWithClients(opts: StandInOptions = {}): Promise<Clients> {
  const standIn = await startStandIn(opts);
  const o = clientOptions(standIn.endpoint);
  const c = {
    standIn,
    pipelines: new v1.PipelineServiceClient(o),
    schedules: new v1.ScheduleServiceClient(o),
    policies: new monitoring.AlertPolicyServiceClient(o),
    channels: new monitoring.NotificationChannelServiceClient(o),
  };
  return {
    ...c,
    async close() {
      await Promise.all([
        c.pipelines.close(),
        c.schedules.close(),
        c.policies.close(),
        c.channels.close(),
      ]);
      await standIn.close();
    },
  };
}

/** The gRPC status code and message of a rejected call. */
export async function rejection(p: Promise<unknown>): Promise<{ code: number; details: string }> {
  try {
    await p;
  } catch (err) {
    const e = err as { code: number; details: string };
    return { code: e.code, details: e.details };
  }
  throw new Error('expected the call to be rejected');
}
