import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { EnqueueOptions, RunHandler, RunQueue } from './queue.js';

export const QUEUE_NAME = 'odc-push-runs';

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
      defaultJobOptions: { removeOnComplete: true, removeOnFail: 1000, attempts: 1 },
    });
  }

  async enqueue(runId: string, options: EnqueueOptions = {}): Promise<void> {
    const delay = Math.max(0, options.delayMs ?? 0);
    // Custom ids may not hold ':'; a delayed or unique job must not collide with the first one.
    const jobId = delay > 0 || options.unique ? `${runId}.${randomUUID()}` : runId;
    const data: JobData = options.reserved ? { runId, reserved: true } : { runId };
    await this.queue.add('push', data, { jobId, delay });
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
