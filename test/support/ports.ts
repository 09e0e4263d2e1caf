import { readFileSync } from 'node:fs';
import net from 'node:net';

/**
 * Ports are taken below the kernel's ephemeral range: a port in that range, left free while its server restarts, can
 * be taken meanwhile as the local end of any outgoing connection on the machine (a CI run saw a restarted Temporal's
 * UI fail with "address already in use" that way). Below it, only a server that asks for the port by number can.
 */
const LOWEST = 10_000;

function ephemeralRangeStart(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low && low > LOWEST + 1_000) return low;
  } catch {
    // Not Linux: IANA's dynamic range starts at 49152.
  }
  return 49_152;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A TCP port free on 127.0.0.1 right now, outside the ephemeral range (the caller binds it soon after). */
export async function freePort(): Promise<number> {
  const end = ephemeralRangeStart();
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = LOWEST + Math.floor(Math.random() * (end - LOWEST));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port found between ${LOWEST} and ${end} on 127.0.0.1 after 100 tries`);
}
