/** SSRF address classes (lib/webhooks/address-classes.ts): what is public, and what reaches a metadata service. */
import ipaddr from 'ipaddr.js';
import { CLOUD_METADATA, embeddedIPv4Addresses, isPublicAddress, nonPublicDescription } from '../../../lib/webhooks/address-classes';

describe('isPublicAddress', () => {
  test.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '8.8.8.8', '::ffff:8.8.8.8', '2606:4700:4700::1111', '100.128.0.1', '172.32.0.1', '101::1'])(
    '%s is public',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  test.each(['127.0.0.2', 'fe80::1%eth0', '::ffff:192.168.0.1', '::ffff:169.254.169.254', 'fd12:3456::1', '0.1.2.3', 'example.com', '127.1', '', '64:ff9b:1::8.8.8.8', '100::abcd', 'fec0::1'])(
    '%j is not public',
    (address) => {
      expect(isPublicAddress(address)).toBe(false);
    },
  );
});

describe('cloud metadata, directly or embedded', () => {
  test.each([
    '169.254.169.254',
    '169.254.170.2',
    '100.100.100.200',
    '192.0.0.192',
    'fd00:ec2::254',
    '::ffff:169.254.169.254',
    '::169.254.169.254',
    '::ffff:0:169.254.169.254',
    '64:ff9b::169.254.169.254',
    '64:ff9b:1::169.254.169.254',
    '64:ff9b:1:a9fe:a9:fe00::',
    '2002:a9fe:a9fe::',
    '2001:0:a9fe:a9fe::1',
    '2001:0:4136:e378:8000:63bf:5601:5601',
  ])('%s', (address) => {
    expect(nonPublicDescription(address)).toBe(CLOUD_METADATA);
  });

  test.each(['169.254.169.253', '64:ff9b::a9fe:a9fd', '2002:a9fe:a9fd::'])('%s is a neighbour, not metadata', (address) => {
    expect(nonPublicDescription(address)).not.toBe(CLOUD_METADATA);
  });
});

describe('embeddedIPv4Addresses', () => {
  const embedded = (address: string) => embeddedIPv4Addresses(ipaddr.IPv6.parse(address)).map(String);

  test.each([
    ['::ffff:10.1.2.3', ['10.1.2.3']],
    ['::a01:203', ['10.1.2.3']],
    ['::ffff:0:a01:203', ['10.1.2.3']],
    ['64:ff9b::a01:203', ['10.1.2.3']],
    ['2002:a01:203::1', ['10.1.2.3']],
    ['2001:0:a01:203::f5fe:fdfc', ['10.1.2.3', '10.1.2.3']],
    ['2606:4700::1', []],
  ])('%s → %j', (address, expected) => {
    expect(embedded(address)).toEqual(expected);
  });

  test('NAT64 for local use: the IPv4 address at every RFC 6052 prefix length', () => {
    expect(embedded('64:ff9b:1:a01:2:300::')).toContain('10.1.2.3'); // /48: bytes 6, 7, 9, 10
    expect(embedded('64:ff9b:1::a01:203')).toContain('10.1.2.3'); // /96
  });
});
