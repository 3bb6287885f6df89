import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { isConnectionError, RedisOutage } from '../redis-outage.js';
import { Hub } from './hub.js';
import { reviveDates, TOPIC_NAMES, type EventBus } from './pubsub.js';

/**
 * Pub/sub through Redis: an event published by any process reaches every API instance's
 * subscribers. One Redis channel per topic under the deployment's prefix; each process parses an
 * event once and fans it out to its own subscribers.
 */
export function createRedisBus(
  url: string,
  prefix: string,
  logger: Logger,
  /** Join every topic at once (processes serving subscriptions); else on the first listener. */
  joinAll = true,
  outage = new RedisOutage(logger),
): EventBus {
  // Events published in one turn of the event loop go to Redis in one write. While Redis is
  // unreachable events are dropped (no offline queue): live views catch up from the next ones.
  const publisher = outage.watch(
    new Redis(url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      enableAutoPipelining: true,
    }),
  );
  // Subscriptions wait for Redis and are made again after a reconnect.
  const subscriber = outage.watch(new Redis(url, { maxRetriesPerRequest: null }));
  const hub = new Hub();
  const head = `${prefix}:events:`;
  const subscribed = new Map<string, Promise<unknown>>();
  /** Each listened topic's Date fields, revived once per event before the fan-out. */
  const dates = new Map<string, readonly PropertyKey[]>();
  const join = (topic: string) => {
    let done = subscribed.get(topic);
    if (!done) subscribed.set(topic, (done = subscriber.subscribe(head + topic)));
    return done;
  };
  subscriber.on('message', (channel: string, message: string) => {
    if (!channel.startsWith(head)) return;
    const topic = channel.slice(head.length);
    if (hub.count(topic) === 0) return; // no one here listens: not even parsed
    try {
      hub.deliver(topic, reviveDates(dates.get(topic) ?? [], JSON.parse(message)));
    } catch (err) {
      logger.error({ err, channel }, 'unreadable event');
    }
  });
  const known = joinAll ? Promise.all(Object.values(TOPIC_NAMES).map(join)) : Promise.resolve();
  return {
    publish(topic, payload) {
      publisher.publish(head + topic.name, JSON.stringify(payload)).catch((err: unknown) => {
        if (isConnectionError(err)) outage.report(err);
        else logger.error({ err, topic: topic.name }, 'event not published');
      });
    },
    listen(topic, accept) {
      dates.set(topic.name, topic.dates);
      void join(topic.name);
      return hub.listen(topic.name, accept);
    },
    async ready() {
      await known;
      if (publisher.status !== 'ready') await new Promise((r) => publisher.once('ready', r));
    },
    async close() {
      await Promise.all([publisher.quit(), subscriber.quit()]);
    },
  };
}
