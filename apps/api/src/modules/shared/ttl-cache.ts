import { LRUCache } from 'lru-cache';

/**
 * Lookups that may be a moment stale across processes: lru-cache with a time to live (the least
 * recently used entry goes when full). Also keeps "not found" (null), which lru-cache cannot hold.
 */
export class TtlCache<K extends NonNullable<unknown>, V> {
  private readonly lru: LRUCache<K, { value: V }>;

  constructor(ttlMs: number, max = 10_000) {
    this.lru = new LRUCache({ max, ttl: ttlMs });
  }

  get(key: K): V | undefined {
    return this.lru.get(key)?.value;
  }

  set(key: K, value: V): void {
    this.lru.set(key, { value });
  }

  delete(key: K): void {
    this.lru.delete(key);
  }

  async getOrLoad(key: K, load: () => Promise<V>): Promise<V> {
    const hit = this.lru.get(key);
    if (hit) return hit.value;
    const value = await load();
    this.set(key, value);
    return value;
  }
}
