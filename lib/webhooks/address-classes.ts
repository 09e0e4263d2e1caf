/**
 * Address classes for the SSRF guard: which IP addresses are not public, and which reach a cloud metadata service
 * — directly or embedded in an IPv6 address that carries an IPv4 one (IPv4-mapped, IPv4-compatible, SIIT, NAT64
 * well-known and local-use, 6to4, Teredo). Pure; url-guard.ts resolves names and applies these.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export const CLOUD_METADATA = 'a cloud metadata address';

/**
 * Instance metadata services: AWS, GCP, Azure, OpenStack (169.254.169.254), AWS ECS task metadata (169.254.170.2),
 * Alibaba Cloud (100.100.100.200), Oracle Cloud (192.0.0.192), AWS over IPv6 (fd00:ec2::254).
 */
const METADATA_IPV4 = ['169.254.169.254/32', '169.254.170.2/32', '100.100.100.200/32', '192.0.0.192/32'].map((cidr) => ipaddr.IPv4.parseCIDR(cidr));
const METADATA_IPV6 = [ipaddr.IPv6.parseCIDR('fd00:ec2::254/128')];

// Checked before ipaddr.js's own ranges: special-purpose ranges ipaddr.js 1.x calls unicast.
const EXTRA_IPV4_RANGES = {
  reserved: [ipaddr.IPv4.parseCIDR('198.18.0.0/15')], // benchmarking
};
const EXTRA_IPV6_RANGES = {
  // Matched in order: :: and ::1 first, so the deprecated IPv4-compatible block after them does not swallow them.
  unspecified: [ipaddr.IPv6.parseCIDR('::/128')],
  loopback: [ipaddr.IPv6.parseCIDR('::1/128')],
  reserved: [ipaddr.IPv6.parseCIDR('::/96')],
  rfc8215: [ipaddr.IPv6.parseCIDR('64:ff9b:1::/48')], // NAT64 for local use
  discard: [ipaddr.IPv6.parseCIDR('100::/64')], // discard-only (RFC 6666)
  siteLocal: [ipaddr.IPv6.parseCIDR('fec0::/10')], // deprecated site-local, still routed as private by some networks
};

const RANGE_DESCRIPTIONS: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  uniqueLocal: 'a private address',
  siteLocal: 'a private address',
  linkLocal: 'a link-local address',
  unspecified: 'an unspecified address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  reserved: 'a reserved address',
  discard: 'a discard-only address',
  // These embed or tunnel to an IPv4 address, which could be a private one.
  rfc6145: 'an IPv4 translation address',
  rfc6052: 'an IPv4 translation address',
  rfc8215: 'an IPv4 translation address',
  '6to4': 'an IPv4 translation address',
  teredo: 'an IPv4 translation address',
};

/** Why the address is not public (`CLOUD_METADATA` above all), or undefined when it is public. */
export function nonPublicDescription(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'an invalid address';
  const ip = ipaddr.parse(family === 6 ? canonicalIPv6(address) : address);
  if (reachesCloudMetadata(ip)) return CLOUD_METADATA;
  const range = rangeOf(ip);
  return range === 'unicast' ? undefined : (RANGE_DESCRIPTIONS[range] ?? 'a reserved address');
}

/**
 * The URL parser's spelling of an IPv6 address: ipaddr.js 1.x cannot parse some forms Node accepts (a dotted IPv4
 * tail after `::`, as in `::169.254.169.254`), and an address it cannot classify must not slip through.
 */
function canonicalIPv6(address: string): string {
  const withoutZone = address.split('%')[0]!; // fe80::1%eth0: the zone names an interface, not another address
  return new URL(`http://[${withoutZone}]/`).hostname.slice(1, -1);
}

export function isPublicAddress(address: string): boolean {
  return nonPublicDescription(address) === undefined;
}

function rangeOf(ip: ipaddr.IPv4 | ipaddr.IPv6): string {
  if (ip instanceof ipaddr.IPv4) return ipaddr.subnetMatch(ip, EXTRA_IPV4_RANGES, ip.range());
  if (ip.isIPv4MappedAddress()) return rangeOf(ip.toIPv4Address()); // ::ffff:10.0.0.1 reaches 10.0.0.1
  return ipaddr.subnetMatch(ip, EXTRA_IPV6_RANGES, ip.range());
}

function reachesCloudMetadata(ip: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  if (ip instanceof ipaddr.IPv4) return METADATA_IPV4.some((range) => ip.match(range));
  return METADATA_IPV6.some((range) => ip.match(range)) || embeddedIPv4Addresses(ip).some(reachesCloudMetadata);
}

/** Where RFC 6052 puts the IPv4 address (byte offsets, skipping byte 8) for each NAT64 prefix length. */
const RFC6052_POSITIONS = [
  [4, 5, 6, 7], // /32
  [5, 6, 7, 9], // /40
  [6, 7, 9, 10], // /48
  [7, 9, 10, 11], // /56
  [9, 10, 11, 12], // /64
  [12, 13, 14, 15], // /96
];

const IN = (ip: ipaddr.IPv6, cidr: string) => ip.match(ipaddr.IPv6.parseCIDR(cidr));

/** Every IPv4 address an IPv6 address may lead to through a translation or tunnelling mechanism. */
export function embeddedIPv4Addresses(ip: ipaddr.IPv6): ipaddr.IPv4[] {
  const bytes = ip.toByteArray();
  const at = (offsets: number[]) => new ipaddr.IPv4(offsets.map((offset) => bytes[offset]!));
  const last32 = at([12, 13, 14, 15]);
  // IPv4-mapped, IPv4-compatible, SIIT (RFC 6145) and the NAT64 well-known prefix: the last 32 bits.
  if (IN(ip, '::ffff:0:0/96') || IN(ip, '::/96') || IN(ip, '::ffff:0:0:0/96') || IN(ip, '64:ff9b::/96')) return [last32];
  // NAT64 for local use: an operator picks any RFC 6052 prefix length inside it.
  if (IN(ip, '64:ff9b:1::/48')) return RFC6052_POSITIONS.map(at);
  if (IN(ip, '2002::/16')) return [at([2, 3, 4, 5])]; // 6to4
  // Teredo: the server's address, and the client's, stored inverted.
  if (IN(ip, '2001::/32')) return [at([4, 5, 6, 7]), new ipaddr.IPv4(bytes.slice(12, 16).map((byte) => byte ^ 0xff))];
  return [];
}
