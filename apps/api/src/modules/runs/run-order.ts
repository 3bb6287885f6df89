import type { PushRunEntity } from './push-run.entity.js';
import type { OpenRun, RunSql } from './run-sql.js';

type Key = Pick<
  PushRunEntity,
  'id' | 'connectorId' | 'recordId' | 'entityType' | 'recordVersion' | 'createdAt' | 'runTrigger'
>;

/** Delivery order: record version, then creation time, then id. */
function before(a: OpenRun, b: Key): boolean {
  if (a.recordVersion !== b.recordVersion) return a.recordVersion < b.recordVersion;
  const t = b.createdAt.getTime();
  if (a.createdAt !== t) return a.createdAt < t;
  return a.id < b.id;
}

/**
 * Runs of one record through one connector go out in the order of the record's changes: a run
 * waits while an earlier one is open, and the earlier one hands it to the queue when it ends.
 * Test pushes stand apart.
 */
export class RunOrder {
  constructor(private readonly sql: RunSql) {}

  /** Is an earlier run of this record and connector still open? */
  async mustWait(run: Key): Promise<boolean> {
    if (run.runTrigger === 'TEST') return false;
    return (await this.sql.openOfRecord(run)).some((o) => before(o, run));
  }

  /** The run that waited for this one (and when it may go), unless it is already running. */
  async next(run: Key): Promise<{ id: string; delayMs: number } | null> {
    if (run.runTrigger === 'TEST') return null;
    const [first] = await this.sql.openOfRecord(run);
    if (!first || first.status === 'RUNNING') return null;
    return { id: first.id, delayMs: Math.max(0, (first.nextAttemptAt ?? 0) - Date.now()) };
  }
}
