/** Helpers for tests of reusable links: create one through the API, click it as a browser or as a JSON client. */
import { bodyOf, call, type TestAccount, type TestApi } from './harness';

export interface CreatedLink {
  id: string;
  slug: string;
  url: string;
  [field: string]: unknown;
}

export async function createLink(api: TestApi, account: TestAccount, body: Record<string, unknown>): Promise<CreatedLink> {
  const response = await call(api.baseUrl, 'POST', '/api/v1/links', { auth: account.auth, body: { name: 'Test link', flow: 'DOCUMENT_AND_SELFIE', ...body } });
  if (response.status !== 201) throw new Error(`link creation failed: ${response.status} ${JSON.stringify(response.json)}`);
  const url = response.json.url as string;
  return { ...response.json, slug: url.slice(url.lastIndexOf('/') + 1) };
}

export interface ClickResult {
  status: number;
  location: string | null;
  json: any;
  setCookie: string | null;
}

/** One press of Start (POST /l/{slug}); JSON unless `html` is set. */
export async function click(baseUrl: string, slug: string, options: { html?: boolean; cookie?: string } = {}): Promise<ClickResult> {
  const headers: Record<string, string> = { accept: options.html ? 'text/html' : 'application/json' };
  if (options.cookie) headers.cookie = options.cookie;
  const response = await fetch(`${baseUrl}/l/${slug}`, { method: 'POST', headers, redirect: 'manual' });
  const json = await bodyOf(response);
  return { status: response.status, location: response.headers.get('location'), json, setCookie: response.headers.get('set-cookie') };
}

export async function clickMany(baseUrl: string, slug: string, count: number): Promise<ClickResult[]> {
  return Promise.all(Array.from({ length: count }, () => click(baseUrl, slug)));
}

export function countBy<T>(items: T[], key: (item: T) => string | number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[String(key(item))] = (counts[String(key(item))] ?? 0) + 1;
  return counts;
}

/** Polls `read` until `done` holds (or throws after `timeoutMs`), for state that workflows write asynchronously. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not reached within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

