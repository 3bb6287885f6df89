import type { PushRunEntity } from './push-run.entity.js';
import type { OpenRun, OrderKey, RunSql } from './run-sql.js';

type Key = OrderKey & Pick<PushRunEntity, 'runTrigger'>;

/**
 * Runs of one record through one connector go out in the order of the record's changes: a run
 * waits while an earlier one is open, and the earlier one hands it to the queue when it ends.
 * Test pushes stand apart.
 */
export class RunOrder {
  constructor(private readonly sql: RunSql) {}

  /** Is an earlier run of this record and connector still open? */
  async mustWait(run: Key): Promise<boolean> {
    return run.runTrigger !== 'TEST' && (await this.sql.earlierOpen(run));
  }

  /** What a claim must check in the same statement (nothing for test pushes). */
  claimKey(run: Key): OrderKey | undefined {
    return run.runTrigger === 'TEST' ? undefined : run;
  }

  /** Whether a run that ends must look for a run that waited for it. */
  handsOn(run: Key): boolean {
    return run.runTrigger !== 'TEST';
  }

  /**
   * From the record's open runs read after this one ended: the one that waited for it (and when
   * it may go), unless it is already running.
   */
  next(open: readonly OpenRun[]): { id: string; delayMs: number } | null {
    const [first] = open;
    if (!first || first.status === 'RUNNING') return null;
    return { id: first.id, delayMs: Math.max(0, (first.nextAttemptAt ?? 0) - Date.now()) };
  }
}
