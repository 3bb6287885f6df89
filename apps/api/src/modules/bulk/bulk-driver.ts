import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { transaction } from '../../db/transactions.js';
import { outsideIdempotencyScope } from '../../db/idempotency-scope.js';
import type { EventBus } from '../../infra/pubsub/pubsub.js';
import type { Logger } from '../../logger.js';
import type { ConnectorEntity } from '../connectors/connector.entity.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import type { Dispatcher } from '../delivery/dispatcher.js';
import { insertRunsIn } from '../delivery/run-sql.js';
import type { BulkLane } from './bulk-lane.js';
import { liveCounts, openCount, stateOf, type BulkJobState } from './bulk-counts.js';
import { BulkJobEntity } from './bulk-job.entity.js';
import { bulkJobChanged } from './bulk.events.js';
import { SOURCES, type SourceDeps } from './bulk-sources.js';

/** Items read and runs inserted per commit. */
const PAGE = 250;
/** Most runs of one job not yet final: the queue and memory stay small whatever the total. */
const WINDOW = 1000;
/** A lane's window drains in about a tenth of a second: looked at again this soon when full. */
const LANE_FULL_MS = 20;
/** A driver holds its job this long past its last sign of life. */
const LEASE_MS = 15_000;
const RENEW_MS = 5_000;
/** Progress events: at most one per this, and only on change (the final state always). */
const PUBLISH_MS = 250;
/** How often every process looks for unsettled jobs whose driver is gone. */
const TAKEOVER_MS = 5_000;

export interface DriverDeps {
  ds: DataSource;
  dispatcher: Dispatcher;
  bus: EventBus;
  logger: Logger;
  connectors: ConnectorService;
  sources: SourceDeps;
  /**
   * No other process shares the database's jobs (no Redis: one process per database): at start
   * it takes every unsettled job over at once, whatever lease a killed process left.
   */
  soleProcess: boolean;
  /** Set in a process that runs workers: a job's runs pushed in batches (bulk-lane.ts). */
  lane?: BulkLane;
}

class LeaseLost extends Error {}

/**
 * A job a driver must see through: RUNNING, or CANCELLED with runs still open (its driver settles
 * it once they end; a driver killed first leaves it to the next).
 */
const UNSETTLED = "(status = 'RUNNING' OR (status = 'CANCELLED' AND settled = 0))";

/**
 * Drives bulk jobs: one loop per job in the process holding its lease. Each turn reads the next
 * keyset page of the job's items and, in ONE commit, inserts their runs (through the outbox's
 * run insert) and moves the job's cursor and queued count; then hands the runs to the normal
 * dispatcher, so rate limits, run order and retries are the ordinary ones. At most WINDOW runs
 * of a job are open at once (about 10 s of slots under a rate limit). On a connector with no rate
 * limit and no 429 pause, in a process with workers, the runs go to the bulk lane instead of the
 * dispatcher: claimed, pushed and written in batches (bulk-lane.ts), within the lane's own
 * window. While the connector is off no page is read: the job waits for it. A killed process leaves
 * the cursor of its last commit: whoever takes the lease over goes on from there, and the unique
 * (bulkJobId, bulkKey) refuses a second run for an item whatever happens. The job is DONE once
 * its items are exhausted and every run is final; progress is published, coalesced.
 */
export class BulkDriver {
  readonly owner = randomUUID();
  private readonly loops = new Map<string, Promise<void>>();
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly d: DriverDeps) {}

  /** Pushes this process's jobs through the lane from now on (a process with workers). */
  useLane(lane: BulkLane): void {
    this.d.lane = lane;
  }

  /** Takes over the unsettled jobs left without a driver, now and every TAKEOVER_MS. */
  async start(): Promise<void> {
    await this.takeOver(this.d.soleProcess);
    this.timer = setInterval(
      () => void this.takeOver(false).catch((err: unknown) => this.fail(err, 'bulk takeover')),
      TAKEOVER_MS,
    );
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all(this.loops.values());
    await this.d.lane?.close();
    // Another process may go on at once.
    await this.d.ds
      .createQueryBuilder()
      .update(BulkJobEntity)
      .set({ leaseOwner: null, leaseUntil: null })
      .where('leaseOwner = :me', { me: this.owner })
      .execute()
      .catch(() => undefined);
  }

  /** The lease of a new job, for its first row. */
  newLease(): Pick<BulkJobEntity, 'leaseOwner' | 'leaseUntil'> {
    return { leaseOwner: this.owner, leaseUntil: new Date(Date.now() + LEASE_MS) };
  }

  /** Starts the job's loop here (its lease must be ours). */
  drive(jobId: string): void {
    if (this.stopped || this.loops.has(jobId)) return;
    const loop = outsideIdempotencyScope(() =>
      this.loop(jobId)
        .catch((err: unknown) => this.fail(err, 'bulk job stopped'))
        .finally(() => this.loops.delete(jobId)),
    );
    this.loops.set(jobId, loop);
  }

  publish(state: BulkJobState): void {
    this.d.bus.publish(bulkJobChanged, state);
  }

  private async takeOver(force: boolean): Promise<void> {
    if (this.stopped) return;
    const now = new Date();
    const qb = this.d.ds
      .getRepository(BulkJobEntity)
      .createQueryBuilder('j')
      .select('j.id')
      .where(UNSETTLED);
    if (!force) qb.andWhere('(j.leaseUntil IS NULL OR j.leaseUntil < :now)', { now });
    for (const { id } of await qb.getMany()) {
      if (this.loops.has(id)) continue;
      const res = await this.d.ds
        .createQueryBuilder()
        .update(BulkJobEntity)
        .set({ leaseOwner: this.owner, leaseUntil: new Date(Date.now() + LEASE_MS) })
        .where(`id = :id AND ${UNSETTLED}`, { id })
        .andWhere(force ? '1 = 1' : '(leaseUntil IS NULL OR leaseUntil < :now)', { now })
        .execute();
      if (res.affected) {
        this.d.logger.info({ bulkJobId: id }, 'bulk job taken over');
        this.drive(id);
      }
    }
  }

  private async loop(id: string): Promise<void> {
    const { ds } = this.d;
    const repo = ds.getRepository(BulkJobEntity);
    let lastPublish = 0;
    let published = '';
    let lastRenew = Date.now();
    let quiet = 0;
    while (!this.stopped) {
      const job = await repo.findOneBy({ id });
      if (!job || job.leaseOwner !== this.owner || job.settled) return;
      const connector = await this.d.connectors.cached(job.connectorId);
      const open = await openCount(ds, id);
      let made = 0;
      let read = false;
      const lane = connector && this.d.lane?.takes(connector) ? this.d.lane : null;
      const room = (lane ? lane.window : windowOf(connector)) - open;
      // In the lane, a page once half the window is free: fewer, fuller pages.
      const refill = lane ? room >= lane.window / 2 : room > 0;
      if (job.status === 'RUNNING' && !job.exhausted && connector?.published && refill) {
        try {
          made = await this.nextPage(job, connector, Math.min(PAGE, room), lane);
          read = true;
          lastRenew = Date.now();
        } catch (err) {
          if (err instanceof LeaseLost) return;
          this.fail(err, 'bulk page failed');
          await sleep(1000);
          continue;
        }
      }
      if (open === 0 && made === 0 && (job.status !== 'RUNNING' || job.exhausted)) {
        if (await this.settle(job)) return;
        continue; // cancelled meanwhile: settle that
      }
      if (Date.now() - lastPublish >= PUBLISH_MS) {
        lastPublish = Date.now();
        const state = stateOf(job, (await liveCounts(ds, [job])).get(id)!);
        const key = `${state.status}:${state.queued}:${state.succeeded}:${state.failed}`;
        quiet = key === published && made === 0 ? quiet + 1 : 0;
        if (key !== published) this.publish(state);
        published = key;
      }
      if (Date.now() - lastRenew >= RENEW_MS) {
        await repo.update(
          { id, leaseOwner: this.owner },
          { leaseUntil: new Date(Date.now() + LEASE_MS) },
        );
        lastRenew = Date.now();
      }
      // A page read may have made no run (its owners' roles checked in the app): read on.
      if (made > 0 || (read && !job.exhausted)) await new Promise((r) => setImmediate(r));
      else if (!refill) await sleep(lane ? LANE_FULL_MS : 100);
      else await sleep(Math.min(2000, PUBLISH_MS * (1 + quiet)));
    }
  }

  /** One page: its runs and the job's cursor in one commit, then to the lane or dispatched. */
  private async nextPage(
    job: BulkJobEntity,
    connector: ConnectorEntity,
    limit: number,
    lane: BulkLane | null,
  ): Promise<number> {
    const page = await SOURCES[job.kind].page(this.d.sources, job, connector, job.cursorKey, limit);
    const { exhausted } = page;
    await transaction(this.d.ds, async (m) => {
      const res = await m
        .createQueryBuilder()
        .update(BulkJobEntity)
        .set({
          cursorKey: page.last ?? job.cursorKey,
          exhausted,
          queued: () => `queued + ${page.runs.length}`,
          leaseUntil: new Date(Date.now() + LEASE_MS),
        })
        .where("id = :id AND status = 'RUNNING' AND leaseOwner = :me", {
          id: job.id,
          me: this.owner,
        })
        .execute();
      if (!res.affected) throw new LeaseLost();
      await insertRunsIn(m, page.runs);
    });
    Object.assign(job, {
      cursorKey: page.last ?? job.cursorKey,
      exhausted,
      queued: job.queued + page.runs.length,
    });
    if (lane) lane.add(job.id, connector.id, page.runs);
    else await this.d.dispatcher.dispatch(page.runs);
    return page.runs.length;
  }

  /**
   * Every run final: DONE (or CANCELLED stays), the counts stored, the final state published.
   * False when the job changed meanwhile (cancelled).
   */
  private async settle(job: BulkJobEntity): Promise<boolean> {
    const counts = (await liveCounts(this.d.ds, [job])).get(job.id)!;
    const done = job.status === 'RUNNING';
    const finishedAt = done ? new Date() : job.finishedAt;
    const res = await this.d.ds
      .createQueryBuilder()
      .update(BulkJobEntity)
      .set({
        ...counts,
        status: done ? 'DONE' : job.status,
        finishedAt,
        settled: true,
        leaseOwner: null,
        leaseUntil: null,
      })
      .where('id = :id AND status = :status', { id: job.id, status: job.status })
      .execute();
    if (!res.affected) return false;
    const settled = await this.d.ds.getRepository(BulkJobEntity).findOneBy({ id: job.id });
    if (settled) this.publish(stateOf(settled, settled));
    return true;
  }

  private fail(err: unknown, msg: string): void {
    this.d.logger.warn({ err }, msg);
  }
}

/** Open runs one job may have: WINDOW, or about 10 s of the connector's rate limit. */
function windowOf(c: ConnectorEntity | null): number {
  const perMinute = c?.definition.delivery.rateLimitPerMinute;
  return perMinute ? Math.max(1, Math.min(WINDOW, Math.ceil(perMinute / 6))) : WINDOW;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
