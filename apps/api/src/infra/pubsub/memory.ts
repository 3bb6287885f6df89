import { Hub } from './hub.js';
import type { EventBus } from './pubsub.js';

/** In-process pub/sub: events reach the subscribers of this process only. */
export function createMemoryBus(): EventBus {
  const hub = new Hub();
  return {
    publish: (topic: string, payload: unknown) => hub.deliver(topic, payload),
    subscribe: (topic: string) => hub.listen(topic),
    listen: (topic, accept) => hub.listen(topic, accept),
  };
}
