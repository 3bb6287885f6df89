import { describe, expect, it } from 'vitest';
import { assertTargetAllowed, parseAllowList } from './guard.js';

describe('target guard', () => {
  const none = parseAllowList('');
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '::1',
    'fd00::1',
    '::ffff:10.0.0.1',
    '0.0.0.0',
    '100.64.0.1',
  ])('refuses %s', (ip) =>
    expect(() => assertTargetAllowed(ip, ip, none)).toThrow(/not on ALLOWED_TARGET_HOSTS/),
  );

  it('names the host and the address it resolved to', () => {
    expect(() => assertTargetAllowed('internal.example', '10.0.0.5', none)).toThrow(
      'Target address internal.example (10.0.0.5) is private or reserved and not on ALLOWED_TARGET_HOSTS',
    );
    expect(() => assertTargetAllowed('169.254.169.254', '169.254.169.254', none)).toThrow(
      /link-local \(cloud metadata\)/,
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
    expect(() => assertTargetAllowed('127.0.0.1', '127.0.0.1', allow)).toThrow();
  });

  it('refuses a malformed CIDR', () => {
    expect(() => parseAllowList('10.0.0.0/99')).toThrow();
  });
});
