import * as grpc from '@grpc/grpc-js';
import { OAuth2Client } from 'google-auth-library';

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
  authClient: OAuth2Client;
} {
  const sep = endpoint.lastIndexOf(':');
  return {
    apiEndpoint: endpoint.slice(0, sep),
    port: Number(endpoint.slice(sep + 1)),
    sslCreds: grpc.credentials.createInsecure(),
    // Without these, google-auth-library probes the GCE metadata server (a network call) to find
    // a project and the credentials' universe domain. The client is never asked for a token.
    projectId: 'standin',
    authClient: new OAuth2Client(),
  };
}
