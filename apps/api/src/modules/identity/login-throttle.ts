import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** Failed logins are counted over 15 minutes. */
const WINDOW_SECONDS = 15 * 60;
/** The first lock lasts a minute; each further lock within a day twice as long, up to an hour. */
const FIRST_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 3600;
const LOCKS_KEPT_SECONDS = 24 * 3600;
export const FAILS_PER_EMAIL = 5;
export const FAILS_PER_ADDRESS = 20;

type Store = { redis: Redis; prefix: string } | null;

function limiter(store: Store, name: string, points: number, duration: number) {
  const options = { keyPrefix: name, points, duration };
  const memory = new RateLimiterMemory(options);
  if (!store) return memory;
  // Shared by every process; this process's memory stands in while Redis is unreachable.
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `${store.prefix}:${name}`,
    storeClient: store.redis,
    insuranceLimiter: memory,
  });
}

/** `limit` failures of one key within the window lock it, for longer each time. */
class Lockout {
  private readonly fails: RateLimiterAbstract;
  private readonly locks: RateLimiterAbstract;

  constructor(
    store: Store,
    name: string,
    private readonly limit: number,
    private readonly firstLockSeconds: number,
  ) {
    this.fails = limiter(store, `login-fails-${name}`, limit, WINDOW_SECONDS);
    this.locks = limiter(store, `login-locks-${name}`, 1_000_000, LOCKS_KEPT_SECONDS);
  }

  /** 0 when the key may try; else ms until it may. */
  async retryAfterMs(key: string): Promise<number> {
    const r = await this.fails.get(key);
    return r && r.consumedPoints >= this.limit ? Math.max(r.msBeforeNext, 1) : 0;
  }

  async failed(key: string): Promise<void> {
    const r = await this.fails.penalty(key, 1);
    if (r.consumedPoints < this.limit) return;
    const locks = await this.locks.penalty(key, 1);
    const seconds = this.firstLockSeconds * 2 ** Math.min(locks.consumedPoints - 1, 12);
    await this.fails.block(key, Math.min(seconds, MAX_LOCK_SECONDS));
  }

  async reset(key: string): Promise<void> {
    await Promise.all([this.fails.delete(key), this.locks.delete(key)]);
  }
}

/** Keys in the store are hashes: no email address or client address is kept in clear. */
const keyOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

/**
 * Login throttling (rate-limiter-flexible): 5 failed logins for one email, or 20 from one client
 * address, within 15 minutes refuse further attempts for a minute, then 2, 4, … up to an hour while
 * the failures go on. A successful login resets its email's counts. In Redis when REDIS_URL is set
 * (every process counts together), else in this process's memory.
 */
export class LoginThrottle {
  private readonly byEmail: Lockout;
  private readonly byAddress: Lockout;

  constructor(redis: Redis | null, prefix: string, firstLockSeconds = FIRST_LOCK_SECONDS) {
    const store = redis ? { redis, prefix } : null;
    this.byEmail = new Lockout(store, 'email', FAILS_PER_EMAIL, firstLockSeconds);
    this.byAddress = new Lockout(store, 'address', FAILS_PER_ADDRESS, firstLockSeconds);
  }

  /** 0 when this login may be tried; else whole seconds to wait. */
  async retryAfterSeconds(email: string, address: string): Promise<number> {
    const [a, b] = await Promise.all([
      this.byEmail.retryAfterMs(keyOf(email)),
      this.byAddress.retryAfterMs(keyOf(address)),
    ]);
    return Math.ceil(Math.max(a, b) / 1000);
  }

  async failed(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.failed(keyOf(email)), this.byAddress.failed(keyOf(address))]);
  }

  async succeeded(email: string): Promise<void> {
    await this.byEmail.reset(keyOf(email));
  }
}
