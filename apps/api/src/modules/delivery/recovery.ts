import { In, type DataSource } from 'typeorm';
import type { Metrics } from '../../infra/metrics.js';
import type { EventBus } from '../../infra/pubsub/pubsub.js';
import { runStatusChanged } from './delivery.events.js';
import type { RunQueue } from '../../infra/queue/queue.js';
import { isConnectionError } from '../../infra/redis-outage.js';
import type { Logger } from 'pino';
import { ConnectorEntity } from '../connectors/connector.entity.js';
import { PushRunEntity } from './push-run.entity.js';
import { staleAfterMs } from './worker.js';

type OpenRow = Pick<
  PushRunEntity,
  'id' | 'status' | 'startedAt' | 'nextAttemptAt' | 'connectorId' | 'createdAt'
>;

/** An earlier run of the same record and connector is open: it hands run r on when it ends. */
const EARLIER_OPEN = `SELECT 1 FROM push_run e
  WHERE e.connectorId = r.connectorId AND e.recordId = r.recordId AND e.entityType = r.entityType
    AND e.runTrigger <> 'TEST' AND e.status IN ('QUEUED', 'RUNNING', 'RETRYING') AND e.id <> r.id
    AND (e.recordVersion < r.recordVersion OR (e.recordVersion = r.recordVersion
      AND (e.createdAt < r.createdAt OR (e.createdAt = r.createdAt AND e.id < r.id))))`;

/** What recovery works with: the runs' table, their queue, and the bus their changes go out on. */
export interface RecoveryDeps {
  ds: DataSource;
  queue: RunQueue;
  bus: EventBus;
}

/** Most runs one sweep looks at; the rest wait for the next sweep. */
const SWEEP_LIMIT = 1000;

/**
 * On start: QUEUED and RETRYING runs are queued again (at their due time), RUNNING ones once
 * their attempt must have ended (their worker died). Returns how many open runs were found.
 */
export async function recoverRuns(deps: RecoveryDeps): Promise<number> {
  const { ds, queue } = deps;
  const open = await openRuns(ds);
  const stale = await staleness(ds, open);
  const now = Date.now();
  for (const r of open) {
    if (r.status !== 'RUNNING') {
      await queue.enqueue(r.id, { delayMs: (r.nextAttemptAt?.getTime() ?? now) - now });
      continue;
    }
    // Unless a live worker (another process) still holds its attempt.
    const timer = setTimeout(
      () =>
        void queue
          .heldRuns()
          .then((held) => held.has(r.id) || requeueStale(deps, r.id, r.startedAt))
          .catch(() => undefined),
      Math.max(0, stale(r) - now),
    );
    timer.unref();
  }
  return open.length;
}

/**
 * While running: open runs that should have moved on by `overdueMs` ago are queued again. A run
 * committed while the queue was unreachable (Redis down, say), one whose commit answer was lost,
 * one whose successor hand-off failed, one whose job a dead worker holds: each goes out without a
 * restart. Runs waiting behind an earlier open run of their record are left to it. A run whose
 * job is waiting or held by a live worker is left alone (queue.requeue), and the claim lets one
 * attempt through. Returns how many it queued.
 */
async function sweepRuns(deps: RecoveryDeps, overdueMs: number): Promise<number> {
  const { ds, queue } = deps;
  const now = Date.now();
  const open = await openRuns(ds, new Date(now - overdueMs));
  const stale = await staleness(ds, open);
  const held = open.some((r) => r.status === 'RUNNING') ? await queue.heldRuns() : new Map();
  let queued = 0;
  for (const r of open) {
    if (r.status !== 'RUNNING') {
      if (await queue.requeue(r.id)) queued++;
    } else if (stale(r) <= now && !held.has(r.id) && (await requeueStale(deps, r.id, r.startedAt)))
      queued++;
  }
  return queued;
}

/** Runs sweepRuns every intervalMs (runs overdue by as much), one sweep at a time. */
export function startSweeper(
  deps: RecoveryDeps,
  logger: Logger,
  metrics: Metrics,
  intervalMs: number,
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = sweepRuns(deps, intervalMs)
      .then((queued) => {
        if (queued === 0) return;
        metrics.runsSwept.inc(queued);
        logger.warn({ queued }, 'queued overdue runs again');
      })
      .catch((err: unknown) => {
        // Redis unreachable: said once per outage (redis-outage.ts); the next sweep tries again.
        if (!isConnectionError(err)) logger.error({ err }, 'run sweep failed');
      })
      .finally(() => (running = null));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** Open runs; with `before`, only those due (QUEUED/RETRYING) or started (RUNNING) by then. */
async function openRuns(ds: DataSource, before?: Date): Promise<OpenRow[]> {
  const q = ds
    .getRepository(PushRunEntity)
    .createQueryBuilder('r')
    .select(['r.id', 'r.status', 'r.startedAt', 'r.nextAttemptAt', 'r.connectorId', 'r.createdAt'])
    .where('r.status IN (:...open)', { open: ['QUEUED', 'RETRYING', 'RUNNING'] });
  if (!before) return q.getMany();
  return q
    .andWhere(
      `((r.status <> 'RUNNING' AND COALESCE(r.nextAttemptAt, r.createdAt) <= :before
          AND (r.runTrigger = 'TEST' OR NOT EXISTS (${EARLIER_OPEN})))
        OR (r.status = 'RUNNING' AND r.startedAt <= :before))`,
      { before },
    )
    .orderBy('r.createdAt')
    .limit(SWEEP_LIMIT)
    .getMany();
}

/** When each RUNNING run's attempt must have ended, by its connector's timeout. */
async function staleness(
  ds: DataSource,
  open: readonly OpenRow[],
): Promise<(r: OpenRow) => number> {
  const ids = [...new Set(open.filter((r) => r.status === 'RUNNING').map((r) => r.connectorId))];
  const connectors = ids.length
    ? await ds.getRepository(ConnectorEntity).findBy({ id: In(ids) })
    : [];
  const byId = new Map(connectors.map((c) => [c.id, c]));
  return (r) => (r.startedAt?.getTime() ?? 0) + staleAfterMs(byId.get(r.connectorId) ?? null);
}

/**
 * RUNNING -> RETRYING (said on the bus, so live views stop showing it running) and queued,
 * unless it moved on meanwhile; true if it was queued.
 */
async function requeueStale(
  { ds, queue, bus }: RecoveryDeps,
  id: string,
  startedAt: Date | null,
): Promise<boolean> {
  const res = await ds
    .getRepository(PushRunEntity)
    .createQueryBuilder()
    .update(PushRunEntity)
    .set({ status: 'RETRYING' })
    .where('id = :id AND status = :s', { id, s: 'RUNNING' })
    .andWhere(startedAt ? 'startedAt <= :at' : '1 = 1', { at: startedAt })
    .execute()
    .catch(() => ({ affected: 0 }));
  if (!res.affected) return false;
  const run = await ds.getRepository(PushRunEntity).findOneBy({ id });
  if (run) bus.publish(runStatusChanged, { ...run });
  // A new job: the dead worker's job may still sit in the queue's active list.
  await queue.enqueue(id, { unique: true });
  return true;
}
