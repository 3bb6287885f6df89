import type { DataSource } from 'typeorm';
import { PushRunEntity } from './push-run.entity.js';

const OPEN = ['QUEUED', 'RUNNING', 'RETRYING'];

type Key = Pick<
  PushRunEntity,
  'id' | 'connectorId' | 'recordId' | 'entityType' | 'recordVersion' | 'createdAt' | 'runTrigger'
>;

/**
 * Runs of one record through one connector go out in the order of the record's changes
 * (recordVersion, then creation): a run waits while an earlier one is open, and the earlier one
 * hands it to the queue when it ends. Test pushes stand apart.
 */
export class RunOrder {
  constructor(private readonly ds: DataSource) {}

  private sameRecord(run: Key) {
    return this.ds
      .getRepository(PushRunEntity)
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .addSelect('r.status', 'status')
      .addSelect('r.nextAttemptAt', 'nextAttemptAt')
      .where('r.connectorId = :c AND r.recordId = :rec AND r.entityType = :e', {
        c: run.connectorId,
        rec: run.recordId,
        e: run.entityType,
      })
      .andWhere("r.runTrigger <> 'TEST'")
      .andWhere('r.status IN (:...open)', { open: OPEN })
      .andWhere('r.id <> :id', { id: run.id });
  }

  /** Is an earlier run of this record and connector still open? */
  async mustWait(run: Key): Promise<boolean> {
    if (run.runTrigger === 'TEST') return false;
    const earlier = await this.sameRecord(run)
      .andWhere(
        '(r.recordVersion < :v OR (r.recordVersion = :v AND (r.createdAt < :t OR (r.createdAt = :t AND r.id < :id))))',
        { v: run.recordVersion, t: run.createdAt, id: run.id },
      )
      .limit(1)
      .getRawOne<{ id: string }>();
    return earlier !== undefined;
  }

  /** The run that waited for this one (and when it may go), unless it is already running. */
  async next(run: Key): Promise<{ id: string; delayMs: number } | null> {
    if (run.runTrigger === 'TEST') return null;
    const first = await this.sameRecord(run)
      .orderBy('r.recordVersion', 'ASC')
      .addOrderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(1)
      .getRawOne<{ id: string; status: string; nextAttemptAt: Date | string | null }>();
    if (!first || first.status === 'RUNNING') return null;
    const at = first.nextAttemptAt ? utcMillis(first.nextAttemptAt) : 0;
    return { id: first.id, delayMs: Math.max(0, at - Date.now()) };
  }
}

/** A raw datetime: a Date (mysql2) or SQLite's UTC text without a zone. */
function utcMillis(value: Date | string): number {
  if (value instanceof Date) return value.getTime();
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
