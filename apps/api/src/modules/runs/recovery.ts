import { In, type DataSource } from 'typeorm';
import { exclusive } from '../../db/transactions.js';
import type { RunQueue } from '../../infra/queue/queue.js';
import { ConnectorEntity } from '../connectors/connector.entity.js';
import { PushRunEntity } from './push-run.entity.js';
import { staleAfterMs } from './worker.js';

/**
 * On start: QUEUED and RETRYING runs are queued again, RUNNING ones once their attempt must have
 * ended (their worker died). Returns how many open runs were found.
 */
export async function recoverRuns(ds: DataSource, queue: RunQueue): Promise<number> {
  const open = await ds.getRepository(PushRunEntity).find({
    where: { status: In(['QUEUED', 'RETRYING', 'RUNNING']) },
    select: { id: true, status: true, startedAt: true, nextAttemptAt: true, connectorId: true },
  });
  const ids = [...new Set(open.filter((r) => r.status === 'RUNNING').map((r) => r.connectorId))];
  const connectors = ids.length
    ? await ds.getRepository(ConnectorEntity).findBy({ id: In(ids) })
    : [];
  const byId = new Map(connectors.map((c) => [c.id, c]));
  const now = Date.now();
  for (const r of open) {
    if (r.status === 'QUEUED') await queue.enqueue(r.id);
    else if (r.status === 'RETRYING') {
      await queue.enqueue(r.id, { delayMs: (r.nextAttemptAt?.getTime() ?? now) - now });
    } else {
      const staleAt = (r.startedAt?.getTime() ?? 0) + staleAfterMs(byId.get(r.connectorId) ?? null);
      const timer = setTimeout(
        () => void requeueStale(ds, queue, r.id, r.startedAt),
        Math.max(0, staleAt - now),
      );
      timer.unref();
    }
  }
  return open.length;
}

async function requeueStale(ds: DataSource, queue: RunQueue, id: string, startedAt: Date | null) {
  const res = await exclusive(ds, () =>
    ds
      .getRepository(PushRunEntity)
      .createQueryBuilder()
      .update(PushRunEntity)
      .set({ status: 'RETRYING' })
      .where('id = :id AND status = :s', { id, s: 'RUNNING' })
      .andWhere(startedAt ? 'startedAt <= :at' : '1 = 1', { at: startedAt })
      .execute(),
  ).catch(() => ({ affected: 0 }));
  // A new job: the dead worker's job may still sit in the queue's active list.
  if (res.affected) await queue.enqueue(id, { unique: true });
}
