import { jwtVerify, SignJWT } from 'jose';

export interface TokenClaims {
  userId: string;
  organizationId: string;
  /** When the token was issued, in milliseconds (sessions ended at or after it refuse it). */
  issuedAtMs: number;
}

/** Access tokens live 12 hours. */
export const TOKEN_TTL_SECONDS = 12 * 3600;
/** A verified token is trusted again without a signature check for this long (or until it expires). */
const VERIFIED_FOR_MS = 5 * 60_000;
const VERIFIED_MAX = 10_000;

/**
 * Signs a token for the user. `issuedAtMs` goes in the `ims` claim: JWT's `iat` has whole seconds,
 * too coarse to tell a token issued just before a sign-out from one issued just after.
 */
export async function issueToken(
  secret: Uint8Array,
  claims: Omit<TokenClaims, 'issuedAtMs'>,
  issuedAtMs = Date.now(),
): Promise<string> {
  const iat = Math.floor(issuedAtMs / 1000);
  return new SignJWT({ org: claims.organizationId, ims: issuedAtMs })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_TTL_SECONDS)
    .sign(secret);
}

/** Reads bearer tokens; a token seen before skips the signature check until it expires. */
export class TokenReader {
  private readonly verified = new Map<string, { claims: TokenClaims; until: number }>();

  constructor(private readonly secret: Uint8Array) {}

  /** null when the token is malformed, forged, expired or older than TOKEN_TTL_SECONDS. */
  async read(token: string): Promise<TokenClaims | null> {
    const hit = this.verified.get(token);
    if (hit && hit.until > Date.now()) return hit.claims;
    if (hit) this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, this.secret, { algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.org !== 'string') return null;
      // Tokens from before `ims` count from the start of their second (refused by a sign-out then).
      const issuedAtMs = typeof payload.ims === 'number' ? payload.ims : (payload.iat ?? 0) * 1000;
      // Older tokens were issued for 30 days: they too end 12 hours after issue.
      const until = Math.min((payload.exp ?? 0) * 1000, issuedAtMs + TOKEN_TTL_SECONDS * 1000);
      if (until <= Date.now()) return null;
      const claims = { userId: payload.sub, organizationId: payload.org, issuedAtMs };
      if (this.verified.size >= VERIFIED_MAX) this.verified.clear();
      this.verified.set(token, { claims, until: Math.min(until, Date.now() + VERIFIED_FOR_MS) });
      return claims;
    } catch {
      return null;
    }
  }

  /** When a token read before stops being valid (ms), for live sockets. */
  static expiresAtMs(claims: TokenClaims): number {
    return claims.issuedAtMs + TOKEN_TTL_SECONDS * 1000;
  }
}
