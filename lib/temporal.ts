/** Connection options for a Temporal dev server, a self-hosted cluster (mTLS) or Temporal Cloud (API key). */
import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import type { Config } from './config';

/** Accepted by both the client's `Connection` and the worker's `NativeConnection`. */
export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig | boolean;
  apiKey?: string;
}

export function temporalConnectionOptions(temporal: Config['temporal']): TemporalConnectionOptions {
  const clientCertPair =
    temporal.tlsCertPath && temporal.tlsKeyPath
      ? { crt: readFileSync(temporal.tlsCertPath), key: readFileSync(temporal.tlsKeyPath) }
      : undefined;
  return {
    address: temporal.address,
    ...(temporal.tls ? { tls: clientCertPair ? { clientCertPair } : true } : {}),
    ...(temporal.apiKey ? { apiKey: temporal.apiKey } : {}),
  };
}
