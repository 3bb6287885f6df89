import type { PushOutcome } from '@odc/core';
import { describe, expect, it, vi } from 'vitest';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import type { PushRunEntity } from '../delivery/push-run.entity.js';
import { RunOrder } from '../delivery/run-order.js';
import type { RunSql } from '../delivery/run-sql.js';
import { BulkLane, type LaneParts } from './bulk-lane.js';

const connector = {
  id: 'c1',
  published: true,
  version: 3,
  definition: { delivery: { rateLimitPerMinute: null, pauseAfterFailures: null } },
} as unknown as ConnectorEntity;

const run = (n: number) =>
  ({
    id: `run-${n}`,
    connectorId: 'c1',
    recordId: `rec-${n}`,
    entityType: 'CONTACT',
    recordVersion: 1,
    createdAt: new Date(),
    runTrigger: 'BULK',
    status: 'QUEUED',
    attempts: 0,
    snapshot: {},
  }) as unknown as PushRunEntity;

const ok: PushOutcome = {
  status: 'SUCCESS',
  request: { method: 'POST', url: 'http://t/ok', headers: {}, body: '{}' },
  response: { status: 200, headers: {}, body: '{}' },
  durationMs: 3,
  criteria: [],
  reason: null,
} as unknown as PushOutcome;

/** A lane whose parts are stubs; `finish` is the merged chunk write. */
function lane(finish: () => Promise<unknown>, finishAttempt: (r: PushRunEntity) => Promise<void>) {
  const published: { status: string; id: string }[] = [];
  const sql = {
    finishAttempt: vi.fn(async (r: PushRunEntity) => {
      await finishAttempt(r);
      return { open: [], paused: false };
    }),
  };
  const parts = {
    batch: {
      claim: vi.fn(async (runs: PushRunEntity[]) => new Set(runs.map((r) => r.id))),
      finish: vi.fn(finish),
      st: { writeBack: vi.fn() },
    },
    sql,
    pushes: { execute: vi.fn(async () => ok) },
    order: new RunOrder(null as unknown as RunSql),
    queue: { enqueue: vi.fn(async () => undefined) },
    bus: { publish: (_: unknown, r: { status: string; id: string }) => published.push(r) },
    dispatcher: { dispatch: vi.fn(async () => undefined) },
    pauses: { remainingMs: () => 0, pause: vi.fn() },
    lastRun: { mark: vi.fn(async () => undefined) },
    metrics: { runTransitions: { inc: vi.fn() }, attemptSeconds: { observe: vi.fn() } },
    logger: { warn: vi.fn(), error: vi.fn(), debug: vi.fn(), info: vi.fn() },
    connectors: { cached: async () => connector },
    reads: { findOneBy: vi.fn() },
    concurrency: 8,
  } as unknown as LaneParts;
  return { lane: new BulkLane(parts), parts, sql, published };
}

describe('BulkLane', () => {
  it('claims, pushes and writes a page in one merged chunk', async () => {
    const {
      lane: l,
      parts,
      sql,
      published,
    } = lane(
      async () => ({ open: new Map(), paused: false }),
      async () => undefined,
    );
    l.add('job', 'c1', [1, 2, 3].map(run));
    await vi.waitFor(() => expect(parts.batch.finish).toHaveBeenCalledTimes(1));
    await l.close();
    expect(sql.finishAttempt).not.toHaveBeenCalled();
    expect(published.filter((p) => p.status === 'SUCCESS').map((p) => p.id)).toEqual([
      'run-1',
      'run-2',
      'run-3',
    ]);
    expect(parts.lastRun.mark).toHaveBeenCalledTimes(1);
  });

  it('a failed merged write goes run by run: one bad run does not lose the others', async () => {
    const {
      lane: l,
      sql,
      published,
    } = lane(
      async () => Promise.reject(new Error('Data too long')),
      async (r) => {
        if (r.id === 'run-2') throw new Error('Data too long');
      },
    );
    l.add('job', 'c1', [1, 2, 3].map(run));
    await vi.waitFor(() => expect(sql.finishAttempt).toHaveBeenCalledTimes(3));
    await l.close();
    // run-2 stays RUNNING in the database (recovery takes it over); the others are final.
    expect(published.filter((p) => p.status === 'SUCCESS').map((p) => p.id)).toEqual([
      'run-1',
      'run-3',
    ]);
  });
});
