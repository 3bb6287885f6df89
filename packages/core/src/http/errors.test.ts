import { describe, expect, it } from 'vitest';
import { HttpError, toHttpError } from './errors.js';
import { TargetBlockedError } from './guard.js';

const url = new URL('https://api.example:8443/in');
const map = (error: unknown) => toHttpError(error, url, 5000, 10_000);
const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('HTTP errors in words', () => {
  it.each([
    [coded('ECONNREFUSED'), 'network', 'Connection refused by api.example:8443'],
    [coded('ENOTFOUND'), 'network', 'Host not found: api.example:8443'],
    [coded('UND_ERR_SOCKET'), 'network', 'Connection closed by api.example:8443'],
    [
      coded('UND_ERR_HEADERS_TIMEOUT'),
      'timeout',
      'No response from api.example:8443 within 5000 ms',
    ],
    [coded('UND_ERR_BODY_TIMEOUT'), 'timeout', 'No response from api.example:8443 within 5000 ms'],
    [
      coded('UND_ERR_CONNECT_TIMEOUT'),
      'timeout',
      'No connection to api.example:8443 within 10000 ms',
    ],
    [
      coded('UND_ERR_INVALID_ARG', 'invalid header'),
      'invalid',
      'The request to api.example:8443 cannot be sent: invalid header',
    ],
    [coded('EWHATEVER', 'odd'), 'network', 'Request to api.example:8443 failed: odd'],
  ] as const)('%s -> %s', (error, kind, message) => {
    expect(map(error)).toMatchObject({ kind, message });
  });

  it('finds a refused target inside the cause and keeps HttpErrors as they are', () => {
    const blocked = new TargetBlockedError(
      'Target address 10.0.0.1 is private and not on ALLOWED_TARGET_HOSTS',
    );
    expect(map(Object.assign(new Error('fetch failed'), { cause: blocked }))).toMatchObject({
      kind: 'blocked',
      message: blocked.message,
    });
    const same = new HttpError('invalid', 'x');
    expect(map(same)).toBe(same);
  });
});
