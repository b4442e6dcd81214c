import * as grpc from '@grpc/grpc-js';

/**
 * Options that point a real Google Cloud Node client (gax) at the stand-in. `sslCreds` makes gax
 * use that channel as it is, without looking for Google credentials; nothing else changes.
 * (The actions take the same options from their endpoint inputs.)
 */
export function clientOptions(endpoint: string): {
  apiEndpoint: string;
  port: number;
  sslCreds: grpc.ChannelCredentials;
  projectId: string;
} {
  const sep = endpoint.lastIndexOf(':');
  return {
    apiEndpoint: endpoint.slice(0, sep),
    port: Number(endpoint.slice(sep + 1)),
    sslCreds: grpc.credentials.createInsecure(),
    // Without a project id, google-auth-library probes the GCE metadata server to find one.
    projectId: 'standin',
  };
}
