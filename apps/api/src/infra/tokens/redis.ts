import { createHash } from 'node:crypto';
import type { CachedToken, TokenCache } from '@odc/core';
import type { Redis } from 'ioredis';
import type { SecretBox } from '../secrets.js';

/** How long one process may hold the right to fetch a token for everyone. */
const LOCK_MS = 30_000;
/** How often a process waiting for another's fetch looks for its token. */
const POLL_MS = 100;
/** A token with a refresh token is kept this long past its expiry (for the refresh). */
const REFRESH_KEEP_MS = 14 * 24 * 3600_000;

/**
 * Access tokens shared by every process through Redis, sealed with the secret box: one token
 * request per connector however many processes push (token endpoints limit them, some to two an
 * hour). Each process keeps its own copy in `local`; on a miss it reads Redis, and only the process
 * holding the fetch lock asks the token endpoint while the others wait for its token.
 */
export function createRedisTokenCache(
  redis: Redis,
  box: SecretBox,
  prefix: string,
  local: TokenCache,
): TokenCache {
  const keyOf = (key: string) => `${prefix}:${createHash('sha256').update(key).digest('hex')}`;
  const read = async (k: string): Promise<CachedToken | undefined> => {
    const sealed = await redis.get(k);
    return sealed ? (JSON.parse(box.open(sealed)) as CachedToken) : undefined;
  };
  const usable = (t: CachedToken | undefined): t is CachedToken => !!t && t.expiresAt > Date.now();

  async function shared(
    k: string,
    previous: CachedToken | undefined,
    fetch: (previous: CachedToken | undefined) => Promise<CachedToken>,
  ): Promise<CachedToken> {
    const deadline = Date.now() + LOCK_MS;
    for (;;) {
      const stored = await read(k);
      if (usable(stored)) return stored;
      if (await redis.set(`${k}:lock`, '1', 'PX', LOCK_MS, 'NX')) {
        try {
          // Read again under the lock: the process that held it a moment ago stored its token
          // before letting go, maybe after our read above (a second fetch would waste a request).
          const now = await read(k);
          if (usable(now)) return now;
          const token = await fetch(now ?? stored ?? previous);
          const keep = token.expiresAt - Date.now() + (token.refreshToken ? REFRESH_KEEP_MS : 0);
          if (keep > 0) await redis.set(k, box.seal(JSON.stringify(token)), 'PX', keep);
          return token;
        } finally {
          await redis.del(`${k}:lock`);
        }
      }
      // Another process is fetching: wait for its token (or take over if it never comes).
      if (Date.now() > deadline) return fetch(stored ?? previous);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  return {
    get: (key, fetch) => local.get(key, (previous) => shared(keyOf(key), previous, fetch)),
    invalidate(key, accessToken) {
      local.invalidate(key, accessToken);
      const k = keyOf(key);
      // A 401: drop the shared token too, unless another process already replaced it.
      void read(k)
        .then((t) => {
          if (t && (accessToken === undefined || t.accessToken === accessToken))
            return redis.del(k);
        })
        .catch(() => undefined);
    },
  };
}
