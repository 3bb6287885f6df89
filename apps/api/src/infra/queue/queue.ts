export interface EnqueueOptions {
  /** Run no sooner than this many milliseconds from now (a scheduled retry, a rate-limit slot). */
  delayMs?: number;
  /** A rate-limit slot was already reserved for this job: do not reserve another. */
  reserved?: boolean;
  /**
   * A new job even if one for this run is waiting or running (a retry, its successor, a stale
   * run). Without it, a second job for a run that has one waiting or running is dropped.
   */
  unique?: boolean;
  /** A check whether a RUNNING run's worker died: delivered as redelivered. */
  takeover?: boolean;
}

export interface RunJob {
  runId: string;
  reserved: boolean;
  /**
   * Handed out again: its worker stopped answering (BullMQ stalled-job check), or its handler
   * failed (the database was unreachable, say) and this is the retry.
   */
  redelivered: boolean;
}

/**
 * After the n-th failure of a job's handler, the job runs again this much later: BullMQ's own
 * attempts/backoff call it (its built-in exponential has no cap), and the in-process queue too.
 */
export function handlerRetryDelayMs(failures: number): number {
  return Math.min(30_000, 100 * 2 ** Math.max(0, failures - 1));
}

/** A handler that throws has its job run again later (handlerRetryDelayMs): a run is never dropped. */
export type RunHandler = (job: RunJob) => Promise<void>;

/** Hands run ids to workers; in process by default, a Redis-backed one comes with REDIS_URL. */
export interface RunQueue {
  enqueue(runId: string, options?: EnqueueOptions): Promise<void>;
  /** Starts calling handler for queued ids; call once. */
  start(handler: RunHandler): void;
  /** Stops taking new work and waits for running handlers. */
  stop(): Promise<void>;
  /** Jobs waiting, delayed or running. */
  depth(): Promise<number>;
  /**
   * For the sweep: queues the run unless a job for it is waiting, delayed or held by a live
   * worker. A job a dead worker holds (or one that would never run) is taken away first. True if
   * it queued the run.
   */
  requeue(runId: string): Promise<boolean>;
  /** Run ids with a job a live worker is executing now, and how many such jobs each has. */
  heldRuns(): Promise<Map<string, number>>;
}
