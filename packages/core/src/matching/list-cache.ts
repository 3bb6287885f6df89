import { systemClock, type Clock } from '../delivery/clock.js';

/** How long a fetched staff or lead source list is reused. */
export const LIST_CACHE_TTL_MS = 5 * 60_000;

/** A target's lists (staff, lead sources) per connector and list URL, for every push of a process. */
export interface ListCache {
  /**
   * The cached list while it is fresh; otherwise fetch() once for all concurrent callers.
   * A fetch that fails is not kept.
   */
  get(key: string, fetch: () => Promise<unknown[]>): Promise<unknown[]>;
  /** Appends an item (a lead source just created) to a cached list; nothing when none is cached. */
  add(key: string, item: unknown): void;
  /** Forgets a list, so the next get fetches it again. */
  invalidate(key: string): void;
}

interface Entry {
  items: unknown[];
  expiresAt: number;
}

const SWEEP_AT = 10_000;

/** Cache key of one connector's list. */
export const listKey = (connectorId: string, listUrl: string): string =>
  `${connectorId} ${listUrl.trim()}`;

/** An in-memory ListCache for one process; lists expire ttlMs after they were fetched. */
export function createListCache(options: { clock?: Clock; ttlMs?: number } = {}): ListCache {
  const clock = options.clock ?? systemClock;
  const ttlMs = options.ttlMs ?? LIST_CACHE_TTL_MS;
  const lists = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<unknown[]>>();
  const fresh = (key: string) => {
    const entry = lists.get(key);
    return entry && entry.expiresAt > clock.now() ? entry : undefined;
  };
  const sweep = () => {
    const now = clock.now();
    for (const [key, entry] of lists) if (entry.expiresAt <= now) lists.delete(key);
  };
  return {
    get(key, fetch) {
      const cached = fresh(key);
      if (cached) return Promise.resolve(cached.items);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const promise = fetch()
        .then((items) => {
          // Not when invalidated meanwhile: the list may predate what made it stale.
          if (inFlight.get(key) === promise) {
            if (lists.size >= SWEEP_AT) sweep();
            lists.set(key, { items, expiresAt: clock.now() + ttlMs });
          }
          return items;
        })
        .finally(() => {
          if (inFlight.get(key) === promise) inFlight.delete(key);
        });
      inFlight.set(key, promise);
      return promise;
    },
    add(key, item) {
      const cached = fresh(key);
      if (cached) cached.items = [...cached.items, item];
    },
    invalidate(key) {
      lists.delete(key);
      inFlight.delete(key);
    },
  };
}
