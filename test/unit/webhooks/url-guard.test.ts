/** SSRF guard for webhook URLs: schemes, credentials, every non-public address range, resolution, and pinned connections. */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkWebhookUrl, pinnedLookup } from '../../../lib/webhooks/url-guard';

const PUBLIC_V4 = '93.184.216.34';
const PUBLIC_V6 = '2606:2800:220:1:248:1893:25c8:1946';

/** An injected resolver, so no test depends on real DNS (except `localhost`). */
const resolvesTo = (...addresses: string[]) => jest.fn((_host: string) => Promise.resolve(addresses));
const denyPrivate = (lookup: (host: string) => Promise<string[]>) => ({ allowPrivate: false, lookup });

describe('refused when private targets are not allowed', () => {
  test.each([
    ['http://127.0.0.1', 'the host resolves to a loopback address (127.0.0.1)'],
    ['http://169.254.169.254/latest/meta-data', 'the host resolves to a cloud metadata address (169.254.169.254)'],
    ['http://10.0.0.1', 'the host resolves to a private address (10.0.0.1)'],
    ['http://192.168.1.1', 'the host resolves to a private address (192.168.1.1)'],
    ['http://172.16.0.1', 'the host resolves to a private address (172.16.0.1)'],
    ['http://[::1]', 'the host resolves to a loopback address (::1)'],
    ['http://[::ffff:127.0.0.1]', 'the host resolves to a loopback address (::ffff:7f00:1)'],
    ['http://[::ffff:10.0.0.1]/hook', 'the host resolves to a private address (::ffff:a00:1)'],
    ['http://0.0.0.0', 'the host resolves to an unspecified address (0.0.0.0)'],
    ['http://[::]', 'the host resolves to an unspecified address (::)'],
    ['http://100.64.0.1', 'the host resolves to a carrier-grade NAT address (100.64.0.1)'],
    ['http://169.254.1.1', 'the host resolves to a link-local address (169.254.1.1)'],
    ['http://[fe80::1]', 'the host resolves to a link-local address (fe80::1)'],
    ['http://[fc00::1]', 'the host resolves to a private address (fc00::1)'],
    ['http://[fd00:ec2::254]', 'the host resolves to a cloud metadata address (fd00:ec2::254)'],
    ['http://224.0.0.1', 'the host resolves to a multicast address (224.0.0.1)'],
    ['http://[ff02::1]', 'the host resolves to a multicast address (ff02::1)'],
    ['http://255.255.255.255', 'the host resolves to a broadcast address (255.255.255.255)'],
    ['http://192.0.2.1', 'the host resolves to a reserved address (192.0.2.1)'],
    ['http://198.18.0.1', 'the host resolves to a reserved address (198.18.0.1)'],
    ['http://[::7f00:1]', 'the host resolves to a reserved address (::7f00:1)'],
    ['http://[64:ff9b::a00:1]', 'the host resolves to an IPv4 translation address (64:ff9b::a00:1)'],
    ['http://[64:ff9b:1::a00:1]', 'the host resolves to an IPv4 translation address (64:ff9b:1::a00:1)'],
    ['http://[100::1]', 'the host resolves to a discard-only address (100::1)'],
    ['http://[fec0::1]', 'the host resolves to a private address (fec0::1)'],
    ['http://2130706433/', 'the host resolves to a loopback address (127.0.0.1)'], // WHATWG URL normalises numeric hosts
    ['file:///etc/passwd', 'only http and https URLs are allowed'],
    ['gopher://example.com', 'only http and https URLs are allowed'],
    ['ftp://example.com', 'only http and https URLs are allowed'],
    ['http://user:pass@example.com', 'URLs with credentials (user:password@) are not allowed'],
    ['https://token@example.com', 'URLs with credentials (user:password@) are not allowed'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'the host is a cloud metadata address'],
    ['not a url', 'the URL is not a valid absolute URL'],
  ])('%s → %j, without a DNS lookup', async (url, reason) => {
    const lookup = resolvesTo(PUBLIC_V4);
    await expect(checkWebhookUrl(url, { allowPrivate: false, lookup })).resolves.toEqual({ ok: false, reason, retryable: false });
    expect(lookup).not.toHaveBeenCalled();
  });

  test('http://localhost resolves (real DNS) to loopback', async () => {
    const check = await checkWebhookUrl('http://localhost', { allowPrivate: false });
    expect(check.ok).toBe(false);
    expect(check.ok === false && check.reason).toMatch(/^the host resolves to a loopback address \((127\.0\.0\.1|::1)\)$/);
  });

  test('a hostname resolving to loopback', async () => {
    const lookup = resolvesTo('127.0.0.1');
    await expect(checkWebhookUrl('https://hooks.example.com/in', denyPrivate(lookup))).resolves.toEqual({
      ok: false,
      reason: 'the host resolves to a loopback address (127.0.0.1)',
      retryable: false,
    });
    expect(lookup).toHaveBeenCalledWith('hooks.example.com');
  });

  test('a hostname resolving to one public and one private address: every address must be public', async () => {
    await expect(checkWebhookUrl('https://hooks.example.com/in', denyPrivate(resolvesTo(PUBLIC_V4, '10.1.2.3')))).resolves.toEqual({
      ok: false,
      reason: 'the host resolves to a private address (10.1.2.3)',
      retryable: false,
    });
  });

  test.each([
    ['ENOTFOUND', () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.example'), { code: 'ENOTFOUND' }))],
    ['no addresses', () => Promise.resolve([])],
  ])('an unresolvable host (%s) is refused, for now: it may resolve later', async (_case, lookup) => {
    await expect(checkWebhookUrl('https://nowhere.example/hook', { allowPrivate: false, lookup })).resolves.toEqual({
      ok: false,
      reason: 'the host could not be resolved',
      retryable: true,
    });
  });
});

describe('allowed', () => {
  test('a public IP literal, without a DNS lookup', async () => {
    const lookup = resolvesTo('127.0.0.1');
    await expect(checkWebhookUrl(`https://${PUBLIC_V4}/hook`, denyPrivate(lookup))).resolves.toEqual({
      ok: true,
      url: new URL(`https://${PUBLIC_V4}/hook`),
      addresses: [PUBLIC_V4],
    });
    expect(lookup).not.toHaveBeenCalled();
  });

  test('a hostname whose addresses are all public, returning every address for pinning', async () => {
    await expect(checkWebhookUrl('https://hooks.example.com/in?x=1', denyPrivate(resolvesTo(PUBLIC_V4, PUBLIC_V6)))).resolves.toEqual({
      ok: true,
      url: new URL('https://hooks.example.com/in?x=1'),
      addresses: [PUBLIC_V4, PUBLIC_V6],
    });
  });

  test('with allowPrivate, a hostname resolving to metadata through IPv4-mapped IPv6 is still refused', async () => {
    await expect(checkWebhookUrl('http://receiver/hook', { allowPrivate: true, lookup: resolvesTo('172.18.0.5', '::ffff:169.254.169.254') })).resolves.toEqual({
      ok: false,
      reason: 'the host resolves to a cloud metadata address (::ffff:169.254.169.254)',
      retryable: false,
    });
  });

  test('with allowPrivate, a loopback URL and a hostname resolving to private addresses are allowed', async () => {
    await expect(checkWebhookUrl('http://127.0.0.1:8080/hook', { allowPrivate: true })).resolves.toEqual({
      ok: true,
      url: new URL('http://127.0.0.1:8080/hook'),
      addresses: ['127.0.0.1'],
    });
    await expect(checkWebhookUrl('http://receiver:3000/hook', { allowPrivate: true, lookup: resolvesTo('172.18.0.5') })).resolves.toEqual({
      ok: true,
      url: new URL('http://receiver:3000/hook'),
      addresses: ['172.18.0.5'],
    });
  });

  test.each([
    ['file:///etc/passwd', 'only http and https URLs are allowed'],
    ['http://user:pass@127.0.0.1:8080/hook', 'URLs with credentials (user:password@) are not allowed'],
    ['http://169.254.169.254/latest/meta-data', 'the host resolves to a cloud metadata address (169.254.169.254)'],
    ['http://metadata.google.internal./', 'the host is a cloud metadata address'],
    // Cloud metadata in every spelling the URL parser normalises, and in every IPv6 embedding.
    ['http://2852039166/latest', 'the host resolves to a cloud metadata address (169.254.169.254)'],
    ['http://0xa9fea9fe/', 'the host resolves to a cloud metadata address (169.254.169.254)'],
    ['http://0xa9.0xfe.0xa9.0xfe/', 'the host resolves to a cloud metadata address (169.254.169.254)'],
    ['http://0251.0376.0251.0376/', 'the host resolves to a cloud metadata address (169.254.169.254)'],
    ['http://169.254.43518/', 'the host resolves to a cloud metadata address (169.254.169.254)'],
    ['http://169.254.169.254./', 'the host resolves to a cloud metadata address (169.254.169.254)'],
    ['http://[::ffff:169.254.169.254]/', 'the host resolves to a cloud metadata address (::ffff:a9fe:a9fe)'],
    ['http://[::a9fe:a9fe]/', 'the host resolves to a cloud metadata address (::a9fe:a9fe)'],
    ['http://[::ffff:0:a9fe:a9fe]/', 'the host resolves to a cloud metadata address (::ffff:0:a9fe:a9fe)'],
    ['http://[64:ff9b::a9fe:a9fe]/', 'the host resolves to a cloud metadata address (64:ff9b::a9fe:a9fe)'],
    ['http://[64:ff9b:1::a9fe:a9fe]/', 'the host resolves to a cloud metadata address (64:ff9b:1::a9fe:a9fe)'],
    ['http://[64:ff9b:1:a9fe:a9:fe00::]/', 'the host resolves to a cloud metadata address (64:ff9b:1:a9fe:a9:fe00::)'],
    ['http://[2002:a9fe:a9fe::1]/', 'the host resolves to a cloud metadata address (2002:a9fe:a9fe::1)'],
    ['http://[2001:0:4136:e378:8000:63bf:5601:5601]/', 'the host resolves to a cloud metadata address (2001:0:4136:e378:8000:63bf:5601:5601)'],
    ['http://100.100.100.200/latest/meta-data', 'the host resolves to a cloud metadata address (100.100.100.200)'],
    ['http://[fd00:ec2::254]/', 'the host resolves to a cloud metadata address (fd00:ec2::254)'],
  ])('allowPrivate still refuses %s', async (url, reason) => {
    await expect(checkWebhookUrl(url, { allowPrivate: true, lookup: resolvesTo(PUBLIC_V4) })).resolves.toEqual({ ok: false, reason, retryable: false });
  });
});

describe('pinnedLookup', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((req, res) => res.end(`host=${req.headers.host}`));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('http.request connects to the checked address, whatever the host name would resolve to', async () => {
    const check = await checkWebhookUrl(`http://receiver.invalid:${port}/hook`, { allowPrivate: true, lookup: resolvesTo('127.0.0.1') });
    if (!check.ok) throw new Error(check.reason);
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(check.url, { method: 'POST', lookup: pinnedLookup(check.addresses) }, (res) => {
        res.setEncoding('utf8');
        let text = '';
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end();
    });
    expect(body).toBe(`host=receiver.invalid:${port}`);
  });

  test('answers both single and all-addresses lookups with the pinned addresses', () => {
    const lookup = pinnedLookup([PUBLIC_V6, PUBLIC_V4]);
    const single = jest.fn();
    const all = jest.fn();
    lookup('hooks.example.com', {}, single);
    lookup('hooks.example.com', { all: true }, all);
    expect(single).toHaveBeenCalledWith(null, PUBLIC_V6, 6);
    expect(all).toHaveBeenCalledWith(null, [
      { address: PUBLIC_V6, family: 6 },
      { address: PUBLIC_V4, family: 4 },
    ]);
  });

  test('refuses to pin nothing', () => {
    expect(() => pinnedLookup([])).toThrow(new Error('pinnedLookup needs at least one checked address'));
  });
});
