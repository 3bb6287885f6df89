import { createConnection, type Connection, type ResultSetHeader } from 'mysql2/promise';
import { partition, type BatchExecutor, type Stmt, type StmtResult } from './batcher.js';

/**
 * Each commit is one round trip: `START TRANSACTION; ...; COMMIT` sent as one multi-statement
 * text on a connection of its own (the pool's connections keep multipleStatements off). Values
 * are escaped by mysql2 exactly as TypeORM's own queries are.
 */
export class MysqlBatchExecutor implements BatchExecutor {
  private readonly free: Connection[] = [];
  private readonly all = new Set<Connection>();

  constructor(private readonly url: string) {}

  async runAll(groups: readonly Stmt[][]): Promise<StmtResult[][]> {
    const conn = this.free.pop() ?? (await this.open());
    let healthy = true;
    try {
      const { inTx, after } = partition(groups);
      const texts = ['START TRANSACTION'];
      for (const s of inTx) texts.push(conn.format(s.sql, [...s.params]));
      texts.push('COMMIT');
      for (const s of after) texts.push(conn.format(s.sql, [...s.params]));
      try {
        const [results] = await conn.query(texts.join(';\n'));
        const all = results as unknown[];
        const byStmt = new Map<Stmt, StmtResult>();
        inTx.forEach((s, i) => byStmt.set(s, toResult(all[1 + i])));
        after.forEach((s, i) => byStmt.set(s, toResult(all[2 + inTx.length + i])));
        return groups.map((g) => g.map((s) => byStmt.get(s)!));
      } catch (err) {
        // The statements after the failing one did not run; the transaction may still be open.
        await conn.query('ROLLBACK').catch(() => (healthy = false));
        throw err;
      }
    } catch (err) {
      if (isFatal(err)) healthy = false;
      throw err;
    } finally {
      if (healthy) this.free.push(conn);
      else this.drop(conn);
    }
  }

  transient(err: unknown): boolean {
    const errno = (err as { errno?: number } | null)?.errno;
    return errno === 1213 || errno === 1205 || isFatal(err);
  }

  private async open(): Promise<Connection> {
    const conn = await createConnection({
      uri: this.url,
      multipleStatements: true,
      timezone: 'Z',
      charset: 'utf8mb4',
      supportBigNumbers: true,
      bigNumberStrings: true,
      stringifyObjects: true,
    });
    conn.on('error', () => this.drop(conn));
    // No gap locks: claims of runs of one record, each reading that record's open runs, would
    // otherwise deadlock with the inserts and status moves of the same index range. The order
    // check stays sound: a run that ends looks for its waiting successor after its commit.
    // (STATEMENT binary logging forbids READ COMMITTED writes; there it stays REPEATABLE READ.)
    const [[mode]] = (await conn.query('SELECT @@log_bin AS bin, @@binlog_format AS format')) as [
      { bin: number | string; format: string }[],
      unknown,
    ];
    if (Number(mode?.bin) !== 1 || mode?.format !== 'STATEMENT') {
      await conn.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
    }
    this.all.add(conn);
    return conn;
  }

  private drop(conn: Connection): void {
    this.all.delete(conn);
    const i = this.free.indexOf(conn);
    if (i >= 0) this.free.splice(i, 1);
    conn.destroy();
  }

  async close(): Promise<void> {
    const conns = [...this.all];
    this.all.clear();
    this.free.length = 0;
    await Promise.all(conns.map((c) => c.end().catch(() => c.destroy())));
  }
}

function toResult(r: unknown): StmtResult {
  return Array.isArray(r)
    ? { affected: 0, rows: r as Record<string, unknown>[] }
    : { affected: (r as ResultSetHeader).affectedRows, rows: [] };
}

function isFatal(err: unknown): boolean {
  return Boolean((err as { fatal?: boolean } | null)?.fatal);
}
