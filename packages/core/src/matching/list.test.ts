import { describe, expect, it } from 'vitest';
import { fakeClock } from '../test-support/target-server.js';
import { createListCache } from './list-cache.js';
import { readPath, writePath } from '../json-path.js';
import { comparable, findItem, listItems } from './list.js';

describe('listItems', () => {
  it('reads an array, or the array under items, data, results, or the first array property', () => {
    expect(listItems([1])).toEqual([1]);
    expect(listItems({ items: [1], data: [2] })).toEqual([1]);
    expect(listItems({ data: [2], results: [3] })).toEqual([2]);
    expect(listItems({ results: [3] })).toEqual([3]);
    expect(listItems({ total: 1, staff: [4], other: [5] })).toEqual([4]);
    expect(listItems({ data: { rows: [1] } })).toBeNull();
    expect(listItems('text')).toBeNull();
    expect(listItems(null)).toBeNull();
  });
});

describe('item fields', () => {
  it('reads and writes keys and dot paths', () => {
    expect(readPath({ profile: { email: 'a@b' } }, 'profile.email')).toBe('a@b');
    expect(readPath({ profile: null }, 'profile.email')).toBeUndefined();
    expect(readPath('text', 'id')).toBeUndefined();
    const item: Record<string, unknown> = {};
    writePath(item, 'attributes.name', 'Web');
    writePath(item, 'attributes.id', 3);
    expect(item).toEqual({ attributes: { name: 'Web', id: 3 } });
  });

  it('compares text trimmed and lower-case; blank and non-text values match nothing', () => {
    expect(comparable('  Ann@Example.COM ')).toBe('ann@example.com');
    expect(comparable(12)).toBe('12');
    expect(comparable('  ')).toBeNull();
    expect(comparable(null)).toBeNull();
    expect(comparable({})).toBeNull();
  });
});

describe('createListCache', () => {
  it('shares one fetch among concurrent callers and keeps the list for the TTL', async () => {
    const clock = fakeClock();
    const cache = createListCache({ clock, ttlMs: 1000 });
    let fetches = 0;
    const fetch = async () => [++fetches];
    expect(await Promise.all([cache.get('k', fetch), cache.get('k', fetch)])).toEqual([[1], [1]]);
    clock.advance(999);
    expect(await cache.get('k', fetch)).toEqual([1]);
    clock.advance(1);
    expect(await cache.get('k', fetch)).toEqual([2]);
  });

  it('does not keep a failed fetch', async () => {
    const cache = createListCache({ clock: fakeClock() });
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', async () => ['ok'])).toEqual(['ok']);
  });

  it('adds items to a cached list only, and forgets a list on invalidate', async () => {
    const cache = createListCache({ clock: fakeClock() });
    cache.add('k', 'lost');
    expect(await cache.get('k', async () => ['a'])).toEqual(['a']);
    cache.add('k', 'b');
    expect(await cache.get('k', async () => [])).toEqual(['a', 'b']);
    cache.invalidate('k');
    expect(await cache.get('k', async () => ['fresh'])).toEqual(['fresh']);
  });

  it('does not keep a list whose fetch was under way when it was invalidated', async () => {
    const cache = createListCache({ clock: fakeClock() });
    let release: (items: unknown[]) => void = () => undefined;
    const pending = cache.get('k', () => new Promise((resolve) => (release = resolve)));
    cache.invalidate('k');
    release(['old']);
    expect(await pending).toEqual(['old']);
    expect(await cache.get('k', async () => ['new'])).toEqual(['new']);
  });
});

describe('findItem', () => {
  it('finds the first item whose field matches, by comparable value, in a list indexed once', () => {
    const items = [
      { id: 1, p: { email: 'A@x.test ' } },
      { id: 2, p: { email: 'b@x.test' } },
      { id: 3, p: { email: 'a@x.test' } },
      { id: 4 },
    ];
    expect(findItem(items, 'p.email', 'a@x.test')).toBe(items[0]);
    expect(findItem(items, 'p.email', 'b@x.test')).toBe(items[1]);
    expect(findItem(items, 'p.email', 'c@x.test')).toBeUndefined();
    expect(findItem(items, 'id', '4')).toBe(items[3]);
    // A new list (a lead source added) is indexed afresh.
    const more = [...items, { id: 5, p: { email: 'c@x.test' } }];
    expect(findItem(more, 'p.email', 'c@x.test')).toBe(more[4]);
  });
});
