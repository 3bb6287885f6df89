import { createPubSub } from '@graphql-yoga/subscription';
import type { EventBus } from './pubsub.js';

/** In-process pub/sub: events reach the subscribers of this process only. */
export function createMemoryBus(): EventBus {
  return createPubSub() as unknown as EventBus;
}
