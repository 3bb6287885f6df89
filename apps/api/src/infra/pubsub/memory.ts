import { setMaxListeners } from 'node:events';
import { createPubSub } from '@graphql-yoga/subscription';
import type { EventBus } from './pubsub.js';

/** In-process pub/sub: events reach the subscribers of this process only. */
export function createMemoryBus(): EventBus {
  const eventTarget = new EventTarget();
  // One listener per live subscription: thousands are expected, not a leak.
  setMaxListeners(0, eventTarget);
  return createPubSub({ eventTarget }) as unknown as EventBus;
}
