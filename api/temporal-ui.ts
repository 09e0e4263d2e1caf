import type { Config } from '../lib/config';

/** A workflow's page in the Temporal Web UI (operators follow it from the API and the dashboard). */
export function workflowUrl(config: Pick<Config, 'temporal'>, workflowId: string): string {
  return `${config.temporal.uiUrl}/namespaces/${encodeURIComponent(config.temporal.namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}

/** The Temporal Web UI's workflow list filtered by a visibility query, e.g. `AccountId = "acc_…"`. */
export function workflowListUrl(config: Pick<Config, 'temporal'>, query: string): string {
  return `${config.temporal.uiUrl}/namespaces/${encodeURIComponent(config.temporal.namespace)}/workflows?query=${encodeURIComponent(query)}`;
}
