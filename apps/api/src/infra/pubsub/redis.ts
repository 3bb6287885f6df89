import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { EventBus } from './pubsub.js';

/** Pub/sub through Redis: an event published by any process reaches every API instance's subscribers. */
export function createRedisBus(url: string): EventBus {
  const publishClient = new Redis(url, { maxRetriesPerRequest: null });
  const subscribeClient = new Redis(url, { maxRetriesPerRequest: null });
  const bus = createPubSub({
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
  }) as unknown as EventBus;
  bus.close = async () => {
    await Promise.all([publishClient.quit(), subscribeClient.quit()]);
  };
  return bus;
}
