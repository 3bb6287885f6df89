import { Hub } from './hub.js';
import type { EventBus } from './pubsub.js';

/** In-process pub/sub: events reach the subscribers of this process only (dates stay Dates). */
export function createMemoryBus(): EventBus {
  const hub = new Hub();
  return {
    publish: (topic, payload) => hub.deliver(topic.name, payload),
    listen: (topic, accept) => hub.listen(topic.name, accept),
  };
}
