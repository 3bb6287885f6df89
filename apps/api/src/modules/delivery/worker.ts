import type { PushOutcome, RateLimiter } from '@odc/core';
import type { Logger } from 'pino';
import type { Metrics } from '../../infra/metrics.js';
import type { EventBus } from '../../infra/pubsub/pubsub.js';
import { runStatusChanged } from './delivery.events.js';
import type { RunJob, RunQueue } from '../../infra/queue/queue.js';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import type { Dispatcher } from './dispatcher.js';
import type { LastRunWriter } from './last-run.js';
import { PushRunEntity } from './push-run.entity.js';
import type { RunOrder } from './run-order.js';
import type { RunSql } from './run-sql.js';
import { announcePaused, streakMark } from './failure-streak.js';
import type { TargetPauses } from './target-pauses.js';
import type { FindOne } from '../../db/batch/reads.js';
import { applyOutcome, HAND_BACK_MS, writeBackOf, type PushExecution } from './push-execution.js';

export interface WorkerParts {
  bus: EventBus;
  queue: RunQueue;
  /** The push itself (shared with the bulk lane); the rate limit is taken here, before the claim. */
  pushes: PushExecution;
  rateLimiter: RateLimiter;
  logger: Logger;
  connectors: ConnectorService;
  dispatcher: Dispatcher;
  order: RunOrder;
  sql: RunSql;
  /** Reads that share the hot path's commits */
  reads: FindOne;
  lastRun: LastRunWriter;
  metrics: Metrics;
  /** Targets that answered 429, paused until their retry time. */
  pauses: TargetPauses;
}

/** Executes one attempt of a run: order, rate limit, claim, push through core, record, publish. */
export class RunWorker {
  constructor(private readonly p: WorkerParts) {}

  /** After the queue stopped: the writes still pending (lastRun*) done. */
  async drain(): Promise<void> {
    await this.p.lastRun.drain();
    await this.p.pauses.close();
  }

  async process(job: RunJob): Promise<void> {
    const { queue, connectors, order } = this.p;
    const run =
      this.p.dispatcher.take(job.runId) ??
      (await this.p.reads.findOneBy(PushRunEntity, { id: job.runId }));
    if (!run) return;
    const connector = await connectors.cached(run.connectorId);
    if (run.status === 'RUNNING') {
      if (!job.redelivered) return;
      // Its worker stopped answering: take it over once the attempt must have ended.
      const staleAt = (run.startedAt?.getTime() ?? 0) + staleAfterMs(connector);
      if (staleAt > Date.now()) {
        await queue.enqueue(run.id, {
          delayMs: staleAt - Date.now(),
          unique: true,
          takeover: true,
        });
        return;
      }
      // A live worker still holds a job of it (this one aside): that attempt is still going.
      if (((await queue.heldRuns()).get(run.id) ?? 0) > 1) return;
    } else if (run.status !== 'QUEUED' && run.status !== 'RETRYING') return;

    // Its target answered 429 a moment ago: wait with the rest of the connector's runs.
    const pausedMs = connector ? this.p.pauses.remainingMs(connector.id) : 0;
    if (pausedMs > HAND_BACK_MS) return this.handBack(run, pausedMs, job.reserved);
    if (pausedMs > 0) await new Promise((resolve) => setTimeout(resolve, pausedMs));

    const perMinute = connector?.published
      ? connector.definition.delivery.rateLimitPerMinute
      : null;
    if (perMinute && !job.reserved) {
      // A run that waits for an earlier one must not spend a rate-limit slot.
      if (await order.mustWait(run)) return;
      const waitMs = await this.p.rateLimiter.reserve(connector!.id, perMinute);
      if (waitMs > HAND_BACK_MS) return this.handBack(run, waitMs, true);
      if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    }

    const startedAt = new Date();
    if (!(await this.claim(run, startedAt, connector))) return;
    this.p.bus.publish(runStatusChanged, { ...run });
    this.p.metrics.runTransitions.inc({ status: 'RUNNING' });

    const outcome = await this.p.pushes.execute(run, connector);
    await this.record(run, connector, outcome, startedAt);
  }

  /**
   * Back to the queue until its turn at the target (a rate-limit slot, or the end of a 429 pause):
   * the run records when it is due, and live views hear it.
   */
  private async handBack(run: PushRunEntity, waitMs: number, reserved: boolean): Promise<void> {
    run.nextAttemptAt = new Date(Date.now() + waitMs);
    await this.p.sql.defer(run.id, run.nextAttemptAt);
    this.p.bus.publish(runStatusChanged, { ...run });
    await this.p.queue.enqueue(run.id, { delayMs: waitMs, reserved, unique: true });
  }

  /** QUEUED/RETRYING (or a stale RUNNING) -> RUNNING, once across every process, in order. */
  private async claim(
    run: PushRunEntity,
    startedAt: Date,
    connector: ConnectorEntity | null,
  ): Promise<boolean> {
    const staleBefore =
      run.status === 'RUNNING' ? new Date(Date.now() - staleAfterMs(connector)) : undefined;
    // Not while an earlier run of the record is open: that one hands this one on when it ends.
    const inOrder = this.p.order.claimKey(run);
    if (!(await this.p.sql.claim(run.id, startedAt, staleBefore, inOrder))) return false;
    Object.assign(run, {
      status: 'RUNNING',
      attempts: run.attempts + 1,
      startedAt,
      nextAttemptAt: null,
    });
    return true;
  }

  private async record(
    run: PushRunEntity,
    connector: ConnectorEntity | null,
    o: PushOutcome,
    startedAt: Date,
  ) {
    const { bus, queue, metrics } = this.p;
    const finishedAt = new Date();
    const { attempt, final } = applyOutcome(run, connector, o, startedAt, finishedAt);
    const status = run.status;
    const pauseAfter = connector?.definition.delivery.pauseAfterFailures ?? null;
    const { open, paused } = await this.p.sql.finishAttempt(
      run,
      attempt,
      final && this.p.order.handsOn(run),
      writeBackOf(run, connector),
      final ? streakMark(run, connector?.id ?? null, pauseAfter) : null,
    );
    if (paused && connector) await announcePaused(this.p, connector);
    bus.publish(runStatusChanged, { ...run });
    metrics.runTransitions.inc({ status });
    if (o.response?.status === 429 && o.retryAt && connector) {
      this.p.pauses.pause(connector.id, o.retryAt);
      this.p.logger.warn({ connectorId: connector.id, until: o.retryAt }, 'target answered 429');
    }
    if (o.request.method)
      metrics.attemptSeconds.observe({ outcome: o.status }, o.durationMs / 1000);
    if (!final) {
      // unique: this job is still running, and a retry due at once must not be dropped with it.
      await queue.enqueue(run.id, {
        delayMs: (o.retryAt?.getTime() ?? 0) - Date.now(),
        unique: true,
      });
      return;
    }
    const next = this.p.order.next(open);
    if (next) await queue.enqueue(next.id, { delayMs: next.delayMs, unique: true });
    if (connector && run.runTrigger !== 'TEST') {
      await this.p.lastRun.mark(connector, status as 'SUCCESS' | 'FAILURE', finishedAt);
    }
  }
}

/**
 * How long after its start a RUNNING attempt whose worker is gone is taken over: its request timed
 * out by then (the rest of timeoutMs + 5 s is for noticing the worker is gone). An attempt a live
 * worker still holds (its queue lock) is never taken over.
 */
export function staleAfterMs(connector: ConnectorEntity | null): number {
  return (connector?.definition.delivery.timeoutMs ?? 60_000) + 3_000;
}
