import type { PushOutcome } from '@odc/core';
import type { Logger } from 'pino';
import type { FindOne } from '../../db/batch/reads.js';
import type { Metrics } from '../../infra/metrics.js';
import type { EventBus } from '../../infra/pubsub/pubsub.js';
import type { RunQueue } from '../../infra/queue/queue.js';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import { runStatusChanged } from '../delivery/delivery.events.js';
import type { Dispatcher } from '../delivery/dispatcher.js';
import {
  announcePaused,
  foldedStreakStatements,
  streakMark,
  type StreakMark,
} from '../delivery/failure-streak.js';
import type { LastRunWriter } from '../delivery/last-run.js';
import {
  applyOutcome,
  HAND_BACK_MS,
  writeBackOf,
  type PushExecution,
} from '../delivery/push-execution.js';
import type { PushRunEntity } from '../delivery/push-run.entity.js';
import { rowId } from '../../db/row-id.js';
import { recordKey, type RunBatchSql } from '../delivery/run-batch-sql.js';
import type { RunOrder } from '../delivery/run-order.js';
import type { OpenRun, RunSql } from '../delivery/run-sql.js';
import type { AttemptRow } from '../delivery/run-statements.js';
import type { TargetPauses } from '../delivery/target-pauses.js';

/** Outcomes written in one commit: this many runs, or what came within FLUSH_MS of the first. */
const CHUNK = 100;
const FLUSH_MS = 50;

export interface LaneParts {
  batch: RunBatchSql;
  /** finishAttempt, for a chunk whose merged commit failed: run by run. */
  sql: RunSql;
  pushes: PushExecution;
  order: RunOrder;
  queue: RunQueue;
  bus: EventBus;
  dispatcher: Dispatcher;
  pauses: TargetPauses;
  lastRun: LastRunWriter;
  metrics: Metrics;
  logger: Logger;
  connectors: ConnectorService;
  reads: FindOne;
  /** Pushes of one job under way at once. */
  concurrency: number;
}

interface Done {
  run: PushRunEntity;
  connector: ConnectorEntity | null;
  o: PushOutcome;
  attempt: AttemptRow;
  final: boolean;
  finishedAt: Date;
}

/** One job's runs in the lane. */
interface Lane {
  jobId: string;
  connectorId: string;
  /** Committed QUEUED runs not claimed yet, in page order. */
  backlog: PushRunEntity[];
  /** Claimed and pushing. */
  active: number;
  claiming: boolean;
  /** Outcomes not written yet. */
  done: Done[];
  timer: NodeJS.Timeout | null;
  flushes: Set<Promise<void>>;
  /** The latest chunk write: the next one waits for it. */
  last: Promise<void>;
  /** Chunks being written that may turn the connector off (mayPause). */
  holding: number;
  /** A write is queued behind the previous one (it takes everything done by its turn). */
  waiting: boolean;
}

/**
 * The bulk lane (kept by hand: batching the worker's hot path for one job's runs). A bulk job on a
 * connector with no rate limit and no 429 pause has its runs pushed here, in the process driving
 * the job (when it runs workers), rather than through the queue one run at a time:
 *
 * - Claim: the page's committed QUEUED runs wait in the job's backlog; whenever at least half of
 *   the job's `concurrency` slots are free, as many as there are free slots are claimed in ONE
 *   statement group (a multi-row UPDATE keeping RunStatements.claim's order check per row, then
 *   a SELECT of the rows carrying that claim's new claimId: ours). Claiming by free slots, not
 *   by page, keeps a claimed run's push close to its startedAt: recovery takes a RUNNING run over
 *   staleAfterMs after its start (no queue lock holds a lane run), so a run must not wait long in
 *   memory once claimed. A run not claimed (an earlier run of its record is open, or another
 *   process's worker took it after a sweep) goes the ordinary way (dispatcher): its claim decides.
 * - Push: PushExecution.execute, the worker's own code. A 429 pause that began after the claim:
 *   waited out up to HAND_BACK_MS, else the run goes back to QUEUED (only if still ours) and to
 *   the queue at the pause's end; the backlog too goes the ordinary way from then on.
 * - Finish: outcomes are written CHUNK at a time (or FLUSH_MS after the first), one group each
 *   (a FAILURE on a connector with pauseAfterFailures at once, and nothing more is claimed until
 *   it is written: the pause lands as soon as with the worker, the pushes under way aside):
 *   the runs' outcome (one UPDATE … JOIN a derived table), the attempt rows (one INSERT … SELECT
 *   copying the outcome from the run rows), per-run write-backs, the failure streak folded in
 *   outcome order (foldedStreakStatements), and after the commit the open runs of the chunk's
 *   records for the hand-on (RunOrder.next per record). RETRY outcomes are written RETRYING and
 *   queued: the ordinary worker makes the later attempts. When a merged commit fails (the batcher
 *   already tried it alone), the chunk is written run by run with RunSql.finishAttempt so one bad
 *   row cannot lose the others; a run whose write fails stays RUNNING for recovery.
 *
 * Races: a SIGKILL leaves backlog runs QUEUED (recovery queues them at start, the sweep once
 * overdue) and claimed runs RUNNING (taken over staleAfterMs after their start, as a dead worker's);
 * the unique (bulkJobId, bulkKey) holds whatever the lane does. A job's chunks commit in outcome
 * order; ordinary workers finishing runs of the same connector meanwhile interleave with them by
 * commit (the connector row's lock), as workers finishing at once do.
 */
export class BulkLane {
  private readonly lanes = new Map<string, Lane>();
  private closed = false;

  /**
   * Open runs a job may have in the lane: four rounds of its slots. Few runs wait in memory, so
   * fewer live long enough for V8 to promote them (bench:bulk's RSS growth at 2,000 records/s:
   * 180 MB with the driver's 1,000; 65–146, most under 75, with 256), and a claimed run waits
   * little. Two rounds starve the slots (a fifth fewer records/s).
   */
  readonly window: number;

  constructor(private readonly p: LaneParts) {
    this.window = 4 * p.concurrency;
  }

  /** Whether the job's runs may go through the lane now. */
  takes(connector: ConnectorEntity): boolean {
    return (
      !this.closed &&
      connector.published &&
      !connector.definition.delivery.rateLimitPerMinute &&
      this.p.pauses.remainingMs(connector.id) === 0
    );
  }

  /** A page's committed QUEUED runs of the job. */
  add(jobId: string, connectorId: string, runs: readonly PushRunEntity[]): void {
    let lane = this.lanes.get(jobId);
    if (!lane) {
      lane = {
        jobId,
        connectorId,
        backlog: [],
        active: 0,
        claiming: false,
        done: [],
        timer: null,
        flushes: new Set(),
        last: Promise.resolve(),
        holding: 0,
        waiting: false,
      };
      this.lanes.set(jobId, lane);
    }
    for (const run of runs) this.p.bus.publish(runStatusChanged, { ...run });
    lane.backlog.push(...runs);
    void this.pump(lane);
  }

  /** Stops claiming; waits for the pushes under way and their writes. The backlog stays QUEUED. */
  async close(): Promise<void> {
    this.closed = true;
    for (;;) {
      const lanes = [...this.lanes.values()];
      if (lanes.every((l) => l.active === 0 && !l.claiming && l.done.length === 0)) {
        await Promise.all(lanes.flatMap((l) => [...l.flushes]));
        if (lanes.every((l) => l.flushes.size === 0)) return;
      }
      for (const l of lanes) if (l.active === 0 && l.done.length > 0) this.flush(l);
      await sleep(10);
    }
  }

  private async pump(lane: Lane): Promise<void> {
    const { concurrency } = this.p;
    // A failure that may turn the connector off is written before anything more is claimed.
    while (!lane.claiming && lane.backlog.length > 0) {
      if (lane.holding > 0 || lane.done.some(mayPause)) return;
      const free = concurrency - lane.active;
      if (free < Math.min(lane.backlog.length, Math.ceil(concurrency / 2))) return;
      lane.claiming = true;
      try {
        const connector = await this.p.connectors.cached(lane.connectorId);
        if (!connector || !this.takes(connector)) {
          // Off, rate-limited or paused meanwhile (or closing): the ordinary way.
          if (!this.closed) await this.p.dispatcher.dispatch(lane.backlog.splice(0));
          return;
        }
        await this.claim(lane, lane.backlog.splice(0, free));
      } catch (err) {
        // The connector unreadable, say: the ordinary way (the worker reads it again).
        this.p.logger.warn({ err }, 'bulk lane claim failed');
        await this.p.dispatcher.dispatch(lane.backlog.splice(0)).catch(() => undefined);
        return;
      } finally {
        lane.claiming = false;
      }
    }
    this.forget(lane);
  }

  private async claim(lane: Lane, runs: PushRunEntity[]): Promise<void> {
    const startedAt = new Date();
    const claimId = rowId();
    let claimed: Set<string>;
    try {
      claimed = await this.p.batch.claim(runs, startedAt, claimId);
    } catch (err) {
      // Not known to be claimed: the worker's claim decides (a run RUNNING here goes to recovery).
      this.p.logger.warn({ err }, 'bulk lane claim failed');
      claimed = new Set();
    }
    const others: PushRunEntity[] = [];
    for (const run of runs) {
      if (!claimed.has(run.id)) {
        others.push(run);
        continue;
      }
      Object.assign(run, {
        status: 'RUNNING',
        attempts: run.attempts + 1,
        startedAt,
        nextAttemptAt: null,
        claimId,
      });
      this.p.bus.publish(runStatusChanged, { ...run });
      this.p.metrics.runTransitions.inc({ status: 'RUNNING' });
      lane.active++;
      void this.push(lane, run, startedAt, claimId);
    }
    if (others.length > 0) await this.p.dispatcher.dispatch(others);
  }

  private async push(
    lane: Lane,
    run: PushRunEntity,
    startedAt: Date,
    claimId: string,
  ): Promise<void> {
    try {
      const connector = await this.p.connectors.cached(run.connectorId);
      const pausedMs = connector ? this.p.pauses.remainingMs(connector.id) : 0;
      if (pausedMs > HAND_BACK_MS) return await this.handBack(run, claimId, pausedMs);
      if (pausedMs > 0) await sleep(pausedMs);
      const o = await this.p.pushes.execute(run, connector);
      const finishedAt = new Date();
      const { attempt, final } = applyOutcome(run, connector, o, startedAt, finishedAt);
      lane.done.push({ run, connector, o, attempt, final, finishedAt });
      if (o.response?.status === 429 && o.retryAt && connector) {
        // At once, so the lane's other runs wait too (the ordinary worker's rule).
        this.p.pauses.pause(connector.id, o.retryAt);
        this.p.logger.warn({ connectorId: connector.id, until: o.retryAt }, 'target answered 429');
      }
    } catch (err) {
      this.p.logger.error({ err, runId: run.id }, 'bulk lane push failed');
    } finally {
      lane.active--;
      const last = lane.done.at(-1);
      if (lane.done.length >= CHUNK || (last?.run === run && mayPause(last))) this.flush(lane);
      else if (lane.done.length > 0 && !lane.timer)
        lane.timer = setTimeout(() => this.flush(lane), FLUSH_MS);
      void this.pump(lane);
    }
  }

  /** Back to QUEUED and to the queue until the target's pause ends (if still ours). */
  private async handBack(run: PushRunEntity, claimId: string, waitMs: number): Promise<void> {
    const at = new Date(Date.now() + waitMs);
    if (!(await this.p.batch.release(run.id, claimId, at))) return;
    Object.assign(run, {
      status: 'QUEUED',
      attempts: run.attempts - 1,
      startedAt: null,
      nextAttemptAt: at,
    });
    this.p.bus.publish(runStatusChanged, { ...run });
    await this.p.queue.enqueue(run.id, { delayMs: waitMs, unique: true });
  }

  /**
   * Writes the outcomes so far after the job's previous write (one after another: the streak
   * folds the job's outcomes in the order they came). A write waiting its turn takes what comes
   * meanwhile too, CHUNK runs a commit.
   */
  private flush(lane: Lane): void {
    if (lane.timer) clearTimeout(lane.timer);
    lane.timer = null;
    if (lane.waiting) return;
    lane.waiting = true;
    const write = lane.last
      .then(async () => {
        lane.waiting = false;
        while (lane.done.length > 0) {
          const chunk = lane.done.splice(0, CHUNK);
          const holds = chunk.some(mayPause);
          if (holds) lane.holding++;
          try {
            await this.write(chunk);
          } catch (err) {
            this.p.logger.error({ err }, 'bulk lane write failed');
          } finally {
            if (holds) lane.holding--;
          }
        }
      })
      .finally(() => {
        lane.flushes.delete(write);
        void this.pump(lane);
        this.forget(lane);
      });
    lane.flushes.add(write);
    lane.last = write;
  }

  /** One chunk's outcomes in one commit (else run by run), then what follows each. */
  private async write(chunk: Done[]): Promise<void> {
    const latest = chunk.at(-1)!.connector;
    const finals = chunk.filter((d) => d.final);
    const marks = finals
      .map((d) =>
        streakMark(
          d.run,
          d.connector?.id ?? null,
          d.connector?.definition.delivery.pauseAfterFailures ?? null,
        ),
      )
      .filter((m): m is StreakMark => m !== null);
    const { stmts: streak, pause } = foldedStreakStatements(marks);
    const handOn = finals.filter((d) => this.p.order.handsOn(d.run)).map((d) => d.run);
    const writeBacks = chunk
      .map((d) => writeBackOf(d.run, d.connector))
      .filter((w) => w !== null)
      .map((w) => this.p.batch.st.writeBack(w));
    let open: Map<string, OpenRun[]>;
    let paused: boolean;
    let written = chunk;
    try {
      ({ open, paused } = await this.p.batch.finish(
        chunk.map((d) => d.run),
        chunk.map((d) => d.attempt),
        [...writeBacks, ...streak],
        pause,
        handOn.length > 0 ? { connectorId: handOn[0]!.connectorId, keys: handOn } : null,
      ));
    } catch (err) {
      this.p.logger.warn({ err, runs: chunk.length }, 'bulk chunk write failed: run by run');
      ({ open, paused, written } = await this.oneByOne(chunk));
    }
    if (paused && latest) await announcePaused(this.p, latest);
    this.after(written, open);
  }

  /** RunWorker's own write, for each run of a chunk whose merged commit failed. */
  private async oneByOne(chunk: Done[]) {
    const open = new Map<string, OpenRun[]>();
    let paused = false;
    const written: Done[] = [];
    for (const d of chunk) {
      const pauseAfter = d.connector?.definition.delivery.pauseAfterFailures ?? null;
      try {
        const res = await this.p.sql.finishAttempt(
          d.run,
          d.attempt,
          d.final && this.p.order.handsOn(d.run),
          writeBackOf(d.run, d.connector),
          d.final ? streakMark(d.run, d.connector?.id ?? null, pauseAfter) : null,
        );
        paused ||= res.paused;
        open.set(recordKey(d.run), res.open);
        written.push(d);
      } catch (err) {
        // Left RUNNING: recovery takes it over once stale.
        this.p.logger.error({ err, runId: d.run.id }, 'bulk run write failed');
      }
    }
    return { open, paused, written };
  }

  /** Events, metrics, retries to the queue, hand-ons, the connector's last run. */
  private after(written: Done[], open: Map<string, OpenRun[]>): void {
    const { bus, metrics } = this.p;
    let last: Done | null = null;
    for (const d of written) {
      bus.publish(runStatusChanged, { ...d.run });
      metrics.runTransitions.inc({ status: d.run.status });
      if (d.o.request.method)
        metrics.attemptSeconds.observe({ outcome: d.o.status }, d.o.durationMs / 1000);
      if (!d.final) {
        // unique: as the worker's retry, a retry due at once must not be dropped.
        void this.enqueue(d.run.id, (d.o.retryAt?.getTime() ?? 0) - Date.now());
        continue;
      }
      if (this.p.order.handsOn(d.run)) {
        const next = this.p.order.next(open.get(recordKey(d.run)) ?? []);
        if (next) void this.enqueue(next.id, next.delayMs);
      }
      if (d.connector && d.run.runTrigger !== 'TEST' && (!last || d.finishedAt >= last.finishedAt))
        last = d;
    }
    if (last?.connector) {
      void this.p.lastRun
        .mark(last.connector, last.run.status as 'SUCCESS' | 'FAILURE', last.finishedAt)
        .catch((err: unknown) => this.p.logger.warn({ err }, 'last run mark failed'));
    }
  }

  private async enqueue(runId: string, delayMs: number): Promise<void> {
    try {
      await this.p.queue.enqueue(runId, { delayMs, unique: true });
    } catch (err) {
      // Committed: the sweep queues it again once overdue.
      this.p.logger.debug({ err, runId }, 'enqueue failed');
    }
  }

  /** A lane with nothing left is dropped (a later page makes a new one). */
  private forget(lane: Lane): void {
    if (lane.backlog.length > 0 || lane.active > 0 || lane.claiming) return;
    if (lane.done.length > 0 || lane.flushes.size > 0) return;
    if (this.lanes.get(lane.jobId) === lane) this.lanes.delete(lane.jobId);
  }
}

/** A failure that may turn its connector off: written before the lane claims more. */
const mayPause = (d: Done) =>
  d.run.status === 'FAILURE' && !!d.connector?.definition.delivery.pauseAfterFailures;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
