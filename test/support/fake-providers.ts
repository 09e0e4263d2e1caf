/**
 * Fake Resend, Twilio and SMS-gateway APIs for tests: real HTTP servers on 127.0.0.1 that record every request and
 * answer the way the real services do. Tests script answers by pushing onto `answers` (taken in order, one per
 * request); once the script runs out, each fake answers with its success. A request the real API would not route
 * (wrong method or path) gets the provider's 404 and does not consume the script.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  /** Path and query, as sent. */
  path: string;
  /** Lower-case names, as Node parses them. */
  headers: Record<string, string>;
  rawBody: string;
  /** JSON bodies parsed, form bodies as an object of their fields, anything else the raw text. */
  body: any;
}

export interface ScriptedAnswer {
  status: number;
  /** Sent as JSON; a string is sent as is (an HTML error page, say). Omitted: empty body. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeProvider {
  baseUrl: string;
  requests: Recorded[];
  answers: ScriptedAnswer[];
  close(): Promise<void>;
}

export interface FakeSmsWebhook extends FakeProvider {
  /** Where the gateway takes messages. */
  url: string;
}

interface Behaviour {
  /** The real API's answer to a request it does not route; null when it routes. */
  unrouted(request: Recorded): ScriptedAnswer | null;
  success(request: Recorded): ScriptedAnswer;
}

/** Resend: `POST /emails` → `200 {"id": "<uuid>"}`; errors as `{ statusCode, name, message }`. */
export function startFakeResend(): Promise<FakeProvider> {
  return startFake({
    unrouted: (request) =>
      request.method === 'POST' && request.path === '/emails'
        ? null
        : { status: 404, body: { statusCode: 404, name: 'not_found', message: 'The requested endpoint does not exist.' } },
    success: () => ({ status: 200, body: { id: randomUUID() } }),
  });
}

/** Twilio: `POST /2010-04-01/Accounts/{sid}/Messages.json` → `201` with the queued message; errors as `{ code, message, status }`. */
export function startFakeTwilio(): Promise<FakeProvider> {
  return startFake({
    unrouted: (request) =>
      request.method === 'POST' && /^\/2010-04-01\/Accounts\/AC[0-9a-f]{32}\/Messages\.json$/.test(request.path)
        ? null
        : { status: 404, body: { code: 20404, message: `The requested resource ${request.path} was not found`, status: 404 } },
    success: (request) => ({
      status: 201,
      body: {
        sid: `SM${randomBytes(16).toString('hex')}`,
        account_sid: request.path.split('/')[3],
        to: request.body.To,
        from: request.body.From,
        body: request.body.Body,
        status: 'queued',
        num_segments: '1',
      },
    }),
  });
}

/** A generic SMS gateway: `POST /sms` → `200 {"id": "<uuid>"}`. */
export async function startFakeSmsWebhook(): Promise<FakeSmsWebhook> {
  const fake = await startFake({
    unrouted: (request) => (request.method === 'POST' && request.path === '/sms' ? null : { status: 404 }),
    success: () => ({ status: 200, body: { id: randomUUID() } }),
  });
  return { ...fake, url: `${fake.baseUrl}/sms` };
}

async function startFake(behaviour: Behaviour): Promise<FakeProvider> {
  const requests: Recorded[] = [];
  const answers: ScriptedAnswer[] = [];
  const server = createServer((incoming, response) => {
    void readBody(incoming).then((rawBody) => {
      const request = record(incoming, rawBody);
      requests.push(request);
      reply(response, behaviour.unrouted(request) ?? answers.shift() ?? behaviour.success(request));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    answers,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function readBody(incoming: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function record(incoming: IncomingMessage, rawBody: string): Recorded {
  const headers = Object.fromEntries(Object.entries(incoming.headers).map(([name, value]) => [name, String(value)]));
  return { method: incoming.method ?? '', path: incoming.url ?? '', headers, rawBody, body: parseBody(headers['content-type'] ?? '', rawBody) };
}

function parseBody(contentType: string, rawBody: string): unknown {
  if (contentType.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(rawBody));
  if (!contentType.startsWith('application/json')) return rawBody;
  try {
    return JSON.parse(rawBody);
  } catch {
    // Malformed JSON is the sender's bug for a test to see, not a crash of the fake.
    return rawBody;
  }
}

function reply(response: ServerResponse, answer: ScriptedAnswer): void {
  if (answer.body === undefined) {
    response.writeHead(answer.status, answer.headers).end();
    return;
  }
  const isText = typeof answer.body === 'string';
  const payload = isText ? (answer.body as string) : JSON.stringify(answer.body);
  response.writeHead(answer.status, { 'content-type': isText ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8', ...answer.headers }).end(payload);
}
