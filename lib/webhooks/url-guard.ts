/**
 * SSRF guard for webhook URLs: a webhook must not let an API caller make this server send requests into its own
 * network. Run it when an endpoint is created and again before every delivery (the DNS answer may have changed),
 * then connect with `pinnedLookup` so the request goes to the addresses that were checked.
 */
import { lookup as systemLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { CLOUD_METADATA, nonPublicDescription } from './address-classes';

/** `retryable`: only a name that did not resolve may resolve later; every other refusal is final. */
export type UrlRefusal = { ok: false; reason: string; retryable: boolean };
export type UrlCheck = { ok: true; url: URL; addresses: string[] } | UrlRefusal;

const METADATA_HOSTNAMES = new Set(['metadata.google.internal']);

/**
 * Only http(s); resolve the host (dns.lookup with all: true); refuse every non-public address class of
 * address-classes.ts (loopback, private, link-local, CGNAT, translation and tunnelling forms, reserved, …) unless
 * allowPrivate — which never admits cloud metadata, in any IPv4 spelling (decimal, octal, hex: the URL parser
 * normalises them) or IPv6 embedding. Every resolved address must pass. URLs with credentials (user:pass@) are refused.
 */
export async function checkWebhookUrl(
  raw: string,
  options: { allowPrivate: boolean; lookup?: (host: string) => Promise<string[]> },
): Promise<UrlCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('the URL is not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('only http and https URLs are allowed');
  if (url.username || url.password) return refuse('URLs with credentials (user:password@) are not allowed');

  const host = url.hostname.replace(/^\[(.*)\]$/, '$1'); // IPv6 literals keep their brackets in URL.hostname
  // Even with private targets allowed, the metadata service is never a webhook receiver, only a credential leak.
  if (METADATA_HOSTNAMES.has(host.replace(/\.$/, ''))) return refuse(`the host is ${CLOUD_METADATA}`);

  const addresses = isIP(host) ? [host] : await resolve(host, options.lookup ?? lookupAll);
  if (addresses.length === 0) return { ok: false, reason: 'the host could not be resolved', retryable: true };
  for (const address of addresses) {
    const description = nonPublicDescription(address);
    if (description && (description === CLOUD_METADATA || !options.allowPrivate)) {
      return refuse(`the host resolves to ${description} (${address})`);
    }
  }
  return { ok: true, url, addresses };
}

/**
 * A `lookup` for http.request / https.request that answers with the addresses `checkWebhookUrl` approved, so the
 * connection cannot be steered elsewhere by a DNS answer that changed after the check. TLS still verifies the
 * certificate against the URL's host name.
 */
export function pinnedLookup(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) }));
  const [first] = entries;
  if (!first) throw new Error('pinnedLookup needs at least one checked address');
  return (_hostname, options, callback) => {
    if (options.all) callback(null, entries);
    else callback(null, first.address, first.family);
  };
}

async function resolve(host: string, lookup: (host: string) => Promise<string[]>): Promise<string[]> {
  try {
    return await lookup(host);
  } catch {
    return [];
  }
}

async function lookupAll(host: string): Promise<string[]> {
  const results = await systemLookup(host, { all: true, verbatim: true });
  return results.map((result) => result.address);
}

function refuse(reason: string): UrlRefusal {
  return { ok: false, reason, retryable: false };
}
