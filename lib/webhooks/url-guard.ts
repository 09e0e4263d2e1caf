/**
 * SSRF guard for webhook URLs: a webhook must not let an API caller make this server send requests into its own
 * network. Run it when an endpoint is created and again before every delivery (the DNS answer may have changed),
 * then connect with `pinnedLookup` so the request goes to the addresses that were checked.
 */
import { lookup as systemLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export type UrlRefusal = { ok: false; reason: string };
export type UrlCheck = { ok: true; url: URL; addresses: string[] } | UrlRefusal;

const CLOUD_METADATA = 'a cloud metadata address';
const METADATA_HOSTNAMES = new Set(['metadata.google.internal']);

// Checked before ipaddr.js's own ranges: the metadata services, and special-purpose ranges ipaddr.js 1.x calls unicast.
const EXTRA_IPV4_RANGES = {
  cloudMetadata: [ipaddr.IPv4.parseCIDR('169.254.169.254/32')],
  reserved: [ipaddr.IPv4.parseCIDR('198.18.0.0/15')], // benchmarking
};
const EXTRA_IPV6_RANGES = {
  cloudMetadata: [ipaddr.IPv6.parseCIDR('fd00:ec2::254/128')],
  // Matched in order: :: and ::1 first, so the deprecated IPv4-compatible block after them does not swallow them.
  unspecified: [ipaddr.IPv6.parseCIDR('::/128')],
  loopback: [ipaddr.IPv6.parseCIDR('::1/128')],
  reserved: [ipaddr.IPv6.parseCIDR('::/96')],
};

const RANGE_DESCRIPTIONS: Record<string, string> = {
  cloudMetadata: CLOUD_METADATA,
  loopback: 'a loopback address',
  private: 'a private address',
  uniqueLocal: 'a private address',
  linkLocal: 'a link-local address',
  unspecified: 'an unspecified address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  reserved: 'a reserved address',
  // These embed or tunnel to an IPv4 address, which could be a private one.
  rfc6145: 'an IPv4 translation address',
  rfc6052: 'an IPv4 translation address',
  '6to4': 'an IPv4 translation address',
  teredo: 'an IPv4 translation address',
};

/**
 * Only http(s); resolve the host (dns.lookup with all: true); refuse loopback, private (RFC 1918, fc00::/7),
 * link-local (169.254/16, fe80::/10), cloud metadata (169.254.169.254, fd00:ec2::254, metadata.google.internal),
 * unspecified (0.0.0.0, ::), CGNAT 100.64/10, multicast/broadcast/reserved, IPv4-mapped IPv6 of those — unless
 * allowPrivate, which never admits cloud metadata. Every resolved address must be public. URLs with credentials
 * (user:pass@) are refused.
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
  if (addresses.length === 0) return refuse('the host could not be resolved');
  for (const address of addresses) {
    const description = nonPublicDescription(address);
    if (description && (description === CLOUD_METADATA || !options.allowPrivate)) {
      return refuse(`the host resolves to ${description} (${address})`);
    }
  }
  return { ok: true, url, addresses };
}

export function isPublicAddress(address: string): boolean {
  return nonPublicDescription(address) === undefined;
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

/** Why the address is not public, or undefined when it is. */
function nonPublicDescription(address: string): string | undefined {
  if (isIP(address) === 0) return 'an invalid address';
  const range = rangeOf(ipaddr.parse(address));
  return range === 'unicast' ? undefined : (RANGE_DESCRIPTIONS[range] ?? 'a reserved address');
}

function rangeOf(ip: ipaddr.IPv4 | ipaddr.IPv6): string {
  if (ip instanceof ipaddr.IPv4) return ipaddr.subnetMatch(ip, EXTRA_IPV4_RANGES, ip.range());
  if (ip.isIPv4MappedAddress()) return rangeOf(ip.toIPv4Address()); // ::ffff:10.0.0.1 reaches 10.0.0.1
  return ipaddr.subnetMatch(ip, EXTRA_IPV6_RANGES, ip.range());
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
  return { ok: false, reason };
}
