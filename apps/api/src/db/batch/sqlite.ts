import type { Database, Statement } from 'better-sqlite3';
import type { Mutex } from 'async-mutex';
import {
  CommitFailed,
  LEFT_OUT,
  partition,
  type BatchExecutor,
  type Stmt,
  type StmtResult,
} from './batcher.js';

/**
 * On TypeORM's own better-sqlite3 handle, synchronously, with prepared statements kept by text.
 * It takes the SQLite write gate, so it never runs inside another flow's open transaction.
 */
export class SqliteBatchExecutor implements BatchExecutor {
  private readonly prepared = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    private readonly gate: Mutex,
  ) {}

  /** In its turn at the write gate (first come, first served), then synchronously. */
  runAll(groups: readonly Stmt[][]): Promise<StmtResult[][]> {
    return this.gate.runExclusive(() => {
      const { inTx, after } = partition(groups);
      const byStmt = new Map<Stmt, StmtResult>();
      try {
        this.db.transaction(() => inTx.forEach((s) => byStmt.set(s, this.exec(s))))();
      } catch (err) {
        throw new CommitFailed(err, true);
      }
      try {
        for (const s of after) byStmt.set(s, this.exec(s));
      } catch (err) {
        throw new CommitFailed(err, false);
      }
      return groups.map((g) => g.map((s) => byStmt.get(s) ?? LEFT_OUT));
    });
  }

  private exec(s: Stmt): StmtResult {
    let stmt = this.prepared.get(s.sql);
    if (!stmt) {
      stmt = this.db.prepare(s.sql);
      if (this.prepared.size < 100) this.prepared.set(s.sql, stmt);
    }
    if (stmt.reader)
      return { affected: 0, rows: stmt.all(...s.params) as Record<string, unknown>[] };
    return { affected: stmt.run(...s.params).changes, rows: [] };
  }

  transient(): boolean {
    return false;
  }

  async close(): Promise<void> {
    this.prepared.clear();
  }
}
