import { jwtVerify, SignJWT } from 'jose';

export interface TokenClaims {
  userId: string;
  organizationId: string;
}

const TTL = '30d';
/** A verified token is trusted again without a signature check for this long (or until it expires). */
const VERIFIED_FOR_MS = 5 * 60_000;
const VERIFIED_MAX = 10_000;

export async function issueToken(secret: Uint8Array, claims: TokenClaims): Promise<string> {
  return new SignJWT({ org: claims.organizationId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(TTL)
    .sign(secret);
}

/** Reads bearer tokens; a token seen before skips the signature check until it expires. */
export class TokenReader {
  private readonly verified = new Map<string, { claims: TokenClaims; until: number }>();

  constructor(private readonly secret: Uint8Array) {}

  /** null when the token is malformed, forged or expired. */
  async read(token: string): Promise<TokenClaims | null> {
    const hit = this.verified.get(token);
    if (hit && hit.until > Date.now()) return hit.claims;
    if (hit) this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, this.secret, { algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.org !== 'string') return null;
      const claims = { userId: payload.sub, organizationId: payload.org };
      const expiresAt = (payload.exp ?? 0) * 1000;
      if (this.verified.size >= VERIFIED_MAX) this.verified.clear();
      this.verified.set(token, {
        claims,
        until: Math.min(expiresAt, Date.now() + VERIFIED_FOR_MS),
      });
      return claims;
    } catch {
      return null;
    }
  }
}
