import type { EventBus } from '../../infra/pubsub/pubsub.js';
import { targetPaused, type TargetPaused as Paused } from './delivery.events.js';

/**
 * A target that answers 429 is left alone until its retry time, by every run of the connector in
 * every process: the pause goes out on the event bus and each worker process keeps the latest.
 */
export class TargetPauses {
  private readonly until = new Map<string, number>();
  private readonly stream: AsyncIterableIterator<Paused>;

  constructor(private readonly bus: EventBus) {
    this.stream = bus.listen(targetPaused);
    void this.follow();
  }

  /** The connector's target is not to be sent anything before `until`. */
  pause(connectorId: string, until: Date): void {
    if (this.note({ connectorId, until: until.getTime() }))
      this.bus.publish(targetPaused, { connectorId, until: until.getTime() });
  }

  /** How long the connector's target is still paused, in ms (0: not paused). */
  remainingMs(connectorId: string): number {
    const until = this.until.get(connectorId);
    if (until === undefined) return 0;
    const left = until - Date.now();
    if (left <= 0) this.until.delete(connectorId);
    return Math.max(0, left);
  }

  async close(): Promise<void> {
    await this.stream.return?.();
  }

  /** Keeps the later of two pauses; true if this one is later. */
  private note({ connectorId, until }: Paused): boolean {
    if ((this.until.get(connectorId) ?? 0) >= until) return false;
    this.until.set(connectorId, until);
    return true;
  }

  private async follow(): Promise<void> {
    for await (const paused of this.stream) this.note(paused);
  }
}
