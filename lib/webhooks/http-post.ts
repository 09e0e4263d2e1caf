/**
 * One webhook POST: connects only to the addresses the SSRF guard approved (pinned lookup), never follows a
 * redirect, gives up after the timeout, and reads at most `snippetBytes` of the answer (a 10 MB response is cut off,
 * not buffered).
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

export interface PostResult {
  /** null when no HTTP answer came (timeout, refused connection, reset). */
  status: number | null;
  durationMs: number;
  error: string | null;
  responseSnippet: string | null;
  retryAfterSeconds: number | null;
}

export function postWebhook(
  url: URL,
  request: { body: string; headers: Record<string, string>; lookup: LookupFunction; timeoutMs: number; snippetBytes: number },
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const client = url.protocol === 'https:' ? https : http;
    const outgoing = client.request(url, {
      method: 'POST',
      lookup: request.lookup,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(request.body),
        'user-agent': 'magic-link-webhooks/1',
        ...request.headers,
      },
    });
    let settled = false;
    const settle = (result: Omit<PostResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outgoing.destroy();
      resolve({ ...result, durationMs: elapsed() });
    };
    // One deadline for the whole exchange: connecting, sending and the answer's status line.
    const timer = setTimeout(
      () => settle({ status: null, error: `no answer within ${request.timeoutMs / 1000} s`, responseSnippet: null, retryAfterSeconds: null }),
      request.timeoutMs,
    );
    outgoing.on('error', (error) => settle({ status: null, error: error.message, responseSnippet: null, retryAfterSeconds: null }));
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () =>
        settle({
          status: response.statusCode ?? null,
          error: null,
          responseSnippet: Buffer.concat(chunks).subarray(0, request.snippetBytes).toString('utf8'),
          retryAfterSeconds: retryAfterOf(response.headers['retry-after']),
        });
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= request.snippetBytes) finish();
      });
      response.on('end', finish);
      response.on('error', finish);
    });
    outgoing.end(request.body);
  });
}

/** `Retry-After` as seconds: a number of seconds or an HTTP date. */
function retryAfterOf(header: string | undefined): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}
