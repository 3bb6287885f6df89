import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { sqliteGate } from '../transactions.js';
import { StatementBatcher } from './batcher.js';
import { MysqlBatchExecutor } from './mysql.js';
import { SqliteBatchExecutor } from './sqlite.js';

/** Commits under way at once on MySQL (one connection each). */
const MYSQL_PARALLEL = 2;

/** The statement batcher of the data source: its own connections on MySQL, its handle on SQLite. */
export function createBatcher(
  ds: DataSource,
  database: { type: 'sqlite' } | { type: 'mysql'; url: string },
  logger: Logger,
): StatementBatcher {
  if (database.type === 'mysql') {
    return new StatementBatcher(new MysqlBatchExecutor(database.url), logger, MYSQL_PARALLEL);
  }
  const db = (ds.driver as unknown as { databaseConnection: Database }).databaseConnection;
  return new StatementBatcher(new SqliteBatchExecutor(db, sqliteGate(ds)!), logger);
}
