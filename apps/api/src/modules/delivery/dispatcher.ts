import type { Logger } from 'pino';
import type { EventBus } from '../../infra/pubsub/pubsub.js';
import { runStatusChanged } from './delivery.events.js';
import type { RunQueue } from '../../infra/queue/queue.js';
import { isConnectionError } from '../../infra/redis-outage.js';
import type { PushRunEntity } from './push-run.entity.js';

/** After commit: announce the new QUEUED runs and hand them to the queue. */
export class Dispatcher {
  /** Runs created here, handed to this process's own worker without a re-read. */
  private readonly fresh = new Map<string, PushRunEntity>();

  constructor(
    private readonly queue: RunQueue,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    /** Only when this process's worker takes every job of its queue (the in-process queue). */
    private readonly keepFresh: boolean,
  ) {}

  /** The run as created here, once (first attempt only). */
  take(runId: string): PushRunEntity | undefined {
    const run = this.fresh.get(runId);
    if (run) this.fresh.delete(runId);
    return run;
  }

  async dispatch(runs: readonly PushRunEntity[]): Promise<void> {
    for (const run of runs) {
      this.bus.publish(runStatusChanged, run);
      if (this.keepFresh && this.fresh.size < 50_000) this.fresh.set(run.id, { ...run });
      try {
        await this.queue.enqueue(run.id);
      } catch (err) {
        // The run is committed as QUEUED: the sweep (recovery.ts) queues it again once overdue.
        // Redis unreachable is said once per outage (redis-outage.ts), not once per run.
        if (isConnectionError(err)) this.logger.debug({ runId: run.id }, 'enqueue failed');
        else this.logger.error({ err, runId: run.id }, 'enqueue failed');
      }
    }
  }
}
