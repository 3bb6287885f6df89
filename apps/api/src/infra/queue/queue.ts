export interface EnqueueOptions {
  /** Run no sooner than this many milliseconds from now (a scheduled retry). */
  delayMs?: number;
  /** Jobs with the same key are not run at the same time (e.g. one connector's rate limit). */
  orderingKey?: string;
}

export type RunHandler = (runId: string) => Promise<void>;

/** Hands run ids to workers; in process by default, a Redis-backed one comes with REDIS_URL. */
export interface RunQueue {
  enqueue(runId: string, options?: EnqueueOptions): Promise<void>;
  /** Starts calling handler for queued ids; call once. */
  start(handler: RunHandler): void;
  /** Stops taking new work and waits for running handlers. */
  stop(): Promise<void>;
}
