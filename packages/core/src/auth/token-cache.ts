import { systemClock, type Clock } from '../delivery/clock.js';

export interface CachedToken {
  accessToken: string;
  /** Epoch ms after which the token is not used. */
  expiresAt: number;
  refreshToken?: string;
}

/** Tokens per connector (and auth settings), with one in-flight fetch shared by concurrent pushes. */
export interface TokenCache {
  get(
    key: string,
    fetch: (previous: CachedToken | undefined) => Promise<CachedToken>,
  ): Promise<CachedToken>;
  invalidate(key: string): void;
}

export function createTokenCache(options: { clock?: Clock } = {}): TokenCache {
  const clock = options.clock ?? systemClock;
  const tokens = new Map<string, CachedToken>();
  const inFlight = new Map<string, Promise<CachedToken>>();
  return {
    get(key, fetch) {
      const cached = tokens.get(key);
      if (cached && cached.expiresAt > clock.now()) return Promise.resolve(cached);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const promise = fetch(cached)
        .then((token) => {
          tokens.set(key, token);
          return token;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
      return promise;
    },
    invalidate(key) {
      const cached = tokens.get(key);
      // Keep the refresh token: it may still get a new access token without a new grant.
      if (cached) tokens.set(key, { ...cached, expiresAt: 0 });
    },
  };
}
