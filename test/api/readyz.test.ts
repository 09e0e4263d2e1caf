/**
 * Liveness and readiness. Outages are real: PostgreSQL and Temporal are reached through TCP proxies the test stops
 * (a closed port, dropped connections) and restarts.
 */
import net from 'node:net';
import { startTestApi, type TestApi } from '../support/harness';

/** Forwards 127.0.0.1:<port> to a target; `stop` cuts live connections too, as a crashed server would. */
class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  get running(): boolean {
    return this.server !== null;
  }

  async start(port = this.port): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        // Either side failing ends the pair; the peer sees a dropped connection.
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as net.AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }
}

async function readyz(api: TestApi): Promise<{ status: number; json: any }> {
  const response = await fetch(`${api.baseUrl}/readyz`);
  return { status: response.status, json: await response.json() };
}

async function healthz(api: TestApi): Promise<{ status: number; json: any }> {
  const response = await fetch(`${api.baseUrl}/healthz`);
  return { status: response.status, json: await response.json() };
}

/** Polls /readyz until it answers `status`, returning that response (the pg pool may need fresh connections). */
async function readyzUntil(api: TestApi, status: number, timeoutMs = 10_000): Promise<{ status: number; json: any }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await readyz(api);
    if (response.status === status || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const READY = { status: 'ready', checks: { postgres: 'ok', temporal: 'ok' } };

describe('with PostgreSQL and Temporal up', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  test('/healthz → 200 ok', async () => {
    expect(await healthz(api)).toEqual({ status: 200, json: { status: 'ok' } });
  });

  test('/readyz → 200 ready with both checks ok', async () => {
    // A fresh API's first probe opens its PostgreSQL and Temporal connections, which can outlast the 2 s check on a
    // loaded machine (both then read 'unreachable'): polled, with the minute as the failure's limit.
    expect(await readyzUntil(api, 200, 60_000)).toEqual({ status: 200, json: READY });
  });
});

describe('when PostgreSQL goes away and comes back', () => {
  let api: TestApi;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const databaseUrl = new URL(process.env.TEST_DATABASE_URL!);
    proxy = new TcpProxy({ host: databaseUrl.hostname, port: Number(databaseUrl.port || 5432) });
    await proxy.start(0);
    const proxiedUrl = new URL(databaseUrl);
    proxiedUrl.host = `127.0.0.1:${proxy.port}`;
    api = await startTestApi({ DATABASE_URL: proxiedUrl.toString() });
  });
  afterAll(async () => {
    if (!proxy.running) await proxy.start(); // so the pool can disconnect cleanly if a test failed midway
    await api.close();
    await proxy.stop();
  });

  test('/readyz is 503 naming PostgreSQL while it is unreachable, and 200 again once it is back', async () => {
    // Warm the pool first, so the outage also has to drop live connections, not only refuse new ones.
    expect(await readyz(api)).toEqual({ status: 200, json: READY });

    await proxy.stop();
    const down = await readyz(api);
    expect(down).toEqual({
      status: 503,
      json: {
        error: { code: 'SERVICE_UNAVAILABLE', message: 'Not ready: PostgreSQL unreachable' },
        checks: { postgres: 'unreachable', temporal: 'ok' },
      },
    });
    // Liveness does not depend on the database: the orchestrator must not restart the API for an outage elsewhere.
    expect(await healthz(api)).toEqual({ status: 200, json: { status: 'ok' } });

    await proxy.start();
    expect(await readyzUntil(api, 200)).toEqual({ status: 200, json: READY });
  }, 30_000);
});

describe('when Temporal is unreachable', () => {
  let api: TestApi;
  let proxy: TcpProxy;
  let systemInfoCalls: jest.SpyInstance;

  beforeAll(async () => {
    // Temporal sits behind a proxy that is stopped: its port is closed until the test brings it back.
    const [host, port] = process.env.TEST_TEMPORAL_ADDRESS!.split(':');
    proxy = new TcpProxy({ host: host!, port: Number(port) });
    await proxy.start(0);
    await proxy.stop();
    api = await startTestApi({ TEMPORAL_ADDRESS: `127.0.0.1:${proxy.port}` });
    systemInfoCalls = jest.spyOn(api.temporal.workflowService, 'getSystemInfo');
  });
  afterAll(async () => {
    // /readyz gives up after 2 s but its gRPC call keeps retrying in the background (~20 s); closing the
    // connection under a pending retry throws an uncaught "Channel has been shut down". Let every call finish first.
    if (!proxy.running) await proxy.start();
    await Promise.allSettled(systemInfoCalls.mock.results.map((result) => result.value));
    await api.close();
    await proxy.stop();
  }, 30_000);

  test('/readyz → 503 naming Temporal while PostgreSQL is ok, /healthz still 200, and ready again once Temporal is back', async () => {
    expect(await readyz(api)).toEqual({
      status: 503,
      json: {
        error: { code: 'SERVICE_UNAVAILABLE', message: 'Not ready: Temporal unreachable' },
        checks: { postgres: 'ok', temporal: 'unreachable' },
      },
    });
    expect(await healthz(api)).toEqual({ status: 200, json: { status: 'ok' } });

    await proxy.start();
    // gRPC reconnects with backoff, so allow more than one readiness round.
    expect(await readyzUntil(api, 200, 15_000)).toEqual({ status: 200, json: READY });
  }, 30_000);
});
