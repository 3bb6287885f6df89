import { BlockList, isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Hosts (exact names or addresses) and CIDR ranges the guard lets through. */
export interface AllowList {
  hosts: ReadonlySet<string>;
  ranges: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

/** "localhost, 10.0.0.0/8, ::1" -> an allow list; throws on a malformed CIDR. */
export function parseAllowList(text: string | readonly string[] | undefined): AllowList {
  const items = (typeof text === 'string' ? text.split(',') : (text ?? []))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const hosts = new Set<string>();
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const item of items) {
    if (item.includes('/')) ranges.push(ipaddr.parseCIDR(item));
    else hosts.add(item.replace(/^\[|\]$/g, ''));
  }
  return { hosts, ranges };
}

// ipaddr.js range names that are never a public internet target.
const BLOCKED_RANGES = new Set([
  'unspecified',
  'broadcast',
  'multicast',
  'linkLocal',
  'loopback',
  'private',
  'reserved',
  'carrierGradeNat',
  'uniqueLocal',
  'ipv4Mapped',
  'rfc6145',
  'rfc6052',
  '6to4',
  'teredo',
  'benchmarking',
  'amt',
  'as112',
  'as112v6',
  'orchid2',
  'droneRemoteIdProtocolEntityTags',
  'deprecatedSiteLocal',
  'discard',
]);

// IPv4-compatible ::a.b.c.d (::/96): ipaddr.js reads it as IPv4-mapped, so Node checks the text.
const IPV4_COMPATIBLE = new BlockList();
IPV4_COMPATIBLE.addSubnet('::', 96, 'ipv6');

export class TargetBlockedError extends Error {
  readonly code = 'ETARGETBLOCKED';
}

function normalize(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const parsed = ipaddr.parse(address);
  return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()
    ? (parsed as ipaddr.IPv6).toIPv4Address()
    : parsed;
}

function inRanges(ip: ipaddr.IPv4 | ipaddr.IPv6, allow: AllowList): boolean {
  return allow.ranges.some(
    ([range, bits]) => ip.kind() === range.kind() && ip.match([range, bits] as never),
  );
}

/** Throws TargetBlockedError when the host resolved to an address no push may reach. */
export function assertTargetAllowed(host: string, address: string, allow: AllowList): void {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (allow.hosts.has(name)) return;
  const ip = normalize(address);
  if (allow.hosts.has(ip.toString()) || inRanges(ip, allow)) return;
  let range: string = ip.range();
  let shownIp = ip.toString();
  if (!BLOCKED_RANGES.has(range) && isIP(address) === 6 && IPV4_COMPATIBLE.check(address, 'ipv6')) {
    range = 'ipv4Compatible';
    shownIp = address;
  }
  if (BLOCKED_RANGES.has(range) || range === 'ipv4Compatible') {
    const shown = name === shownIp ? shownIp : `${name} (${shownIp})`;
    throw new TargetBlockedError(
      `Target address ${shown} is ${RANGE_WORDS[range] ?? 'reserved'} and not on ALLOWED_TARGET_HOSTS`,
    );
  }
}

const RANGE_WORDS: Record<string, string> = {
  loopback: 'loopback',
  private: 'private',
  uniqueLocal: 'private',
  carrierGradeNat: 'private (carrier-grade NAT)',
  linkLocal: 'link-local (cloud metadata)',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'broadcast',
  deprecatedSiteLocal: 'site-local',
  discard: 'discard-only',
  ipv4Compatible: 'IPv4-compatible (deprecated)',
};

export function isIpLiteral(host: string): boolean {
  return isIP(host.replace(/^\[|\]$/g, '')) !== 0;
}

/**
 * Whether url lies under one of the prefixes (same scheme, host and port; the path starts with the
 * prefix's path, which should end in /). Compared on the parsed URL, where .. is already resolved;
 * a path holding encoded dots, slashes or backslashes, or a URL with credentials, is never under.
 */
export function underUrlPrefix(url: URL, prefixes: readonly string[]): boolean {
  if (prefixes.length === 0 || url.username || url.password) return false;
  if (/%2e|%2f|%5c/i.test(url.pathname)) return false;
  return prefixes.some((text) => {
    const prefix = new URL(text);
    return url.origin === prefix.origin && url.pathname.startsWith(prefix.pathname);
  });
}
