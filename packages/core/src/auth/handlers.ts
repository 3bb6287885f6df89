import { createHash } from 'node:crypto';
import type { Authentication } from '../schema/connector.schema.js';
import type { AuthenticationType } from '../schema/enums.js';
import type { Clock } from '../delivery/clock.js';
import type { HttpClient } from '../http/client.js';
import type { CachedToken, TokenCache } from './token-cache.js';
import { readPath } from '../json-path.js';
import { requestToken, TokenError } from './token-request.js';

export interface AuthContext {
  connectorId: string;
  http: HttpClient;
  tokens: TokenCache;
  clock: Clock;
  timeoutMs: number;
}

export interface AuthHandler<T extends Authentication = Authentication> {
  /** The Authorization header value, or null for none. */
  header(auth: T, ctx: AuthContext): Promise<string | null>;
  /** Drops the token sent with a request that got a 401; true when a retry with a fresh one makes sense. */
  invalidate(auth: T, ctx: AuthContext, sent: string | null): boolean;
}

type Of<K extends AuthenticationType> = Extract<Authentication, { type: K }>;

const hashes = new WeakMap<Authentication, string>();

/** Cache key: connector id + a hash of the auth settings, so an edited connector gets a new token. */
export function tokenKey(connectorId: string, auth: Authentication): string {
  let hash = hashes.get(auth);
  if (!hash) {
    hash = createHash('sha256').update(JSON.stringify(auth)).digest('base64url').slice(0, 16);
    hashes.set(auth, hash);
  }
  return `${connectorId}:${hash}`;
}

const BEARER = 'Bearer ';

/** A Bearer handler over the token cache; fetch gets the previous token (for its refresh token). */
function bearer<T extends Of<'TOKEN' | 'OAUTH2_CLIENT_CREDENTIALS'>>(
  fetch: (auth: T, ctx: AuthContext, previous: CachedToken | undefined) => Promise<CachedToken>,
): AuthHandler<T> {
  return {
    async header(auth, ctx) {
      const key = tokenKey(ctx.connectorId, auth);
      const token = await ctx.tokens.get(key, (previous) => fetch(auth, ctx, previous));
      return BEARER + token.accessToken;
    },
    invalidate(auth, ctx, sent) {
      const token = sent?.startsWith(BEARER) ? sent.slice(BEARER.length) : undefined;
      ctx.tokens.invalidate(tokenKey(ctx.connectorId, auth), token);
      return true;
    },
  };
}

const FALLBACK_EXPIRES_IN_S = 3600;

/** Shortly before expires_in: a minute early, or 10 % early for short-lived tokens. */
function oauthExpiry(now: number, expiresInS: number): number {
  const ms = expiresInS * 1000;
  return now + ms - Math.min(60_000, ms * 0.1);
}

async function fetchStaticToken(auth: Of<'TOKEN'>, ctx: AuthContext): Promise<CachedToken> {
  const json = await requestToken(
    ctx.http,
    auth.tokenUrl,
    auth.tokenRequestBody,
    'application/json',
    ctx.timeoutMs,
  );
  const token = readPath(json, auth.accessTokenName);
  if (typeof token !== 'string' && typeof token !== 'number') {
    throw new TokenError(
      `token request to ${auth.tokenUrl} answered without a "${auth.accessTokenName}" field`,
      false,
    );
  }
  return {
    accessToken: String(token),
    expiresAt: ctx.clock.now() + auth.tokenExpirationSeconds * 1000,
  };
}

async function fetchOAuthToken(
  auth: Of<'OAUTH2_CLIENT_CREDENTIALS'>,
  ctx: AuthContext,
  previous: CachedToken | undefined,
): Promise<CachedToken> {
  const form = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const credentials = { client_id: auth.clientId, client_secret: auth.clientSecret };
  const scope: Record<string, string> = auth.scopes?.trim() ? { scope: auth.scopes.trim() } : {};
  const grant = async (params: Record<string, string>) => {
    const json = await requestToken(
      ctx.http,
      auth.tokenUrl,
      form(params),
      'application/x-www-form-urlencoded',
      ctx.timeoutMs,
    );
    if (typeof json.access_token !== 'string') {
      throw new TokenError(
        `token request to ${auth.tokenUrl} answered without an access_token`,
        false,
      );
    }
    const expiresIn = Number(json.expires_in) > 0 ? Number(json.expires_in) : FALLBACK_EXPIRES_IN_S;
    return {
      accessToken: json.access_token,
      expiresAt: oauthExpiry(ctx.clock.now(), expiresIn),
      refreshToken:
        typeof json.refresh_token === 'string' ? json.refresh_token : previous?.refreshToken,
    };
  };
  if (previous?.refreshToken) {
    try {
      return await grant({
        grant_type: 'refresh_token',
        refresh_token: previous.refreshToken,
        ...credentials,
      });
    } catch {
      // An expired or revoked refresh token: ask for a new grant instead.
    }
  }
  return grant({ grant_type: 'client_credentials', ...credentials, ...scope });
}

export const authHandlers: { [K in AuthenticationType]: AuthHandler<Of<K>> } = {
  NONE: { header: async () => null, invalidate: () => false },
  BASIC: {
    header: async (auth) =>
      `Basic ${Buffer.from(`${auth.username}:${auth.passcode}`).toString('base64')}`,
    invalidate: () => false,
  },
  TOKEN: bearer(fetchStaticToken),
  OAUTH2_CLIENT_CREDENTIALS: bearer(fetchOAuthToken),
};

export function authHandler(auth: Authentication): AuthHandler {
  return authHandlers[auth.type] as AuthHandler;
}
