import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { EventBus } from '../../infra/pubsub/pubsub.js';
import { connectorChanged } from '../connectors/connector.events.js';
import { ConnectorEntity } from '../connectors/connector.entity.js';

/** After a write, further marks of the same connector within this window become one write. */
const WINDOW_MS = 50;

interface Pending {
  connector: ConnectorEntity;
  at: Date;
  status: 'SUCCESS' | 'FAILURE';
}

/**
 * A connector's lastRunAt/lastRunStatus. The first mark is written at once; marks arriving within
 * WINDOW_MS of a write wait and only the latest of them is written, so a busy connector costs a
 * few writes a second rather than one per run.
 */
export class LastRunWriter {
  private readonly pending = new Map<string, Pending>();
  /** connector id -> the write in flight or the timer of the next one */
  private readonly busy = new Map<string, Promise<void>>();

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  /** Resolves once this mark is written, or left pending for the write after the window. */
  mark(connector: ConnectorEntity, status: Pending['status'], at: Date): Promise<void> {
    const id = connector.id;
    const earlier = this.pending.get(id);
    if (!earlier || earlier.at <= at) this.pending.set(id, { connector, at, status });
    if (this.busy.has(id)) return Promise.resolve();
    const first = this.writePending(id);
    this.busy.set(
      id,
      first.then(() => this.trail(id)).finally(() => this.busy.delete(id)),
    );
    return first.then(() => undefined);
  }

  /** After each write, wait the window and write what arrived meanwhile, until nothing does. */
  private async trail(id: string): Promise<void> {
    do await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    while (await this.writePending(id));
  }

  /** Writes the latest pending mark of the connector; false when there was none. */
  private async writePending(id: string): Promise<boolean> {
    const next = this.pending.get(id);
    if (!next) return false;
    this.pending.delete(id);
    await this.write(next).catch((err: unknown) =>
      this.logger.error({ err, connectorId: id }, 'lastRun update failed'),
    );
    return true;
  }

  /** Every pending mark written (on shutdown). */
  async drain(): Promise<void> {
    while (this.busy.size > 0) await Promise.all(this.busy.values());
  }

  private async write({ connector, status, at }: Pending) {
    const res = await this.ds
      .getRepository(ConnectorEntity)
      .createQueryBuilder()
      .update(ConnectorEntity)
      .set({ lastRunAt: at, lastRunStatus: status })
      .where('id = :id', { id: connector.id })
      .andWhere('(lastRunAt IS NULL OR lastRunAt <= :at)', { at })
      .execute();
    if (!res.affected) return;
    connector.lastRunAt = at;
    connector.lastRunStatus = status;
    // Told as it is now: the copy the run held may predate a change made while it ran (turned
    // off, renamed), and live views would show that change undone.
    const now = await this.ds.getRepository(ConnectorEntity).findOneBy({ id: connector.id });
    if (now) this.bus.publish(connectorChanged, { ...now });
  }
}
