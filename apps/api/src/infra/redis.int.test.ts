import { randomBytes, randomUUID } from 'node:crypto';
import { createTokenCache, type CachedToken, type TokenCache } from '@odc/core';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topic, TOPIC_NAMES } from './pubsub/pubsub.js';

const runStatus = topic<{ id: string; status: string }>(TOPIC_NAMES.runStatus);
import { createRedisBus } from './pubsub/redis.js';
import { BullMqQueue } from './queue/bullmq.js';
import { createRedisRateLimiter } from './rate-limit/redis.js';
import { TargetPauses } from '../modules/delivery/target-pauses.js';
import { createSecretBox } from './secrets.js';
import { createRedisTokenCache } from './tokens/redis.js';
import { waitFor } from '../../test/helpers/target.js';

// Runs when REDIS_URL is set (CI sets it) and then fails loudly if Redis cannot be reached.
const url = process.env.REDIS_URL;
const logger = pino({ level: 'silent' });

describe.skipIf(!url)('Redis infrastructure', () => {
  let a: Redis;
  let b: Redis;
  beforeAll(async () => {
    a = new Redis(url as string, { lazyConnect: true, maxRetriesPerRequest: 1 });
    b = new Redis(url as string, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await Promise.all([a.connect(), b.connect()]);
  });
  afterAll(async () => {
    await Promise.all([a.quit(), b.quit()]);
  });

  it('shares a rate limit between processes: the 61st second is the earliest for request n+1', async () => {
    const prefix = `odc:test:${randomUUID()}`;
    const [one, two] = [createRedisRateLimiter(a, prefix), createRedisRateLimiter(b, prefix)];
    const waits = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).reserve('connector-1', 5)),
    );
    const sorted = [...waits].sort((x, y) => x - y);
    expect(sorted.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    for (const w of sorted.slice(5)) expect(w).toBeGreaterThan(60_000);
    expect(await one.reserve('connector-2', 5)).toBe(0);
  });

  it('delivers an event published by one process to the subscribers of another that accept it', async () => {
    const prefix = `odc:test:${randomUUID()}`;
    const [pub, sub] = [
      createRedisBus(url as string, prefix, logger, false), // as a worker: joins no topic at start
      createRedisBus(url as string, prefix, logger),
    ];
    const stranger = createRedisBus(url as string, `odc:test:${randomUUID()}`, logger);
    try {
      await Promise.all([pub.ready?.(), sub.ready?.(), stranger.ready?.()]);
      const all = sub.listen(runStatus);
      const onlyTwo = sub.listen(runStatus, (p) => p.id === 'run-2');
      const otherDeployment = stranger.listen(runStatus);
      const strangerGot: unknown[] = [];
      void otherDeployment.next().then((r) => !r.done && strangerGot.push(r.value));
      pub.publish(runStatus, { id: 'run-1', status: 'SUCCESS' });
      pub.publish(runStatus, { id: 'run-2', status: 'QUEUED' });
      expect((await all.next()).value).toEqual({ id: 'run-1', status: 'SUCCESS' });
      expect((await all.next()).value).toEqual({ id: 'run-2', status: 'QUEUED' });
      expect((await onlyTwo.next()).value).toEqual({ id: 'run-2', status: 'QUEUED' });
      await new Promise((r) => setTimeout(r, 100));
      expect(strangerGot).toEqual([]); // another REDIS_PREFIX is another deployment
      // The publish-only bus joins a topic when it gets a listener.
      const late = pub.listen(runStatus);
      await new Promise((r) => setTimeout(r, 100));
      sub.publish(runStatus, { id: 'run-3', status: 'RUNNING' });
      expect((await late.next()).value).toEqual({ id: 'run-3', status: 'RUNNING' });
      await Promise.all([
        all.return?.(),
        onlyTwo.return?.(),
        otherDeployment.return?.(),
        late.return?.(),
      ]);
    } finally {
      await Promise.all([pub.close?.(), sub.close?.(), stranger.close?.()]);
    }
  });

  it("tells every worker process of a target's 429 pause; an earlier one never shortens it", async () => {
    const prefix = `odc:test:${randomUUID()}`;
    const buses = [0, 1].map(() => createRedisBus(url as string, prefix, logger, false));
    const [here, there] = buses.map((bus) => new TargetPauses(bus)) as [TargetPauses, TargetPauses];
    try {
      await new Promise((r) => setTimeout(r, 200)); // both joined the topic
      here.pause('connector-1', new Date(Date.now() + 5_000));
      await waitFor(() => there.remainingMs('connector-1') > 4_000, 5_000, 'pause heard');
      there.pause('connector-1', new Date(Date.now() + 1_000));
      await new Promise((r) => setTimeout(r, 200));
      expect(here.remainingMs('connector-1')).toBeGreaterThan(4_000);
      expect(there.remainingMs('connector-2')).toBe(0);
    } finally {
      await Promise.all([here.close(), there.close()]);
      await Promise.all(buses.map((bus) => bus.close?.()));
    }
  });

  it('takes the token another process stored just before it let go of the fetch lock', async () => {
    const prefix = `odc:test:${randomUUID()}`;
    const box = createSecretBox(randomBytes(32));
    // Process two's first read finds nothing, and its answer comes back only once process one
    // has fetched, stored and unlocked: two then takes the lock, which is free again.
    let oneDone = () => {};
    const oneFinished = new Promise<void>((resolve) => (oneDone = resolve));
    let stalled = false;
    const slowB = new Proxy(b, {
      get(target, prop) {
        if (prop === 'get')
          return async (key: string) => {
            const value = await target.get(key);
            if (!stalled) {
              stalled = true;
              await oneFinished;
            }
            return value;
          };
        const v: unknown = Reflect.get(target, prop, target);
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const one = createRedisTokenCache(a, box, prefix, createTokenCache());
    const two = createRedisTokenCache(slowB, box, prefix, createTokenCache());
    let fetches = 0;
    const fetch = async (): Promise<CachedToken> => ({
      accessToken: `tok-SECRET-${++fetches}`,
      expiresAt: Date.now() + 60_000,
    });
    const late = two.get('c-1', fetch);
    await waitFor(() => stalled, 5_000, "two's first read");
    expect((await one.get('c-1', fetch)).accessToken).toBe('tok-SECRET-1');
    oneDone();
    expect((await late).accessToken).toBe('tok-SECRET-1');
    expect(fetches).toBe(1);
  });

  it('fetches one token for every process, keeps it sealed in Redis, and shares the new one after a 401', async () => {
    const prefix = `odc:test:${randomUUID()}`;
    const box = createSecretBox(randomBytes(32));
    const [one, two] = [a, b].map((r) =>
      createRedisTokenCache(r, box, prefix, createTokenCache()),
    ) as [TokenCache, TokenCache];
    let fetches = 0;
    const fetch = async (): Promise<CachedToken> => {
      fetches++;
      await new Promise((r) => setTimeout(r, 100));
      return { accessToken: `tok-SECRET-${fetches}`, expiresAt: Date.now() + 60_000 };
    };
    const got = await Promise.all([one.get('c-1', fetch), two.get('c-1', fetch)]);
    expect(got.map((t) => t.accessToken)).toEqual(['tok-SECRET-1', 'tok-SECRET-1']);
    expect(fetches).toBe(1);
    const keys = await a.keys(`${prefix}:*`);
    expect(keys).toHaveLength(1);
    expect(await a.get(keys[0]!)).not.toContain('tok-SECRET');

    // A 401 in one process: it fetches a new token; the other, after its own 401, takes that one.
    one.invalidate('c-1', 'tok-SECRET-1');
    await waitFor(async () => (await a.exists(keys[0]!)) === 0, 5_000, 'shared token dropped');
    expect((await one.get('c-1', fetch)).accessToken).toBe('tok-SECRET-2');
    two.invalidate('c-1', 'tok-SECRET-1');
    expect((await two.get('c-1', fetch)).accessToken).toBe('tok-SECRET-2');
    expect(fetches).toBe(2);
  });

  it('runs a job again, as redelivered, after its handler failed', async () => {
    const name = `odc-test-${randomUUID()}`;
    const queue = new BullMqQueue(url as string, 2, logger, name);
    const calls: { runId: string; redelivered: boolean }[] = [];
    try {
      const twice = new Promise<void>((resolve) =>
        queue.start(async ({ runId, redelivered }) => {
          calls.push({ runId, redelivered });
          if (calls.length === 1) throw new Error('database unreachable');
          resolve();
        }),
      );
      await queue.enqueue('run-1');
      await twice;
      expect(calls).toEqual([
        { runId: 'run-1', redelivered: false },
        { runId: 'run-1', redelivered: true },
      ]);
    } finally {
      await queue.stop();
    }
  });

  it('runs every queued job once, keeps a waiting run queued once, and runs delayed retries later', async () => {
    const name = `odc-test-${randomUUID()}`;
    const producer = new BullMqQueue(url as string, 4, logger, name);
    const worker = new BullMqQueue(url as string, 4, logger, name);
    const seen: { id: string; at: number }[] = [];
    const start = Date.now();
    try {
      for (let i = 0; i < 20; i++) await producer.enqueue(`run-${i}`);
      await producer.enqueue('run-0');
      await producer.enqueue('late', { delayMs: 500 });
      worker.start(async ({ runId: id }) => void seen.push({ id, at: Date.now() - start }));
      for (let i = 0; i < 100 && seen.length < 21; i++) await new Promise((r) => setTimeout(r, 50));
      expect(seen.map((s) => s.id).sort()).toEqual(
        ['late', ...Array.from({ length: 20 }, (_, i) => `run-${i}`)].sort(),
      );
      expect(seen.find((s) => s.id === 'late')!.at).toBeGreaterThanOrEqual(450);
      expect(await producer.depth()).toBe(0);
    } finally {
      await worker.stop();
      await producer.stop();
    }
  });

  it('drops a second job for a running run unless it is unique (what the sweep relies on)', async () => {
    const name = `odc-test-${randomUUID()}`;
    const queue = new BullMqQueue(url as string, 2, logger, name);
    const calls: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    try {
      queue.start(async ({ runId }) => {
        calls.push(runId);
        if (calls.length === 1) await held;
      });
      await queue.enqueue('run-a');
      for (let i = 0; i < 100 && calls.length === 0; i++)
        await new Promise((r) => setTimeout(r, 20));
      await queue.enqueue('run-a'); // running: dropped
      await queue.enqueue('run-a', { unique: true }); // runs
      for (let i = 0; i < 100 && calls.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      release();
      await new Promise((r) => setTimeout(r, 300));
      expect(calls).toEqual(['run-a', 'run-a']);
      expect(await queue.depth()).toBe(0);
    } finally {
      release();
      await queue.stop();
    }
  });
});
