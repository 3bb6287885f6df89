import { describe, expect, it } from 'vitest';
import { Hub } from './hub.js';

describe('Hub', () => {
  it('delivers each event to the subscribers of its topic that accept it, in order', async () => {
    const hub = new Hub();
    const all = hub.listen<number>('t');
    const even = hub.listen<number>('t', (n) => n % 2 === 0);
    const other = hub.listen<number>('u');
    const first = all.next(); // waiting before the event
    for (const n of [1, 2, 3, 4]) hub.deliver('t', n);
    expect(await first).toEqual({ done: false, value: 1 });
    expect([(await all.next()).value, (await all.next()).value, (await all.next()).value]).toEqual([
      2, 3, 4,
    ]);
    expect([(await even.next()).value, (await even.next()).value]).toEqual([2, 4]);
    hub.deliver('u', 9);
    expect((await other.next()).value).toBe(9);
  });

  it('ends a subscription on return, waking a waiting next, and forgets it', async () => {
    const hub = new Hub();
    const s = hub.listen('t');
    const waiting = s.next();
    expect(hub.count('t')).toBe(1);
    await s.return?.();
    expect(await waiting).toEqual({ done: true, value: undefined });
    hub.deliver('t', 1);
    expect(await s.next()).toEqual({ done: true, value: undefined });
    expect(hub.count('t')).toBe(0);
  });

  it('treats a throwing filter as a refusal and keeps a slow subscriber to the newest 1,000', async () => {
    const hub = new Hub();
    const picky = hub.listen<number>('t', () => {
      throw new Error('no');
    });
    const slow = hub.listen<number>('t');
    for (let n = 0; n < 1500; n++) hub.deliver('t', n);
    expect((await slow.next()).value).toBe(500);
    const pending = picky.next();
    await picky.return?.();
    expect(await pending).toEqual({ done: true, value: undefined });
  });
});
