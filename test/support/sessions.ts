/** Helpers for tests of verification sessions: create one by API, and walk the hosted flow as the person would. */
import { bodyOf, call, type TestAccount, type TestApi } from './harness';

export interface CreatedSession {
  id: string;
  token: string;
  redirectUrl: string;
  [field: string]: any;
}

export async function createSessionByApi(api: TestApi, account: TestAccount, body: Record<string, unknown> = {}): Promise<CreatedSession> {
  const response = await call(api.baseUrl, 'POST', '/api/v1/sessions', { auth: account.auth, body: { clientId: 'client-1', ...body } });
  if (response.status !== 201) throw new Error(`session creation failed: ${response.status} ${JSON.stringify(response.json)}`);
  const redirectUrl = response.json.redirectUrl as string;
  return { ...response.json, token: redirectUrl.slice(redirectUrl.lastIndexOf('/') + 1) };
}

/** The person's side of the hosted page (`/v/{token}/…`), over real HTTP. */
export function hostedFlow(api: TestApi, token: string) {
  const path = (suffix = '') => `/v/${token}${suffix}`;
  return {
    start: () => call(api.baseUrl, 'POST', path('/start')),
    status: () => call(api.baseUrl, 'GET', path('/status')),
    submit: (documentType: string | null = 'ID_CARD') => call(api.baseUrl, 'POST', path('/submit'), { body: { documentType } }),
    async upload(kind: string, file: Buffer, filename = 'photo.jpg', type = 'image/jpeg', documentType?: string) {
      const form = new FormData();
      form.set('kind', kind);
      if (documentType) form.set('documentType', documentType);
      form.set('file', new Blob([new Uint8Array(file)], { type }), filename);
      const response = await fetch(api.baseUrl + path('/documents'), { method: 'POST', body: form });
      return { status: response.status, json: await bodyOf(response) };
    },
  };
}

export async function ledgerOf(api: TestApi, sessionId: string): Promise<string[]> {
  const entries = await api.db.creditLedgerEntry.findMany({ where: { sessionId }, orderBy: { id: 'asc' } });
  return entries.map((entry) => entry.type);
}

export async function eventTypesOf(api: TestApi, entityId: string): Promise<string[]> {
  const events = await api.db.event.findMany({ where: { entityId }, orderBy: { sequence: 'asc' } });
  return events.map((event) => event.type);
}
