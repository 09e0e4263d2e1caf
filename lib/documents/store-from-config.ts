/** The document store the configuration names (DOCUMENT_STORE): the one way the API, the workers and the tools build it. */
import type { DocumentStoreSettings } from '../config';
import type { Database } from '../db';
import type { Keyring } from '../keyring';
import { createDocumentStore, type DocumentStore } from './store';
import { createDatabaseTransport } from './stores/database';
import { createLocalTransport } from './stores/local';
import { createS3Transport } from './stores/s3';
import type { BlobTransport } from './stores/transport';

export function documentStoreFor(settings: DocumentStoreSettings, deps: { db: Database; keyring: Keyring | null }): DocumentStore {
  return createDocumentStore({ transport: transportFor(settings, deps.db), keyring: deps.keyring });
}

export function transportFor(settings: DocumentStoreSettings, db: Database): BlobTransport {
  switch (settings.transport) {
    case 'local':
      return createLocalTransport(settings.dir);
    case 'database':
      return createDatabaseTransport(db);
    case 's3':
      return createS3Transport(settings);
  }
}
