import type { Logger } from 'pino';
import type { EnqueueOptions, RunHandler, RunJob, RunQueue } from './queue.js';

/** A FIFO with bounded concurrency; delayed jobs wait on timers, never inside a request. */
export class InProcessQueue implements RunQueue {
  private readonly ready: RunJob[] = [];
  private readonly queued = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private handler: RunHandler | null = null;
  private active = 0;
  private stopped = false;
  private idle: (() => void) | null = null;

  constructor(
    private readonly concurrency: number,
    private readonly logger: Logger,
  ) {}

  async enqueue(runId: string, options: EnqueueOptions = {}): Promise<void> {
    if (this.stopped) return;
    const job = { runId, reserved: options.reserved ?? false, redelivered: false };
    const delay = Math.max(0, options.delayMs ?? 0);
    if (delay > 0) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.push(job, true);
      }, delay);
      timer.unref();
      this.timers.add(timer);
      return;
    }
    this.push(job, options.unique ?? false);
  }

  private push(job: RunJob, unique: boolean): void {
    if (this.stopped || (!unique && this.queued.has(job.runId))) return;
    this.queued.add(job.runId);
    this.ready.push(job);
    this.pump();
  }

  start(handler: RunHandler): void {
    this.handler = handler;
    this.pump();
  }

  private pump(): void {
    const handler = this.handler;
    if (!handler) return;
    while (!this.stopped && this.active < this.concurrency && this.ready.length > 0) {
      const job = this.ready.shift() as RunJob;
      this.queued.delete(job.runId);
      this.active++;
      handler(job)
        .catch((err: unknown) => this.logger.error({ err, runId: job.runId }, 'run handler failed'))
        .finally(() => {
          this.active--;
          if (this.active === 0 && this.idle) this.idle();
          this.pump();
        });
    }
  }

  async depth(): Promise<number> {
    return this.ready.length + this.timers.size + this.active;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.ready.length = 0;
    if (this.active > 0) await new Promise<void>((resolve) => (this.idle = resolve));
  }
}
