/**
 * Helpers for browser tests: Debian's Chromium driven by playwright-core on a phone-sized screen, and a front door
 * (a plain TCP forwarder, like the reverse proxy of a deployment) whose address is the API's PUBLIC_BASE_URL, so the
 * browser follows the very URLs the API hands out (magic links, link pages, their 303 redirects) on one origin.
 */
import { existsSync } from 'node:fs';
import net from 'node:net';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A phone: 390×844 CSS pixels (an iPhone 12–14), touch, twice the pixels for sharp screenshots. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: the browser tests need it. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface FrontDoor {
  /** `http://127.0.0.1:<port>`: pass it as PUBLIC_BASE_URL. */
  url: string;
  /** Where connections go from now on, e.g. the test API's baseUrl. */
  forwardTo(baseUrl: string): void;
  close(): Promise<void>;
}

/** Listens first, so its address can configure the API before the API (on an ephemeral port) exists. */
export async function startFrontDoor(): Promise<FrontDoor> {
  let target: number | null = null;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server = net.createServer((client) => {
    track(client);
    if (target === null) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target, '127.0.0.1');
    track(upstream);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwardTo: (baseUrl) => {
      target = Number(new URL(baseUrl).port);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
