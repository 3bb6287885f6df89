import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RedisOutage } from '../redis-outage.js';
import {
  handlerRetryDelayMs,
  type EnqueueOptions,
  type RunHandler,
  type RunQueue,
} from './queue.js';

export const QUEUE_NAME = 'odc-push-runs';
/** Tries of a job whose handler keeps failing: at 30 s apart once backed off, about a day. */
const HANDLER_ATTEMPTS = 3000;
/**
 * A worker holds each job's lock this long, renewing it every half of it. When a worker dies its
 * locks lapse within LOCK_MS, and the next stalled-job check (every STALLED_CHECK_MS, by any live
 * worker) hands its jobs to another: a run waiting in a dead worker is attempted within about
 * LOCK_MS + 2 * STALLED_CHECK_MS.
 */
const LOCK_MS = 3000;
const STALLED_CHECK_MS = 1500;
/** Longest a request waits on Redis to queue a job; the sweep queues what did not make it. */
const ENQUEUE_TIMEOUT_MS = 1000;
const WILL_RUN = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children']);

interface JobData {
  runId: string;
  reserved?: boolean;
  takeover?: boolean;
}

/**
 * Push jobs on BullMQ: any number of API and worker processes share them. A retry is a delayed
 * job (no worker sleeps); a job id per run keeps a run queued once while it waits. A job whose
 * worker died is handed out again by BullMQ's stalled-job check within seconds (LOCK_MS). Adding
 * jobs fails fast while Redis is unreachable (no offline queue, ENQUEUE_TIMEOUT_MS): the run is
 * committed, and the sweep queues it once Redis is back.
 */
export class BullMqQueue implements RunQueue {
  private readonly connection: Redis;
  private readonly queue: Queue<JobData>;
  private worker: Worker<JobData> | null = null;
  private connectedOnce = false;
  private pending: {
    job: { name: string; data: JobData; opts: { jobId: string; delay: number } };
    resolve: () => void;
    reject: (err: unknown) => void;
  }[] = [];

  constructor(
    url: string,
    private readonly concurrency: number,
    private readonly logger: Logger,
    private readonly name = QUEUE_NAME,
    private readonly prefix = 'odc',
    private readonly outage = new RedisOutage(logger),
  ) {
    // Fail fast while disconnected: a request never waits for Redis to come back.
    this.connection = outage.watch(
      new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false }),
    );
    this.queue = new Queue<JobData>(name, {
      connection: this.connection,
      prefix,
      // A failing handler (the database unreachable, say) has its job tried again, backing off.
      defaultJobOptions: {
        removeOnComplete: true,
        removeOnFail: 1000,
        attempts: HANDLER_ATTEMPTS,
        backoff: { type: 'handler' },
      },
    });
    this.queue.on('error', (err) => outage.report(err, 'queue error'));
  }

  enqueue(runId: string, options: EnqueueOptions = {}): Promise<void> {
    const delay = Math.max(0, options.delayMs ?? 0);
    // Custom ids may not hold ':'; a delayed or unique job must not collide with the first one.
    const jobId = delay > 0 || options.unique ? `${runId}.${randomUUID()}` : runId;
    const data: JobData = { runId };
    if (options.reserved) data.reserved = true;
    if (options.takeover) data.takeover = true;
    return this.add(data, jobId, delay);
  }

  private async add(data: JobData, jobId: string, delay: number): Promise<void> {
    // Before the first connection (start-up) wait for it; after that, fail fast while it is down.
    if (!this.connectedOnce) {
      await this.queue.waitUntilReady();
      this.connectedOnce = true;
    }
    if (this.connection.status !== 'ready') {
      throw new Error('Redis is unreachable: the job was not queued');
    }
    const added = new Promise<void>((resolve, reject) => {
      this.pending.push({ job: { name: 'push', data, opts: { jobId, delay } }, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => void this.addPending());
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not answer within ${ENQUEUE_TIMEOUT_MS} ms`)),
        ENQUEUE_TIMEOUT_MS,
      );
    });
    added.catch(() => undefined);
    return Promise.race([added, late]).finally(() => clearTimeout(timer));
  }

  async requeue(runId: string): Promise<boolean> {
    const state = await this.queue.getJobState(runId);
    if (WILL_RUN.has(state)) return false;
    if (state === 'active' && (await this.locked(runId))) return false;
    // Held by a dead worker, or completed/failed: take it away (a locked job is not removed).
    if (state !== 'unknown' && (await this.queue.remove(runId)) === 0) return false;
    await this.add({ runId }, runId, 0);
    return true;
  }

  async heldRuns(): Promise<Map<string, number>> {
    const client = this.connection;
    const ids = await client.lrange(this.queue.toKey('active'), 0, -1);
    const held = new Map<string, number>();
    if (ids.length === 0) return held;
    const pipeline = client.pipeline();
    for (const id of ids) pipeline.exists(this.queue.toKey(`${id}:lock`));
    const locks = (await pipeline.exec()) ?? [];
    ids.forEach((id, i) => {
      if (locks[i]?.[1] !== 1) return;
      const runId = id.split('.', 1)[0]!;
      held.set(runId, (held.get(runId) ?? 0) + 1);
    });
    return held;
  }

  private async locked(jobId: string): Promise<boolean> {
    return (await this.connection.exists(this.queue.toKey(`${jobId}:lock`))) === 1;
  }

  /** The jobs enqueued in one turn of the event loop, added in one round trip (addBulk). */
  private async addPending(): Promise<void> {
    const batch = this.pending.splice(0);
    try {
      await this.queue.addBulk(batch.map((p) => p.job));
      for (const p of batch) p.resolve();
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }

  start(handler: RunHandler): void {
    this.worker = new Worker<JobData>(
      this.name,
      (job: Job<JobData>) =>
        handler({
          runId: job.data.runId,
          reserved: job.data.reserved === true,
          redelivered:
            job.data.takeover === true || job.attemptsStarted > 1 || job.stalledCounter > 0,
        }),
      {
        // Blocking reads wait for Redis to come back (BullMQ needs maxRetriesPerRequest null).
        connection: this.outage.watch(
          this.connection.duplicate({ maxRetriesPerRequest: null, enableOfflineQueue: true }),
        ),
        prefix: this.prefix,
        concurrency: this.concurrency,
        lockDuration: LOCK_MS,
        stalledInterval: STALLED_CHECK_MS,
        // A run must never be dropped for stalling: the run row decides what happens.
        maxStalledCount: 1_000_000,
        settings: { backoffStrategy: (attemptsMade: number) => handlerRetryDelayMs(attemptsMade) },
      },
    );
    this.worker.on('failed', (job, err) => {
      if (this.outage.down) return; // the handler could not reach Redis: it runs again later
      this.logger.error({ err, runId: job?.data.runId }, 'push job failed');
    });
    this.worker.on('error', (err) => this.outage.report(err, 'queue worker error'));
  }

  async depth(): Promise<number> {
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  /** Takes no new jobs, lets the running ones finish, then closes the connections. */
  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    await this.connection.quit();
  }
}
