/** What the Express app is built from; `main.ts` alone constructs the real ones. */
import type { BackgroundWork } from '../lib/background-work';
import type { DocumentStore } from '../lib/documents/store';
import type { Logger } from '../lib/logger';
import type { ServiceDeps } from '../services/deps';
import type { Metrics } from './metrics';

export interface AppDeps extends ServiceDeps {
  logger: Logger;
  metrics: Metrics;
  /** Encrypted images of the hosted flow. */
  documents: DocumentStore;
  /** Work requests start without waiting for it; drained on shutdown. */
  background: BackgroundWork;
}
