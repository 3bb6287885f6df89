import { jwtVerify, SignJWT } from 'jose';

export interface TokenClaims {
  userId: string;
  organizationId: string;
}

const TTL = '30d';

export async function issueToken(secret: Uint8Array, claims: TokenClaims): Promise<string> {
  return new SignJWT({ org: claims.organizationId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(TTL)
    .sign(secret);
}

/** null when the token is malformed, forged or expired. */
export async function readToken(secret: Uint8Array, token: string): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || typeof payload.org !== 'string') return null;
    return { userId: payload.sub, organizationId: payload.org };
  } catch {
    return null;
  }
}
