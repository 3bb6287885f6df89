import { describe, expect, it } from 'vitest';
import { assertTargetAllowed, parseAllowList, underUrlPrefix } from './guard.js';
import { guardedLookup } from './guarded-lookup.js';

describe('target guard', () => {
  const none = parseAllowList('');

  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '::1',
    'fe80::1',
    'fd00::1',
    'fd00:ec2::254',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    '0.0.0.0',
    '::',
    '100.64.0.1',
    '255.255.255.255',
    '224.0.0.1',
  ])('refuses %s', (ip) =>
    expect(() => assertTargetAllowed(ip, ip, none)).toThrow(/not on ALLOWED_TARGET_HOSTS/),
  );

  it.each([
    ['fec0::1', 'site-local'],
    ['feff:ffff::1', 'site-local'],
    ['100::1', 'discard-only'],
    ['100::ffff:ffff:ffff:ffff', 'discard-only'],
    ['::7f00:1', 'IPv4-compatible (deprecated)'],
    ['::8.8.8.8', 'IPv4-compatible (deprecated)'],
    ['::a00:1', 'IPv4-compatible (deprecated)'],
    ['::1.2.3.4', 'IPv4-compatible (deprecated)'],
  ])('point 14: refuses %s as %s', (ip, words) => {
    expect(() => assertTargetAllowed(ip, ip, none)).toThrow(
      `is ${words} and not on ALLOWED_TARGET_HOSTS`,
    );
    expect(() => assertTargetAllowed(`[${ip}]`, ip, none)).toThrow(words);
    expect(() => assertTargetAllowed('aaaa.example', ip, none)).toThrow(
      /^Target address aaaa\.example \(/,
    );
  });

  it('point 14: still lets neighbouring public addresses through', () => {
    for (const ip of ['100:0:0:1::1', '2606:4700::1', '::ffff:8.8.8.8'])
      expect(() => assertTargetAllowed(ip, ip, none), ip).not.toThrow();
    expect(() =>
      assertTargetAllowed('::7f00:1', '::7f00:1', parseAllowList('::/96')),
    ).not.toThrow();
  });

  it('names the host and the address it resolved to', () => {
    expect(() => assertTargetAllowed('internal.example', '10.0.0.5', none)).toThrow(
      'Target address internal.example (10.0.0.5) is private and not on ALLOWED_TARGET_HOSTS',
    );
    expect(() => assertTargetAllowed('169.254.169.254', '169.254.169.254', none)).toThrow(
      'Target address 169.254.169.254 is link-local (cloud metadata) and not on ALLOWED_TARGET_HOSTS',
    );
  });

  it('lets public addresses through', () => {
    expect(() => assertTargetAllowed('example.com', '93.184.216.34', none)).not.toThrow();
    expect(() => assertTargetAllowed('example.com', '2606:2800:220:1::1', none)).not.toThrow();
  });

  it('lets listed hosts and CIDRs through', () => {
    const allow = parseAllowList(' Localhost , 10.0.0.0/8, ::1 ');
    expect(() => assertTargetAllowed('localhost', '127.0.0.1', allow)).not.toThrow();
    expect(() => assertTargetAllowed('db.internal', '10.9.9.9', allow)).not.toThrow();
    expect(() => assertTargetAllowed('::1', '::1', allow)).not.toThrow();
    expect(() => assertTargetAllowed('[::1]', '::1', allow)).not.toThrow();
    expect(() => assertTargetAllowed('127.0.0.1', '127.0.0.1', allow)).toThrow();
    expect(() => assertTargetAllowed('db.internal', '192.168.0.1', allow)).toThrow();
  });
});

describe('allow list parsing', () => {
  it('reads comma-separated hosts and CIDRs, lower-cased and trimmed, empty items skipped', () => {
    const allow = parseAllowList(' API.internal ,, 10.0.0.0/8 , [::1], fd00::/8 ');
    expect([...allow.hosts]).toEqual(['api.internal', '::1']);
    expect(allow.ranges.map(([ip, bits]) => `${ip.toString()}/${bits}`)).toEqual([
      '10.0.0.0/8',
      'fd00::/8',
    ]);
  });

  it('takes a list as well as text, and nothing as empty', () => {
    expect([...parseAllowList(['a.example', 'b.example']).hosts]).toEqual([
      'a.example',
      'b.example',
    ]);
    expect(parseAllowList(undefined)).toEqual({ hosts: new Set(), ranges: [] });
    expect(parseAllowList('')).toEqual({ hosts: new Set(), ranges: [] });
  });

  it('refuses a malformed CIDR', () => {
    expect(() => parseAllowList('10.0.0.0/99')).toThrow();
    expect(() => parseAllowList('not-an-ip/8')).toThrow();
  });
});

describe('guarded DNS lookup', () => {
  const fakeDns =
    (addresses: string[]) =>
    (_host: string, _o: unknown, cb: (e: null, a: { address: string; family: number }[]) => void) =>
      cb(
        null,
        addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      );

  const lookup = (addresses: string[], allow = '', all = false) =>
    new Promise<unknown>((resolve, reject) =>
      guardedLookup(parseAllowList(allow), fakeDns(addresses))(
        'internal.example',
        { all },
        (error, address) => (error ? reject(error) : resolve(address)),
      ),
    );

  it('refuses a name that resolves to a private address, even when another is public', async () => {
    await expect(lookup(['10.0.0.5'])).rejects.toThrow(
      'Target address internal.example (10.0.0.5) is private and not on ALLOWED_TARGET_HOSTS',
    );
    await expect(lookup(['93.184.216.34', '169.254.169.254'])).rejects.toThrow(/link-local/);
  });

  it('passes public addresses and allowed names on', async () => {
    await expect(lookup(['93.184.216.34'])).resolves.toBe('93.184.216.34');
    await expect(lookup(['10.0.0.5'], 'internal.example')).resolves.toBe('10.0.0.5');
    await expect(lookup(['10.0.0.5'], '10.0.0.0/24', true)).resolves.toEqual([
      { address: '10.0.0.5', family: 4 },
    ]);
  });
});

describe('allowed URL prefixes (point 1: the demo echo on the product itself)', () => {
  const prefixes = ['http://127.0.0.1:4000/demo/', 'http://localhost:4000/demo/'];
  const under = (url: string) => underUrlPrefix(new URL(url), prefixes);

  it('lets the prefix and what lies below it through', () => {
    expect(under('http://127.0.0.1:4000/demo/echo')).toBe(true);
    expect(under('http://LOCALHOST:4000/demo/echo/staff?x=1')).toBe(true);
    expect(under('http://127.0.0.1:4000/demo/x/../echo')).toBe(true);
  });

  it.each([
    'http://127.0.0.1:4000/metrics',
    'http://127.0.0.1:4000/demo',
    'http://127.0.0.1:4000/demox/echo',
    'http://127.0.0.1:4000/demo/../metrics',
    'http://127.0.0.1:4000/demo/%2e%2e/metrics',
    'http://127.0.0.1:4000/demo/.%2E/metrics',
    'http://127.0.0.1:4000/demo/echo/..%2f..%2fmetrics',
    'http://127.0.0.1:4000/demo/echo/..%5C..%5Cmetrics',
    'http://127.0.0.1:4000/demo\\..\\metrics',
    'http://127.0.0.1:4001/demo/echo',
    'https://127.0.0.1:4000/demo/echo',
    'http://[::1]:4000/demo/echo',
    'http://user:pw@127.0.0.1:4000/demo/echo',
  ])('refuses %s', (url) => expect(under(url)).toBe(false));

  it('lets nothing through without prefixes', () => {
    expect(underUrlPrefix(new URL('http://127.0.0.1:4000/demo/echo'), [])).toBe(false);
  });
});
