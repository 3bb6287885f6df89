import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { EnqueueOptions, RunHandler, RunQueue } from './queue.js';

export const QUEUE_NAME = 'odc-push-runs';

/**
 * Push jobs on BullMQ: any number of API and worker processes share them. A retry is a delayed
 * job (no worker sleeps); a job id per run keeps a run queued once while it waits.
 */
export class BullMqQueue implements RunQueue {
  private readonly connection: Redis;
  private readonly queue: Queue;
  private worker: Worker | null = null;

  constructor(
    url: string,
    private readonly concurrency: number,
    private readonly logger: Logger,
    private readonly name = QUEUE_NAME,
  ) {
    this.connection = new Redis(url, { maxRetriesPerRequest: null });
    this.queue = new Queue(name, {
      connection: this.connection,
      defaultJobOptions: { removeOnComplete: true, removeOnFail: 1000, attempts: 1 },
    });
  }

  async enqueue(runId: string, options: EnqueueOptions = {}): Promise<void> {
    const delay = Math.max(0, options.delayMs ?? 0);
    const jobId = delay > 0 ? `${runId}:at:${Date.now() + delay}` : runId;
    await this.queue.add('push', { runId }, { jobId, delay });
  }

  start(handler: RunHandler): void {
    this.worker = new Worker<{ runId: string }>(this.name, (job) => handler(job.data.runId), {
      connection: this.connection.duplicate(),
      concurrency: this.concurrency,
    });
    this.worker.on('failed', (job, err) =>
      this.logger.error({ err, runId: job?.data.runId }, 'push job failed'),
    );
  }

  /** Waits until no job is waiting, delayed or active (tests and benchmarks). */
  async depth(): Promise<number> {
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    await this.connection.quit();
  }
}
