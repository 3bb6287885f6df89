import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunOrder } from './run-order.js';
import type { OpenRun, OrderKey, RunSql } from './run-sql.js';

const key = (runTrigger: 'MANUAL' | 'TEST'): OrderKey & { runTrigger: 'MANUAL' | 'TEST' } => ({
  id: 'run-2',
  connectorId: 'c',
  recordId: 'r',
  entityType: 'CONTACT',
  recordVersion: 2,
  createdAt: new Date(0),
  runTrigger,
});

/** RunOrder over a stand-in for RunSql whose earlierOpen answers `open`. */
function order(open: boolean) {
  const asked: OrderKey[] = [];
  const sql = {
    earlierOpen: async (k: OrderKey) => {
      asked.push(k);
      return open;
    },
  } as unknown as RunSql;
  return { order: new RunOrder(sql), asked };
}

afterEach(() => vi.useRealTimers());

describe('RunOrder', () => {
  it('makes a run wait while an earlier run of its record and connector is open', async () => {
    expect(await order(true).order.mustWait(key('MANUAL'))).toBe(true);
    expect(await order(false).order.mustWait(key('MANUAL'))).toBe(false);
  });

  it('leaves test pushes out of the order: never waits, no claim key, hands nothing on', async () => {
    const { order: o, asked } = order(true);
    expect(await o.mustWait(key('TEST'))).toBe(false);
    expect(asked).toEqual([]);
    expect(o.claimKey(key('TEST'))).toBeUndefined();
    expect(o.handsOn(key('TEST'))).toBe(false);
    expect(o.claimKey(key('MANUAL'))).toEqual(key('MANUAL'));
    expect(o.handsOn(key('MANUAL'))).toBe(true);
  });

  it('hands on the first open run, at its due time, unless it is already running', () => {
    vi.useFakeTimers({ now: 10_000 });
    const { order: o } = order(false);
    const run = (status: string, nextAttemptAt: number | null): OpenRun => ({
      id: `run-${status}`,
      status,
      recordVersion: 3,
      createdAt: 0,
      nextAttemptAt,
    });
    expect(o.next([])).toBeNull();
    expect(o.next([run('RUNNING', null), run('QUEUED', null)])).toBeNull();
    expect(o.next([run('QUEUED', null)])).toEqual({ id: 'run-QUEUED', delayMs: 0 });
    expect(o.next([run('RETRYING', 12_500)])).toEqual({ id: 'run-RETRYING', delayMs: 2_500 });
    expect(o.next([run('RETRYING', 9_000)])).toEqual({ id: 'run-RETRYING', delayMs: 0 });
  });
});
