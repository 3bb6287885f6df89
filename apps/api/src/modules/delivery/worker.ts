import { randomUUID } from 'node:crypto';
import {
  executePush,
  type ConnectorDefinition,
  type PushDeps,
  type PushOutcome,
  type RateLimiter,
  type SigningKeys,
} from '@odc/core';
import type { Logger } from 'pino';
import type { Metrics } from '../../infra/metrics.js';
import type { EventBus } from '../../infra/pubsub/pubsub.js';
import { runStatusChanged } from './delivery.events.js';
import type { RunJob, RunQueue } from '../../infra/queue/queue.js';
import type { SecretBox } from '../../infra/secrets.js';
import { fullDefinition } from '../connectors/connector-definition.js';
import { ConnectorEntity } from '../connectors/connector.entity.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import type { Dispatcher } from './dispatcher.js';
import type { LastRunWriter } from './last-run.js';
import { PushRunEntity } from './push-run.entity.js';
import type { RunOrder } from './run-order.js';
import type { RunSql, WriteBack } from './run-sql.js';
import { streakMark } from './failure-streak.js';
import type { TargetPauses } from './target-pauses.js';
import type { FindOne } from '../../db/batch/reads.js';
import { storeHeaders } from './attempt-headers.js';

const STATUS = { SUCCESS: 'SUCCESS', RETRY: 'RETRYING', FAILURE: 'FAILURE' } as const;
/** A rate-limit slot further away than this goes back to the queue as a delayed job. */
const HAND_BACK_MS = 1000;

export interface WorkerParts {
  box: SecretBox;
  bus: EventBus;
  queue: RunQueue;
  /** http and tokens; the rate limit is taken here, before the run is claimed. */
  deps: PushDeps;
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
  /** The connector's signing secrets, for connectors that sign their pushes. */
  signing: { keys(connectorId: string): Promise<SigningKeys | null> };
}

/** Executes one attempt of a run: order, rate limit, claim, push through core, record, publish. */
export class RunWorker {
  private readonly definitions = new Map<string, { version: number; def: ConnectorDefinition }>();

  constructor(private readonly p: WorkerParts) {}

  private definition(c: ConnectorEntity): ConnectorDefinition {
    const version = new Date(c.updatedAt).getTime();
    const hit = this.definitions.get(c.id);
    if (hit && hit.version === version) return hit.def;
    const def = fullDefinition(this.p.box, c);
    this.definitions.set(c.id, { version, def });
    return def;
  }

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

    let outcome: PushOutcome;
    if (!connector || (!connector.published && run.runTrigger !== 'TEST')) {
      outcome = failed('The connector was turned off before the push ran');
    } else {
      try {
        const definition = this.definition(connector);
        const signing = definition.signPushes ? await this.p.signing.keys(connector.id) : null;
        outcome = await executePush(
          { id: connector.id, definition, signing },
          run.snapshot,
          // The push's own slot was reserved above (or the connector is off: a test push).
          { runId: run.id, attempt: run.attempts, pushSlotTaken: true },
          this.p.deps,
        );
      } catch (err) {
        this.p.logger.error({ err, runId: run.id }, 'push attempt crashed');
        outcome = failed('The push could not be prepared (internal error)');
      }
    }
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
    const status = STATUS[o.status];
    const final = o.status !== 'RETRY';
    Object.assign(run, {
      status,
      requestMethod: (o.request.method || null) as PushRunEntity['requestMethod'],
      requestUrl: o.request.url || null,
      requestBody: o.request.body,
      responseStatus: o.response?.status ?? null,
      responseBody: o.response?.body ?? null,
      responseValue: o.responseValue ?? null,
      responseValueError: o.responseValueError ?? null,
      error: o.reason,
      durationMs: Math.round(o.durationMs),
      finishedAt: final ? finishedAt : null,
      nextAttemptAt: o.retryAt ?? null,
      // The version pushed with (none when nothing was sent: the connector was off, say).
      connectorVersion: o.request.method ? (connector?.version ?? null) : null,
    });
    const pauseAfter = connector?.definition.delivery.pauseAfterFailures ?? null;
    const { open, paused } = await this.p.sql.finishAttempt(
      run,
      {
        id: randomUUID(),
        runId: run.id,
        attemptNumber: run.attempts,
        outcome: o.status,
        startedAt,
        finishedAt,
        requestHeaders: o.request.method ? storeHeaders(o.request.headers) : null,
        responseHeaders: storeHeaders(o.response?.headers),
      },
      final && this.p.order.handsOn(run),
      writeBackOf(run, connector),
      final ? streakMark(run, connector?.id ?? null, pauseAfter) : null,
    );
    if (paused && connector) await this.paused(connector);
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

  /** This run turned its connector off: every process's views and caches hear it at once. */
  private async paused(connector: ConnectorEntity): Promise<void> {
    const now = await this.p.reads.findOneBy(ConnectorEntity, { id: connector.id });
    this.p.logger.warn(
      { connectorId: connector.id, reason: now?.pausedReason },
      'connector turned off after failed pushes in a row',
    );
    if (now) this.p.connectors.announce(now);
  }
}

/** A SUCCESS run's Result for the custom field its connector's mapping names, if any. */
function writeBackOf(run: PushRunEntity, connector: ConnectorEntity | null): WriteBack | null {
  const field = connector?.definition.responseMapping?.writeBackField;
  if (run.status !== 'SUCCESS' || run.responseValue === null || !field) return null;
  if (run.runTrigger === 'TEST') return null;
  const key = field.slice(field.indexOf('.custom.') + '.custom.'.length);
  return { entityType: run.entityType, recordId: run.recordId, key, value: run.responseValue };
}

/**
 * How long after its start a RUNNING attempt whose worker is gone is taken over: its request timed
 * out by then (the rest of timeoutMs + 5 s is for noticing the worker is gone). An attempt a live
 * worker still holds (its queue lock) is never taken over.
 */
export function staleAfterMs(connector: ConnectorEntity | null): number {
  return (connector?.definition.delivery.timeoutMs ?? 60_000) + 3_000;
}

function failed(reason: string): PushOutcome {
  return {
    status: 'FAILURE',
    request: { method: '', url: '', headers: {}, body: null },
    durationMs: 0,
    criteria: [],
    reason,
  };
}
