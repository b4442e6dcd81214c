// The services the stand-in serves, loaded from the .proto files that ship inside the Google Node
// clients themselves, so the real clients talk to it unchanged.
import { fileURLToPath } from 'node:url';

import type * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const modules = (path: string) =>
  fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url));

export const PROTO_DIRS = [
  modules('@google-cloud/aiplatform/build/protos'),
  modules('@google-cloud/monitoring/build/protos'),
  modules('google-gax/build/protos'),
];

const FILES = [
  'google/cloud/aiplatform/v1/pipeline_service.proto',
  'google/cloud/aiplatform/v1/schedule_service.proto',
  'google/monitoring/v3/alert_service.proto',
  'google/monitoring/v3/notification_service.proto',
  'google/longrunning/operations.proto',
];

export interface Services {
  readonly pipeline: grpc.ServiceDefinition;
  readonly schedule: grpc.ServiceDefinition;
  readonly alertPolicy: grpc.ServiceDefinition;
  readonly notificationChannel: grpc.ServiceDefinition;
  readonly operations: grpc.ServiceDefinition;
}

let cached: Services | undefined;

/** Loaded once per process: parsing these protos takes a noticeable fraction of a second. */
export function loadServices(): Services {
  if (cached) return cached;
  const def = protoLoader.loadSync(FILES, {
    includeDirs: PROTO_DIRS,
    longs: String,
    enums: String,
    defaults: false,
    oneofs: true,
  });
  const service = (name: string) => {
    const d = def[name] as grpc.ServiceDefinition | undefined;
    if (!d) throw new Error(`proto service ${name} not found`);
    return d;
  };
  cached = {
    pipeline: service('google.cloud.aiplatform.v1.PipelineService'),
    schedule: service('google.cloud.aiplatform.v1.ScheduleService'),
    alertPolicy: service('google.monitoring.v3.AlertPolicyService'),
    notificationChannel: service('google.monitoring.v3.NotificationChannelService'),
    operations: service('google.longrunning.Operations'),
  };
  return cached;
}
