import type { RateLimiter } from '@odc/core';
import type { Redis } from 'ioredis';

// Sliding-window log shared by every process: reserves the earliest time at which the last
// window holds fewer than perMinute requests (Redis server time), returns the wait in ms.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
local at = now
if count >= limit then
  local nth = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
  at = math.max(now, tonumber(nth[2]) + window)
end
local seq = redis.call('INCR', KEYS[1] .. ':seq')
redis.call('ZADD', KEYS[1], at, at .. ':' .. seq)
redis.call('PEXPIRE', KEYS[1], at - now + window)
redis.call('PEXPIRE', KEYS[1] .. ':seq', at - now + window)
return at - now
`;

/** A little more than a minute, so a reservation sent a few ms late cannot crowd the window. */
const WINDOW_MS = 61_000;

/**
 * The per-connector rate limit across all API and worker processes: core's RateLimiter (core's
 * in-memory one serves a single process without Redis). app.ts builds one and hands it to the
 * worker (the push's slot, taken before the claim) and to core (matching's list requests).
 */
export function createRedisRateLimiter(redis: Redis, prefix = 'odc:rate'): RateLimiter {
  const reserve = async (key: string, perMinute: number) =>
    Number(await redis.eval(RESERVE, 1, `${prefix}:${key}`, perMinute, WINDOW_MS));
  return {
    reserve,
    async acquire(key, perMinute) {
      const waitMs = await reserve(key, perMinute);
      if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    },
  };
}
