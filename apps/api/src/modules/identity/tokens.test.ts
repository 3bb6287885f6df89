import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { issueToken, TokenReader, TOKEN_TTL_SECONDS } from './tokens.js';

const secret = new TextEncoder().encode('a-test-secret-a-test-secret-0123');
const other = new TextEncoder().encode('another-secret-another-secret-99');
const claims = { userId: 'u1', organizationId: 'o1' };

describe('TokenReader', () => {
  it('reads a token it issued, again from its cache, with its millisecond issue time', async () => {
    const reader = new TokenReader(secret);
    const at = Date.now();
    const token = await issueToken(secret, claims, at);
    expect(await reader.read(token)).toEqual({ ...claims, issuedAtMs: at });
    expect(await reader.read(token)).toEqual({ ...claims, issuedAtMs: at });
  });

  it('rejects forged, malformed and expired tokens, cached or not', async () => {
    const reader = new TokenReader(secret);
    expect(await reader.read(await issueToken(other, claims))).toBeNull();
    expect(await reader.read('not.a.token')).toBeNull();
    const now = Math.floor(Date.now() / 1000);
    const soon = await new SignJWT({ org: 'o1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuedAt(now)
      .setExpirationTime(now + 1)
      .sign(secret);
    expect(await reader.read(soon)).toEqual({ ...claims, issuedAtMs: now * 1000 });
    await new Promise((r) => setTimeout(r, 1100));
    expect(await reader.read(soon)).toBeNull();
  });

  it('ends a 30-day token from before 12 hours after its issue', async () => {
    const reader = new TokenReader(secret);
    const issued = Math.floor(Date.now() / 1000) - TOKEN_TTL_SECONDS - 60;
    const old = await new SignJWT({ org: 'o1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuedAt(issued)
      .setExpirationTime(issued + 30 * 86_400)
      .sign(secret);
    expect(await reader.read(old)).toBeNull();
  });
});
