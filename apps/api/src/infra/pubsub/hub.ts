/** Events a subscriber has not taken yet beyond this are dropped, oldest first. */
const MAX_QUEUED = 1000;

/**
 * In-process fan-out: the subscribers of each topic, each a small queue-backed async iterator
 * whose filter runs when the event is delivered (no per-subscriber promise chain for events it
 * does not want). Both buses deliver into one of these.
 */
export class Hub {
  private readonly topics = new Map<string, Set<Subscriber>>();

  deliver(topic: string, payload: unknown): void {
    const subscribers = this.topics.get(topic);
    if (subscribers) for (const s of subscribers) s.offer(payload);
  }

  listen<T>(topic: string, accept?: (payload: T) => boolean): AsyncIterableIterator<T> {
    let subscribers = this.topics.get(topic);
    if (!subscribers) this.topics.set(topic, (subscribers = new Set()));
    const set = subscribers;
    const s = new Subscriber(accept as ((payload: unknown) => boolean) | undefined, () => {
      set.delete(s);
      if (set.size === 0 && this.topics.get(topic) === set) this.topics.delete(topic);
    });
    set.add(s);
    return s as AsyncIterableIterator<unknown> as AsyncIterableIterator<T>;
  }

  /** Live subscribers of a topic. */
  count(topic: string): number {
    return this.topics.get(topic)?.size ?? 0;
  }
}

class Subscriber implements AsyncIterableIterator<unknown> {
  private queue: unknown[] = [];
  private waiting: ((result: IteratorResult<unknown>) => void) | null = null;
  private done = false;

  constructor(
    private readonly accept: ((payload: unknown) => boolean) | undefined,
    private readonly onEnd: () => void,
  ) {}

  offer(payload: unknown): void {
    if (this.done) return;
    try {
      if (this.accept && !this.accept(payload)) return;
    } catch {
      return; // a filter that throws means "not for this subscriber"
    }
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting({ done: false, value: payload });
      return;
    }
    if (this.queue.length >= MAX_QUEUED) this.queue.shift();
    this.queue.push(payload);
  }

  next(): Promise<IteratorResult<unknown>> {
    if (this.queue.length > 0) return Promise.resolve({ done: false, value: this.queue.shift()! });
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<unknown>> {
    if (!this.done) {
      this.done = true;
      this.queue = [];
      this.onEnd();
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.({ done: true, value: undefined });
    }
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(error: unknown): Promise<IteratorResult<unknown>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<unknown> {
    return this;
  }
}
