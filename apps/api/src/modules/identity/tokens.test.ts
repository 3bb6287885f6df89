import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { issueToken, TokenReader } from './tokens.js';

const secret = new TextEncoder().encode('a-test-secret-a-test-secret-0123');
const other = new TextEncoder().encode('another-secret-another-secret-99');
const claims = { userId: 'u1', organizationId: 'o1' };

describe('TokenReader', () => {
  it('reads a token it issued, again from its cache', async () => {
    const reader = new TokenReader(secret);
    const token = await issueToken(secret, claims);
    expect(await reader.read(token)).toEqual(claims);
    expect(await reader.read(token)).toEqual(claims);
  });

  it('rejects forged, malformed and expired tokens, cached or not', async () => {
    const reader = new TokenReader(secret);
    expect(await reader.read(await issueToken(other, claims))).toBeNull();
    expect(await reader.read('not.a.token')).toBeNull();
    const soon = await new SignJWT({ org: 'o1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setExpirationTime(Math.floor(Date.now() / 1000) + 1)
      .sign(secret);
    expect(await reader.read(soon)).toEqual(claims);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await reader.read(soon)).toBeNull();
  });
});
