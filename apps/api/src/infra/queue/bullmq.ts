import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import {
  handlerRetryDelayMs,
  type EnqueueOptions,
  type RunHandler,
  type RunQueue,
} from './queue.js';

export const QUEUE_NAME = 'odc-push-runs';
/** Tries of a job whose handler keeps failing: at 30 s apart once backed off, about a day. */
const HANDLER_ATTEMPTS = 3000;

interface JobData {
  runId: string;
  reserved?: boolean;
}

/**
 * Push jobs on BullMQ: any number of API and worker processes share them. A retry is a delayed
 * job (no worker sleeps); a job id per run keeps a run queued once while it waits. A job whose
 * worker died is handed out again by BullMQ's stalled-job check.
 */
export class BullMqQueue implements RunQueue {
  private readonly connection: Redis;
  private readonly queue: Queue<JobData>;
  private worker: Worker<JobData> | null = null;
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
  ) {
    this.connection = new Redis(url, { maxRetriesPerRequest: null });
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
  }

  enqueue(runId: string, options: EnqueueOptions = {}): Promise<void> {
    const delay = Math.max(0, options.delayMs ?? 0);
    // Custom ids may not hold ':'; a delayed or unique job must not collide with the first one.
    const jobId = delay > 0 || options.unique ? `${runId}.${randomUUID()}` : runId;
    const data: JobData = options.reserved ? { runId, reserved: true } : { runId };
    return new Promise((resolve, reject) => {
      this.pending.push({ job: { name: 'push', data, opts: { jobId, delay } }, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => void this.addPending());
    });
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
          redelivered: job.attemptsStarted > 1 || job.stalledCounter > 0,
        }),
      {
        connection: this.connection.duplicate(),
        prefix: this.prefix,
        concurrency: this.concurrency,
        // A run must never be dropped for stalling: the run row decides what happens.
        maxStalledCount: 1_000_000,
        settings: { backoffStrategy: (attemptsMade: number) => handlerRetryDelayMs(attemptsMade) },
      },
    );
    this.worker.on('failed', (job, err) =>
      this.logger.error({ err, runId: job?.data.runId }, 'push job failed'),
    );
    this.worker.on('error', (err) => this.logger.error({ err }, 'queue worker error'));
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
