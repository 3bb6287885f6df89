import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { StatementBatcher } from './batcher.js';

/** Where the read-only side of an EntityManager is enough. */
export interface FindOne {
  findOneBy<T extends ObjectLiteral>(
    target: EntityTarget<T>,
    where: Partial<Record<keyof T & string, string | number>>,
  ): Promise<T | null>;
}

/**
 * Reads by equality on the statement batcher: they ride along with the commit under way instead
 * of taking a pooled connection's round trip each. Rows become entities through TypeORM's own
 * column metadata and driver conversions, as a repository's findOneBy would return them.
 */
export class BatchedReads implements FindOne {
  private readonly sqlCache = new Map<string, string>();

  constructor(
    private readonly ds: DataSource,
    private readonly batch: StatementBatcher,
  ) {}

  async findOneBy<T extends ObjectLiteral>(
    target: EntityTarget<T>,
    where: Partial<Record<keyof T & string, string | number>>,
  ): Promise<T | null> {
    const meta = this.ds.getMetadata(target);
    const keys = Object.keys(where) as (keyof T & string)[];
    const sql = this.select(meta, keys);
    const [res] = await this.batch.submit([
      { sql, params: keys.map((k) => where[k]), afterCommit: true },
    ]);
    const row = res!.rows[0];
    return row ? this.hydrate<T>(meta, row) : null;
  }

  private select(meta: EntityMetadata, keys: string[]): string {
    const cacheKey = `${meta.tableName}:${keys.join(',')}`;
    let sql = this.sqlCache.get(cacheKey);
    if (!sql) {
      const q = (name: string) => this.ds.driver.escape(name);
      const conditions = keys.map((k) => {
        const column = meta.findColumnWithPropertyName(k);
        if (!column) throw new Error(`${meta.name} has no column ${k}`);
        return `${q(column.databaseName)} = ?`;
      });
      const columns = meta.columns.map((c) => q(c.databaseName)).join(', ');
      sql = `SELECT ${columns} FROM ${q(meta.tableName)} WHERE ${conditions.join(' AND ')} LIMIT 1`;
      this.sqlCache.set(cacheKey, sql);
    }
    return sql;
  }

  private hydrate<T>(meta: EntityMetadata, row: Record<string, unknown>): T {
    const entity = meta.create() as T & ObjectLiteral;
    for (const column of meta.columns) {
      const value = this.ds.driver.prepareHydratedValue(row[column.databaseName], column);
      column.setEntityValue(entity, value);
    }
    return entity;
  }
}
