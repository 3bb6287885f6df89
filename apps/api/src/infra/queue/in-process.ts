import { AsyncResource } from 'node:async_hooks';
import type { Logger } from 'pino';
import {
  handlerRetryDelayMs,
  type EnqueueOptions,
  type RunHandler,
  type RunJob,
  type RunQueue,
} from './queue.js';

/** A FIFO with bounded concurrency; delayed jobs wait on timers, never inside a request. */
export class InProcessQueue implements RunQueue {
  private readonly ready: RunJob[] = [];
  private readonly queued = new Set<string>();
  /** run id -> its jobs running now */
  private readonly running = new Map<string, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** run id -> failures of its handler in a row */
  private readonly failures = new Map<string, number>();
  private handler: RunHandler | null = null;
  private active = 0;
  private stopped = false;
  private idle: (() => void) | null = null;
  /** Handlers run in the context the queue was made in, never in the request that queued them. */
  private readonly scope = new AsyncResource('odc-run-queue');

  constructor(
    private readonly concurrency: number,
    private readonly logger: Logger,
  ) {}

  async enqueue(runId: string, options: EnqueueOptions = {}): Promise<void> {
    if (this.stopped) return;
    const job = {
      runId,
      reserved: options.reserved ?? false,
      redelivered: options.takeover ?? false,
    };
    const delay = Math.max(0, options.delayMs ?? 0);
    if (delay > 0) this.later(job, delay);
    else this.push(job, options.unique ?? false);
  }

  private later(job: RunJob, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.push(job, true);
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  private push(job: RunJob, unique: boolean): void {
    // A second job for a run already waiting or running is dropped unless asked for (unique).
    if (this.stopped || (!unique && (this.queued.has(job.runId) || this.running.has(job.runId))))
      return;
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
      this.running.set(job.runId, (this.running.get(job.runId) ?? 0) + 1);
      this.active++;
      this.scope
        .runInAsyncScope(() => handler(job))
        .then(() => this.failures.delete(job.runId))
        .catch((err: unknown) => {
          const failures = (this.failures.get(job.runId) ?? 0) + 1;
          const delayMs = handlerRetryDelayMs(failures);
          this.logger.error({ err, runId: job.runId, retryInMs: delayMs }, 'run handler failed');
          this.failures.set(job.runId, failures);
          this.later({ ...job, redelivered: true }, delayMs);
        })
        .finally(() => {
          const n = this.running.get(job.runId) ?? 1;
          if (n > 1) this.running.set(job.runId, n - 1);
          else this.running.delete(job.runId);
          this.active--;
          if (this.active === 0 && this.idle) this.idle();
          this.pump();
        });
    }
  }

  async requeue(runId: string): Promise<boolean> {
    if (this.stopped || this.queued.has(runId) || this.running.has(runId)) return false;
    this.push({ runId, reserved: false, redelivered: false }, false);
    return true;
  }

  async heldRuns(): Promise<Map<string, number>> {
    return new Map(this.running);
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
