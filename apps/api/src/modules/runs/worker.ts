import { randomUUID } from 'node:crypto';
import { executePush, type ConnectorDefinition, type PushDeps, type PushOutcome } from '@odc/core';
import type { Logger } from 'pino';
import { In, type DataSource } from 'typeorm';
import { TOPICS, type EventBus } from '../../infra/pubsub/pubsub.js';
import type { RunQueue } from '../../infra/queue/queue.js';
import type { SecretBox } from '../../infra/secrets.js';
import { fullDefinition } from '../connectors/connector-definition.js';
import { ConnectorEntity } from '../connectors/connector.entity.js';
import type { ConnectorService } from '../connectors/connector.service.js';
import type { Dispatcher } from './dispatcher.js';
import { PushAttemptEntity } from './push-attempt.entity.js';
import { PushRunEntity } from './push-run.entity.js';

const STATUS = { SUCCESS: 'SUCCESS', RETRY: 'RETRYING', FAILURE: 'FAILURE' } as const;

/** Executes one attempt of a run: claim, push through core, record, publish, schedule a retry. */
export class RunWorker {
  private readonly definitions = new Map<string, { version: number; def: ConnectorDefinition }>();

  constructor(
    private readonly ds: DataSource,
    private readonly box: SecretBox,
    private readonly bus: EventBus,
    private readonly queue: RunQueue,
    private readonly deps: PushDeps,
    private readonly logger: Logger,
    private readonly connectors: ConnectorService,
    private readonly dispatcher: Dispatcher,
  ) {}

  /** lastRun* updates per connector, coalesced: one write in flight, the latest one pending. */
  private readonly lastRun = new Map<
    string,
    { connector: ConnectorEntity; at: Date; status: 'SUCCESS' | 'FAILURE' }
  >();
  private readonly flushing = new Set<string>();

  private definition(c: ConnectorEntity): ConnectorDefinition {
    const version = new Date(c.updatedAt).getTime();
    const hit = this.definitions.get(c.id);
    if (hit && hit.version === version) return hit.def;
    const def = fullDefinition(this.box, c);
    this.definitions.set(c.id, { version, def });
    return def;
  }

  async process(runId: string): Promise<void> {
    const runs = this.ds.getRepository(PushRunEntity);
    const startedAt = new Date();
    const claimed = await runs
      .createQueryBuilder()
      .update(PushRunEntity)
      .set({ status: 'RUNNING', attempts: () => 'attempts + 1', startedAt, nextAttemptAt: null })
      .where('id = :id', { id: runId })
      .andWhere('status IN (:...open)', { open: ['QUEUED', 'RETRYING'] })
      .execute();
    if (!claimed.affected) return;
    const run = await runs.findOneBy({ id: runId });
    if (!run) return;
    this.bus.publish(TOPICS.runStatus, run);
    const connector = await this.ds
      .getRepository(ConnectorEntity)
      .findOneBy({ id: run.connectorId });
    let outcome: PushOutcome;
    if (!connector || (!connector.published && run.runTrigger !== 'TEST')) {
      outcome = failed('The connector was turned off before the push ran');
    } else {
      try {
        const definition = this.definition(connector);
        outcome = await executePush(
          { id: connector.id, definition },
          run.snapshot,
          { runId, attempt: run.attempts },
          this.deps,
        );
      } catch (err) {
        this.logger.error({ err, runId }, 'push attempt crashed');
        outcome = failed('The push could not be prepared (internal error)');
      }
    }
    await this.record(run, connector, outcome, startedAt);
  }

  private async record(
    run: PushRunEntity,
    connector: ConnectorEntity | null,
    o: PushOutcome,
    startedAt: Date,
  ) {
    const finishedAt = new Date();
    const status = STATUS[o.status];
    const final = o.status !== 'RETRY';
    Object.assign(run, {
      status,
      requestMethod: (o.request.method || null) as PushRunEntity['requestMethod'],
      requestUrl: o.request.url || null,
      requestBody: o.request.body,
      responseStatus: o.response?.status ?? null,
      responseBody: o.response?.body ?? null,
      error: o.reason,
      durationMs: Math.round(o.durationMs),
      finishedAt: final ? finishedAt : null,
      nextAttemptAt: o.retryAt ?? null,
    });
    await this.ds.transaction(async (m) => {
      const { id, ...changes } = run;
      await m.update(PushRunEntity, { id }, changes);
      await m.insert(PushAttemptEntity, {
        id: randomUUID(),
        runId: id,
        attemptNumber: run.attempts,
        outcome: o.status,
        requestMethod: run.requestMethod,
        requestUrl: run.requestUrl,
        requestBody: run.requestBody,
        responseStatus: run.responseStatus,
        responseBody: run.responseBody,
        error: run.error,
        durationMs: run.durationMs ?? 0,
        startedAt,
        finishedAt,
      });
    });
    this.bus.publish(TOPICS.runStatus, { ...run });
    if (!final) {
      await this.queue.enqueue(run.id, {
        delayMs: (o.retryAt?.getTime() ?? 0) - Date.now(),
        orderingKey: run.connectorId,
      });
      return;
    }
    if (connector && run.runTrigger !== 'TEST' && status !== 'RETRYING') {
      this.lastRun.set(connector.id, { connector, at: finishedAt, status });
      if (!this.flushing.has(connector.id)) await this.flushLastRun(connector.id);
    }
  }

  private async flushLastRun(connectorId: string) {
    this.flushing.add(connectorId);
    try {
      for (let next = this.lastRun.get(connectorId); next; next = this.lastRun.get(connectorId)) {
        this.lastRun.delete(connectorId);
        await this.markLastRun(next.connector, next.status, next.at).catch((err: unknown) =>
          this.logger.error({ err, connectorId }, 'lastRun update failed'),
        );
      }
    } finally {
      this.flushing.delete(connectorId);
    }
  }

  private async markLastRun(connector: ConnectorEntity, status: 'SUCCESS' | 'FAILURE', at: Date) {
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

  /** On start: QUEUED and RETRYING runs are queued again, RUNNING ones once their timeout passed. */
  async recover(): Promise<number> {
    const open = await this.ds.getRepository(PushRunEntity).find({
      where: { status: In(['QUEUED', 'RETRYING', 'RUNNING']) },
      select: { id: true, status: true, startedAt: true, nextAttemptAt: true, connectorId: true },
    });
    const ids = [...new Set(open.filter((r) => r.status === 'RUNNING').map((r) => r.connectorId))];
    const connectors = ids.length
      ? await this.ds.getRepository(ConnectorEntity).findBy({ id: In(ids) })
      : [];
    const timeout = new Map(connectors.map((c) => [c.id, c.definition.delivery.timeoutMs]));
    const now = Date.now();
    for (const r of open) {
      if (r.status === 'QUEUED') await this.queue.enqueue(r.id);
      else if (r.status === 'RETRYING') {
        await this.queue.enqueue(r.id, { delayMs: (r.nextAttemptAt?.getTime() ?? now) - now });
      } else {
        // An attempt may take the token request and the push: twice the timeout, plus slack.
        const staleAt =
          (r.startedAt?.getTime() ?? 0) + 2 * (timeout.get(r.connectorId) ?? 60_000) + 5_000;
        const timer = setTimeout(
          () => void this.requeueStale(r.id, r.startedAt),
          Math.max(0, staleAt - now),
        );
        timer.unref();
      }
    }
    return open.length;
  }

  private async requeueStale(id: string, startedAt: Date | null) {
    const res = await this.ds
      .getRepository(PushRunEntity)
      .createQueryBuilder()
      .update(PushRunEntity)
      .set({ status: 'RETRYING' })
      .where('id = :id AND status = :s', { id, s: 'RUNNING' })
      .andWhere(startedAt ? 'startedAt <= :at' : '1 = 1', { at: startedAt })
      .execute()
      .catch(() => ({ affected: 0 }));
    if (res.affected) await this.queue.enqueue(id);
  }
}

function failed(reason: string): PushOutcome {
  return {
    status: 'FAILURE',
    request: { method: '', url: '', headers: {}, body: null },
    durationMs: 0,
    criteria: [],
    reason,
  };
}
