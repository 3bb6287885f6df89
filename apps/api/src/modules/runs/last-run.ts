import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { TOPICS, type EventBus } from '../../infra/pubsub/pubsub.js';
import { ConnectorEntity } from '../connectors/connector.entity.js';

interface Pending {
  connector: ConnectorEntity;
  at: Date;
  status: 'SUCCESS' | 'FAILURE';
}

/** A connector's lastRunAt/lastRunStatus, coalesced: one write in flight, the latest one pending. */
export class LastRunWriter {
  private readonly pending = new Map<string, Pending>();
  private readonly flushing = new Set<string>();

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  async mark(connector: ConnectorEntity, status: Pending['status'], at: Date): Promise<void> {
    this.pending.set(connector.id, { connector, at, status });
    if (!this.flushing.has(connector.id)) await this.flush(connector.id);
  }

  private async flush(connectorId: string) {
    this.flushing.add(connectorId);
    try {
      for (let next = this.pending.get(connectorId); next; next = this.pending.get(connectorId)) {
        this.pending.delete(connectorId);
        await this.write(next).catch((err: unknown) =>
          this.logger.error({ err, connectorId }, 'lastRun update failed'),
        );
      }
    } finally {
      this.flushing.delete(connectorId);
    }
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
    this.bus.publish(TOPICS.connector, { ...connector });
  }
}
