import { systemClock, type Clock } from '../delivery/clock.js';

export interface CachedToken {
  accessToken: string;
  /** Epoch ms after which the token is not used. */
  expiresAt: number;
  refreshToken?: string;
}

/** Tokens per connector (and auth settings), with one in-flight fetch shared by concurrent pushes. */
export interface TokenCache {
  /** The cached token while it is valid; otherwise fetch() once for all concurrent callers. */
  get(
    key: string,
    fetch: (previous: CachedToken | undefined) => Promise<CachedToken>,
  ): Promise<CachedToken>;
  /**
   * Marks the token expired after a 401. With accessToken given, only when it is still the cached
   * one, so late 401s for an old token do not throw away a fresh one.
   */
  invalidate(key: string, accessToken?: string): void;
}

const SWEEP_AT = 10_000;

/** An in-memory TokenCache for one process. */
export function createTokenCache(options: { clock?: Clock } = {}): TokenCache {
  const clock = options.clock ?? systemClock;
  const tokens = new Map<string, CachedToken>();
  const inFlight = new Map<string, Promise<CachedToken>>();
  const sweep = () => {
    const now = clock.now();
    for (const [key, token] of tokens)
      if (token.expiresAt <= now && !token.refreshToken) tokens.delete(key);
  };
  return {
    get(key, fetch) {
      const cached = tokens.get(key);
      if (cached && cached.expiresAt > clock.now()) return Promise.resolve(cached);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const promise = fetch(cached)
        .then((token) => {
          if (tokens.size >= SWEEP_AT) sweep();
          tokens.set(key, token);
          return token;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
      return promise;
    },
    invalidate(key, accessToken) {
      const cached = tokens.get(key);
      if (!cached || (accessToken !== undefined && cached.accessToken !== accessToken)) return;
      // Keep the refresh token: it may still get a new access token without a new grant.
      tokens.set(key, { ...cached, expiresAt: 0 });
    },
  };
}
